import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/split-sentences.js';
import { findTimes } from '../time/find-times.js';
import { placeEvents } from './place-events.js';

const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '\n\n', ', ', '; ', ' — ', '. ', 'On Tuesday', 'one day after', 'the next day', 'within hours', 'since 2019', 'in October', 'two decades', 'the dam', 'but ', 'and the ', 'drones struck'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const text = fc.oneof(newsy, fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', ',', 'On Tuesday,'));
const published = fc.oneof(fc.constant(null), fc.constantFrom('2026-03-04', '2000-02-29', 'garbage'));

describe('placeEvents invariants', () => {
  it('never throws; spans and times lie in the text and match it; dates are well formed', () => {
    fc.assert(
      fc.property(text, published, (s, date) => {
        const paragraphs = [{ start: 0, end: s.length, text: s }];
        for (const e of placeEvents(s, splitSentences(s, paragraphs), findTimes(s, date), date)) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThanOrEqual(e.start);
          expect(e.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(e.start, e.end)).toBe(e.text);
          if (e.when) expect(s.slice(e.when.start, e.when.end)).toBe(e.when.text);
          if (e.date !== null) expect(e.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
