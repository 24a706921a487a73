import type { Entity } from '../../types.js';
import { findEntities } from './find-entities.js';

/** Test helper: the entities of `text`, and a lookup by canonical name that fails loudly. */
export function entitiesOf(text: string) {
  const entities = findEntities(text);
  const get = (name: string): Entity => {
    const e = entities.find((x) => x.name === name);
    if (!e) throw new Error(`expected an entity named "${name}", found: ${entities.map((x) => `${x.name} (${x.type})`).join(', ')}`);
    return e;
  };
  const people = () => entities.filter((e) => e.type === 'person').map((e) => e.name);
  return { entities, get, people };
}
