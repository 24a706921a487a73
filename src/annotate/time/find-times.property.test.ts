import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes } from './find-times.js';

const newsy = fc.array(
  fc.oneof(
    fc.constantFrom(' ', '\n', 'on Friday', 'last ', 'in ', 'October', 'May', 'Nov. ', '10', ', 2025', '2021', 'the 1990s', '’90s', 'one day after', 'this month', 'ago', 'days', 'yesterday', '-', '2025-02-30', 'mid-'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  { maxLength: 30 },
).map((parts) => parts.join(''));
const text = fc.oneof(newsy, fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n\n\n'));
const published = fc.oneof(fc.constant(null), fc.constantFrom('2025-11-15', '2000-02-29', '1970-01-01', 'garbage', '2025-13-01'));

describe('findTimes invariants', () => {
  it('ordered, non-overlapping spans over the text, with well-formed values', () => {
    fc.assert(
      fc.property(text, published, (s, date) => {
        let previousEnd = 0;
        for (const e of findTimes(s, date)) {
          expect(e.start).toBeGreaterThanOrEqual(previousEnd);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(e.start, e.end)).toBe(e.text);
          if (e.value !== null) expect(e.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          previousEnd = e.end;
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
