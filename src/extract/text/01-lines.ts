import type { Line } from './state.js';

/**
 * Splits raw text into trimmed non-empty lines, remembering blank lines between them.
 * Normalises what copy-paste leaves behind: CRLF, non-breaking and zero-width spaces.
 */
export function toLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  const normalized = raw.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/\u00a0/g, ' ');
  for (const rawLine of normalized.split('\n')) {
    const text = rawLine.replace(/[ \t]+/g, ' ').trim();
    if (!text) {
      blank = true;
      continue;
    }
    lines.push({ text, blankBefore: blank });
    blank = false;
  }
  return lines;
}
