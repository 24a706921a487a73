/** A word of a sentence: lower-cased, lightly stemmed, with its offsets in the text it came from. */
export interface Word {
  readonly stem: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Light stemming that folds inflections of one word ("bombings" → "bombing", "attacked" →
 * "attack") without the over-reach of Porter ("general" ≠ "generous"): learned weights and
 * hand-written cues then meet on the same forms.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('sses')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  return w;
}

/** The words of `text` from `offset` on, in order. */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    out.push({ stem: stem(lower), lower, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
