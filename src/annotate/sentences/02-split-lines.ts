import { CharClass, classAt, isSpaceAt } from '../tokens/char-class.js';
import type { Region } from './01-paragraph-regions.js';

/**
 * Step 2: a line break inside a paragraph ends a sentence — list items ("- Khorvat\n- Ilsen"),
 * a heading left above its text, a date line — unless the next line starts in lowercase, which is
 * prose hard-wrapped by copy-paste ("the talks\nresumed on Monday").
 */
export function splitLines(text: string, region: Region): Region[] {
  const lines: Region[] = [];
  let start = region.start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < region.end; i = text.indexOf('\n', i + 1)) {
    let next = i + 1;
    while (next < region.end && isSpaceAt(text, next)) next++;
    if (next >= region.end || classAt(text, next) === CharClass.Lower) continue;
    lines.push({ start, end: i, paragraph: region.paragraph });
    start = i;
  }
  lines.push({ start, end: region.end, paragraph: region.paragraph });
  return lines;
}
