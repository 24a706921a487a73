import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import { findEntities } from './find-entities.js';

const FICTION = [
  'Defence Minister Tarek Olvan posted on X: "This is open war."',
  'The Harakat-ul-Sahran Liberation Front (HSLF) denied it, according to Yerevan.',
  "Armenia's military says 40 Georgian fighters died near Velmarsk.",
  'Mirela Kostic, a Vienna-based analyst, said the Kessel Accord was dead.',
  'Regional Powers Rush to Mediate',
];

describe('findEntities', () => {
  it('exports exactly findEntities and mergeEntities', () => {
    expect(Object.keys(api).sort()).toEqual(['findEntities', 'mergeEntities']);
  });

  it('reads a fictional story end to end', () => {
    const entities = findEntities(FICTION.join('\n\n'), { title: 'War of Words' });
    const summary = entities.map((e) => `${e.type}:${e.name}`);
    expect(summary).toEqual(
      expect.arrayContaining(['person:Tarek Olvan', 'other:X', 'group:Harakat-ul-Sahran Liberation Front', 'place:Armenia', 'place:Yerevan', 'place:Velmarsk', 'person:Mirela Kostic', 'other:Kessel Accord']),
    );
    expect(entities.filter((e) => e.type === 'person')).toHaveLength(2);
  });

  it('never throws and keeps every mention in bounds and exact, on any text', () => {
    const pieces = fc.constantFrom(...FICTION, ' ', '\n', '. ', "'s ", 'Kabul', '(', ')', 'Olvan', 'the ', 'Foreign Office ', 'É');
    const arbitrary = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 80 }));
    fc.assert(
      fc.property(arbitrary, (text) => {
        for (const e of findEntities(text)) {
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeLessThan(m.end);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
