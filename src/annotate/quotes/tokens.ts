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

// The same classes as TOKEN, one table lookup per UTF-16 unit (a Unicode regex per token is what made
// tokenizing hot). Bits: a word may start here (letter, digit), end here (also a mark), continue
// here (also ' ’ . -), space; surrogate pairs fall back to the regex.
const START = 1;
const END = 2;
const INNER = 4;
const SPACE = 8;
const SURROGATE = 16;
const CLASS = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ln = /[\p{L}\p{N}]/u;
  const lmn = /[\p{L}\p{M}\p{N}]/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = SURROGATE;
      continue;
    }
    const s = String.fromCharCode(c);
    let k = 0;
    if (ln.test(s)) k |= START;
    if (lmn.test(s)) k |= END | INNER;
    if (s === "'" || s === '’' || s === '.' || s === '-') k |= INNER;
    if (space.test(s)) k |= SPACE;
    table[c] = k;
  }
  return table;
}

function makeTok(text: string, s: number, e: number, word: boolean): Tok {
  const raw = text.slice(s, e);
  const low = raw.toLowerCase();
  const c = text.charCodeAt(s);
  // ASCII capitals and lower-case letters or digits decide `cap` without the general test below.
  const cap = !word ? false : c >= 65 && c <= 90 ? true : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? false : raw[0] !== low[0] && raw[0] === (raw[0] as string).toUpperCase();
  return { start: s, end: e, low: low.includes('’') ? low.replace(/’/g, "'") : low, cap, word };
}

export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let p = start;
  while (p < end) {
    const k = CLASS[text.charCodeAt(p)]!;
    if (k & SURROGATE) return tokenizeRegex(text, start, end);
    if (k & SPACE) {
      p++;
      continue;
    }
    if (!(k & START)) {
      out.push(makeTok(text, p, Math.min(p + 1, end), false));
      p++;
      continue;
    }
    // Greedy over word-inner characters, then back to the last one a word may end with.
    let last = p;
    let j = p + 1;
    for (; j < n; j++) {
      const kj = CLASS[text.charCodeAt(j)]!;
      if (kj & SURROGATE) return tokenizeRegex(text, start, end);
      if (!(kj & INNER)) break;
      if (kj & END) last = j;
    }
    const matchEnd = last + 1;
    out.push(makeTok(text, p, Math.min(matchEnd, end), true));
    p = matchEnd;
  }
  return out;
}

/** The regex reading, for text holding surrogate pairs (astral letters, emoji). */
function tokenizeRegex(text: string, start: number, end: number): Tok[] {
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
