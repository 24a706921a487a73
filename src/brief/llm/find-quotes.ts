import { QUOTE_PAIRS } from './model.js';

/** A quotation in a text: its content, and the span it covers with its marks. */
export interface QuotedSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = QUOTE_PAIRS.map(([open, close]) => new RegExp(`${escape(open)}([^${escape(open)}${escape(close)}\\n]+)${escape(close)}`, 'g'));

/** The quoted spans of a text ("…", “…”, „…“, «…»), in text order. */
export function findQuotes(text: string): QuotedSpan[] {
  let rest = text;
  const found: QuotedSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const m of rest.matchAll(pattern)) found.push({ text: m[1] ?? '', start: m.index, end: m.index + m[0].length });
    // Blank what was taken so a later pattern cannot pair its marks across it.
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  return found.sort((a, b) => a.start - b.start);
}
