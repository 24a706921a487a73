import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 5: people need a role or evidence', () => {
  it('accepts an untitled name followed by a speech verb', () => {
    expect(entitiesOf('Talks are off, Oren Valdis said.').people()).toEqual(['Oren Valdis']);
  });

  it('rejects title-case phrases whose words the article also writes in lowercase', () => {
    const text = 'They came back to the Bargaining Table in spring. The table was round and the bargaining hard.';
    expect(entitiesOf(text).people()).toEqual([]);
  });

  it('never makes a person of demonym + noun ("Armenian fighters")', () => {
    const { people, get } = entitiesOf('Armenian fighters and Georgian Soldiers clashed.');
    expect(people()).toEqual([]);
    expect(get('Armenia').aliases).toContain('Armenian');
  });

  it('keeps out headings even when they look like names', () => {
    expect(entitiesOf('Nuclear Neighbour Calculations\n\nThe stakes are high.').people()).toEqual([]);
  });
});
