import type { Sentence } from '../../types.js';
import { isSpaceAt } from '../tokens/char-class.js';
import type { Region } from './01-paragraph-regions.js';
import type { Boundary } from './03-find-boundaries.js';

/** Step 6: cuts the line at the kept boundaries and trims each piece of surrounding space. */
export function toSentences(text: string, line: Region, boundaries: readonly Boundary[], out: Sentence[]): void {
  let start = line.start;
  for (const b of boundaries) {
    if (b.end <= start || b.end >= line.end) continue;
    push(text, start, b.end, line.paragraph, out);
    start = b.end;
  }
  push(text, start, line.end, line.paragraph, out);
}

function push(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  let end = to;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
