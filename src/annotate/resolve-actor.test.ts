import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { createActorResolver } from './resolve-actor.js';

const span = (start: number, end: number, text: string) => ({ start, end, text });

describe('createActorResolver', () => {
  it('resolves a capital that speaks to the government it is an alias of, even when the city is mentioned more', () => {
    // "Vessa says …": Vessa the city (3 mentions) and Vessa as an alias of Tovar (2 mentions), same span.
    const entities: Entity[] = [
      { id: 'vessa', name: 'Vessa', type: 'place', aliases: [], mentions: [span(0, 5, 'Vessa'), span(20, 25, 'Vessa'), span(40, 45, 'Vessa')] },
      { id: 'tovar', name: 'Tovar', type: 'place', aliases: ['Vessa'], mentions: [span(10, 15, 'Tovar'), span(40, 45, 'Vessa')] },
    ];
    const resolve = createActorResolver(entities);
    expect(resolve(span(40, 45, 'Vessa'))?.name).toBe('Tovar');
    expect(resolve(span(0, 5, 'Vessa'))?.name).toBe('Vessa');
  });

  it('prefers the person inside a longer phrase ("Tovar\'s Foreign Minister Ivo Rask")', () => {
    const entities: Entity[] = [
      { id: 'tovar', name: 'Tovar', type: 'place', aliases: [], mentions: [span(0, 5, 'Tovar')] },
      { id: 'ivo-rask', name: 'Ivo Rask', type: 'person', aliases: [], mentions: [span(25, 33, 'Ivo Rask')] },
    ];
    expect(createActorResolver(entities)(span(0, 33, "Tovar's Foreign Minister Ivo Rask"))?.name).toBe('Ivo Rask');
  });
});
