/** A word or punctuation mark of one sentence, as offsets into the article text. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text, possessive kept ("pakistan's"). */
  readonly low: string;
  readonly cap: boolean;
  readonly word: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("Pakistan's", "Secretary-General", "U.S");
// everything else is one-character punctuation. One pass, compiled once.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    const raw = text.slice(s, e);
    const low = raw.toLowerCase();
    // The first two alternatives start with a letter or digit; a one-character match may be punctuation.
    const word = raw.length > 1 || LETTER_OR_DIGIT.test(raw);
    const first = raw[0] as string;
    out.push({ start: s, end: e, low: low.includes('’') ? low.replace(/’/g, "'") : low, cap: word && first !== low[0] && first === first.toUpperCase(), word });
  }
  return out;
}
