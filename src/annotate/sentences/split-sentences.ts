import type { Sentence, Span } from '../../types.js';
import { paragraphRegions } from './01-paragraph-regions.js';
import { splitLines } from './02-split-lines.js';
import { findBoundaries } from './03-find-boundaries.js';
import { keepAbbreviations } from './04-keep-abbreviations.js';
import { keepQuotes } from './05-keep-quotes.js';
import { toSentences } from './06-to-sentences.js';

/**
 * Splits an article's text into sentences: ordered, non-overlapping, trimmed spans that never
 * cross a paragraph and together cover every non-space character. Each paragraph is at least
 * one sentence, so headings without a full stop stand alone.
 */
export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const region of paragraphRegions(text, paragraphs)) {
    for (const line of splitLines(text, region)) {
      let boundaries = findBoundaries(text, line);
      boundaries = keepAbbreviations(text, line, boundaries);
      boundaries = keepQuotes(text, line, boundaries);
      toSentences(text, line, boundaries, sentences);
    }
  }
  return sentences;
}
