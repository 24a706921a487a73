import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom("'s", '’s', "'", '-', '.', ',', '2,575', '3.5', '1990s', 'U.S.-', 'a.m.', 'kilometerDurand', 'iPhone', ' ', '\n', '👍', '\ud800', 'é', '\u0301'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));
const text = fc.oneof(newsy, fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n\n\n'));

describe('tokenize invariants', () => {
  it('ordered, non-overlapping, non-empty tokens without whitespace, covering every non-space character', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        let previousEnd = 0;
        let covered = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(/\s/.test(s.slice(t.start, t.end))).toBe(false);
          previousEnd = t.end;
          covered += t.end - t.start;
        }
        expect(covered).toBe(s.replace(/\s/g, '').length);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
