import fc from 'fast-check';
import { expect, it } from 'vitest';
import { CUE_TOKEN, cueTokens } from './frames/01-cue-hits.js';
import { sentenceTokens, sentenceWordsOf } from './sentence-tokens.js';

/** Text of the characters the readings react to: joiners, symbols, case that lower-cases oddly, astral letters. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom("'", '’', '-', '$', '%', '€', '£', ' ', ',', 'don’t', "it's", 'cross-border', 'U.S.', 'İstanbul', 'ΟΔΟΣ', 'Σ', 'ſ', 'K', 'Ⅻ', '½', '𝐀b', '😀', '\ud800', '\udc00', 'Élan', 'ǅ', 'A', 'b', '3'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const text = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 60 }));

it('reads a sentence exactly as the frame cues and the stance features read it alone', () => {
  fc.assert(
    fc.property(text, (s) => {
      const read = sentenceTokens(s);
      expect(read.cueTokens).toEqual(cueTokens(s));
      expect(read.words).toEqual(sentenceWordsOf(s));
    }),
    { numRuns: 2000 },
  );
});

it.each([
  ['Pakistan’s cross-border strikes cost $4m, 5% more.', ['pakistan’s', 'cross-border', 'strikes', 'cost', '$', '4m', '5', '%', 'more']],
  // "İ" lower-cases to "i" and a combining dot, which splits the word; the stance words keep it whole.
  ['İstanbul and ΟΔΟΣ', ['i', 'stanbul', 'and', 'οδος']],
])('tokens of %j', (s, expected) => {
  expect(sentenceTokens(s).cueTokens).toEqual(expected);
  expect(s.toLowerCase().match(CUE_TOKEN)).toEqual(expected);
});
