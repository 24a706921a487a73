import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../types.js';
import { splitSentences } from './split-sentences.js';

/** Text built from the characters the splitter reacts to, plus arbitrary unicode. */
const newsy = fc.array(
  fc.oneof(
    fc.constantFrom('.', '. ', '?', '!', '...', '…', '"', '“', '”', '’', ' ', '\n', '\n\n', '\u00a0', '• ', '- ', 'U.S.', 'Sen.', 'No. 1', 'a.m.', 'J. ', '3.5', 'border.The', 'A', 'b', 'said'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));
const text = fc.oneof(newsy, fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '\n\n\n\n', '\t \n'));

function paragraphsOf(s: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const block of s.split('\n\n')) {
    spans.push({ start, end: start + block.length, text: block });
    start += block.length + 2;
  }
  return spans;
}

describe('splitSentences invariants', () => {
  it('ordered, in bounds, trimmed, non-overlapping, covering every non-space character', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, withParagraphs) => {
        const sentences = splitSentences(s, withParagraphs ? paragraphsOf(s) : []);
        let covered = 0;
        let previousEnd = 0;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          previousEnd = sentence.end;
          covered += sentence.text.replace(/\s/g, '').length;
        }
        expect(covered).toBe(s.replace(/\s/g, '').length);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('survives paragraph spans that are out of bounds or overlapping', () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), text: fc.constant('') });
    fc.assert(
      fc.property(newsy, fc.array(span, { maxLength: 5 }), (s, spans) => {
        const sentences = splitSentences(s, spans);
        const covered = sentences.reduce((n, x) => n + x.text.replace(/\s/g, '').length, 0);
        expect(covered).toBe(s.replace(/\s/g, '').length);
        sentences.forEach((x, i) => expect(x.start).toBeGreaterThanOrEqual(sentences[i - 1]?.end ?? 0));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
