import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../types.js';
import { findClaims } from '../claims/find-claims.js';
import { findQuotes } from './find-quotes.js';
import { plainContext } from './testing.js';

const inBounds = (text: string, s: Span | null | undefined) => !s || (s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text);
// Strings biased towards the characters the rules look at: quotes, digits, cue words, names.
const pieces = fc.constantFrom('"', '“', '”', '‘', '’', "'", ',', '.', ':', ' ', '\n\n', 'said', 'says that', 'according to', ' he ', 'Mara Velic', '12', 'killed', 'wounded', 'over', 'a man', '$3 billion', '2,575-km', 'many', 'They report');
const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 60 }).map((xs) => xs.join('')));

describe('findQuotes / findClaims invariants', () => {
  it('never throw and keep every span in bounds and equal to its text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const ctx = plainContext(text);
        for (const q of findQuotes(ctx)) for (const s of [q, q.cue, q.speakerSpan]) expect(inBounds(text, s)).toBe(true);
        for (const c of findClaims(ctx)) for (const s of [c, c.claimantSpan, c.sentence]) expect(inBounds(text, s)).toBe(true);
      }),
      { numRuns: 600, seed: 42 },
    );
  });
});
