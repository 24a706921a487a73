import type { Region } from './01-paragraph-regions.js';
import type { Boundary } from './03-find-boundaries.js';
import { SENTENCE_MODEL } from './model.js';

const STRAIGHT = 0x22;
const OPEN = 0x201c;
const CLOSE = 0x201d;

/**
 * Step 5: a quotation of several sentences stays in the sentence that introduces it, so the
 * quote and its speaker are cited together: 'Voss said: "We will go. We will win." Then she left.'
 * splits only after 'win."'. Quotes that never close in the line, or run longer than
 * `quotes.maxChars`, are treated as stray marks and ignored.
 */
export function keepQuotes(text: string, line: Region, boundaries: readonly Boundary[]): Boundary[] {
  const quoted = quotedRanges(text, line);
  if (quoted.length === 0) return [...boundaries];
  return boundaries.filter((b) => !quoted.some(([open, close]) => open < b.punct && b.end <= close));
}

/** [open, close] index pairs of double-quoted passages: “curly” pairs and "straight" toggles. */
function quotedRanges(text: string, line: Region): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || (c === STRAIGHT && open < 0)) {
      open = i;
    } else if ((c === CLOSE || c === STRAIGHT) && open >= 0) {
      if (i - open <= SENTENCE_MODEL.quoteMaxChars) ranges.push([open, i]);
      open = -1;
    }
  }
  return ranges;
}
