/** A pair of quotation marks: `open` is the opening mark's last character, `close` the closing mark's first; the quote is between. */
export interface QuotedSpan {
  readonly open: number;
  readonly close: number;
  /** True when the pair lies inside another quotation (a quote within a quote). */
  readonly nested: boolean;
}

/** Jumps from one mark (or line break) to the next instead of visiting every character. */
const MARKS = /''|``|["'“”‘’«»„\n]/g;
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '„': '“' };
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Pairs quotation marks in one pass, paragraph by paragraph (a quote never spans a blank line):
 * curly marks by kind, straight `"` by toggling, straight and curly single marks only at word edges
 * so "Pakistan's" and "they're" stay apostrophes. Unclosed marks are dropped, never thrown on.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let stack: { mark: string; close: string; at: number }[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    // Some wires write a double quote as two apostrophes (''…'') or as ``…'': read them as ".
    const double = m[0].length === 2;
    const i = double && stack.at(-1)?.mark !== '"' ? m.index + 1 : m.index; // an opener's offset is its last character
    const ch = double ? '"' : m[0];
    if (ch === '\n') {
      if (text[i + 1] === '\n') stack = [];
      continue;
    }
    const top = stack.at(-1);
    const prev = text[i - 1];
    const next = text[i + 1];
    // “…," and "…”: a curly opener closed by a straight mark (or the reverse) at a word's end, common in wire copy.
    const mixed = top && !isLetter(next) && !/\s/.test(prev ?? ' ') && ((top.mark === '“' && ch === '"') || (top.mark === '"' && ch === '”'));
    if (top && (ch === top.close || mixed) && (ch !== '’' || !isLetter(next))) {
      stack.pop();
      out.push({ open: top.at, close: i, nested: stack.length > 0 });
    } else if (ch === '"' || ch === "'") {
      const openIdx = findLast(stack, ch);
      if (openIdx >= 0 && (ch === '"' || !isLetter(next))) {
        const o = stack[openIdx] as { at: number };
        stack = stack.slice(0, openIdx);
        out.push({ open: o.at, close: i, nested: stack.length > 0 });
      } else if (ch === '"' || (!isLetter(prev) && isLetter(next))) stack.push({ mark: ch, close: ch, at: i });
    } else if (OPENERS[ch] && (ch !== '‘' || !isLetter(prev))) stack.push({ mark: ch, close: OPENERS[ch] as string, at: i });
  }
  return out.sort((a, b) => a.open - b.open);
}

function findLast(stack: readonly { mark: string }[], mark: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.mark === mark) return i;
  return -1;
}
