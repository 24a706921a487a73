/** One word of the text, as the entity finder sees it (it does its own light scan on purpose). */
export interface Word {
  readonly start: number;
  /** End of the word without a possessive `'s`. */
  readonly end: number;
  /** The word without a possessive `'s`. */
  readonly text: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("TTP", "U.S."). */
  readonly upper: boolean;
  /** Followed by `'s` / `’s` (or a plural possessive `s'`). */
  readonly possessive: boolean;
  /** First word of a sentence or a line. */
  readonly sentenceStart: boolean;
  /** Inside a title-case heading line ("Regional Powers Rush to Mediate"). */
  readonly heading: boolean;
  /** Only a space (or no-break space) separates it from the previous word. */
  readonly spaced: boolean;
}

export interface ScannedText {
  readonly words: readonly Word[];
  /** Lowercase words the article uses uncapitalised: a capitalised sentence opener found here is not a name. */
  readonly lowercaseVocabulary: ReadonlySet<string>;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// "kilometerDurand": words glued by a lost space split where a lowercase run meets a capitalised word.
const GLUED = /(?<=(?:^|[-‐‑])\p{Ll}{3,})(?=\p{Lu}\p{Ll})/u;
const UPPER = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}]+$/u;
const CAP = /^\p{Lu}/u;
const SENTENCE_END = /[.!?:;\n]/;
const OPENERS = /[\s"“”'‘’(\[—–-]/;

/** Title-case lines without final punctuation: headings, whose capitals do not mark names. */
function headingRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line && !/[.!?:;,"”’)…]$/.test(line)) {
      const words = line.split(/\s+/);
      const caps = words.filter((w) => CAP.test(w)).length;
      // A heading of at most 14 words, most of them capitalised (chosen on the seed headings).
      if (words.length <= 14 && caps * 2 >= words.length) ranges.push([lineStart, lineEnd]);
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

// Per-character tests of `isSentenceStart`, tabled for ASCII; other characters go to the regexes.
const ASCII_OPENER = new Uint8Array(128).map((_, c) => Number(OPENERS.test(String.fromCharCode(c))));
const ASCII_SENTENCE_END = new Uint8Array(128).map((_, c) => Number(SENTENCE_END.test(String.fromCharCode(c))));
const isOpener = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_OPENER[c] === 1 : OPENERS.test(text[i] ?? '');
};

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isOpener(text, i)) {
    if (text.charCodeAt(i) === 10) return true;
    i--;
  }
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_SENTENCE_END[c] === 1 : SENTENCE_END.test(text[i] ?? '');
}

/** Where `GLUED` splits `raw`, or -1. It needs a capital after three letters, so a word whose later
 * letters are all ASCII non-capitals ("Pakistan", "kilometer") is answered without the regex. */
function gluedAt(raw: string): number {
  let i = 3;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) break;
    i++;
  }
  if (i >= raw.length) return -1;
  return GLUED.exec(raw)?.index ?? -1;
}

/** `CAP` and `UPPER` of a word, with the ASCII first letters answered without the regexes. */
function capOf(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAP.test(word);
}

function upperOf(word: string): boolean {
  const c = word.charCodeAt(1);
  if (c >= 97 && c <= 122) return false; // "Pakistan": neither "U.S." nor "TTP"
  return UPPER.test(word);
}

/** One regex pass over the text: words with their offsets, case, possessive and position flags. */
export function scanWords(text: string): ScannedText {
  const words: Word[] = [];
  const lowercaseVocabulary = new Set<string>();
  const headings = headingRanges(text);
  let h = 0;
  let previousEnd = -1;
  const push = (start: number, raw: string, fullEnd: number) => {
    const last = raw.charCodeAt(raw.length - 1);
    const apostrophe = raw.charCodeAt(raw.length - 2);
    const endsPossessive = last === 115 && (apostrophe === 39 || apostrophe === 0x2019); // ends in 's or ’s
    const possessive =
      endsPossessive || (last === 115 && /['’]/.test(text[fullEnd] ?? '') && !/\p{L}/u.test(text[fullEnd + 1] ?? ''));
    const core = endsPossessive ? raw.slice(0, -2) : raw;
    while (h < headings.length && (headings[h]?.[1] ?? 0) < start) h++;
    const range = headings[h];
    // Spaced: the gap since the previous word is exactly one space or no-break space.
    const gapChar = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const cap = capOf(core);
    if (!cap) lowercaseVocabulary.add(core.toLowerCase());
    words.push({
      start,
      end: start + core.length,
      text: core,
      cap,
      upper: cap && upperOf(core),
      possessive,
      sentenceStart: isSentenceStart(text, start),
      heading: range !== undefined && range[0] <= start && start < range[1],
      spaced: gapChar === 32 || gapChar === 0xa0,
    });
    previousEnd = fullEnd;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const glued = gluedAt(raw);
    if (glued >= 0) {
      push(start, raw.slice(0, glued), start + glued);
      push(start + glued, raw.slice(glued), start + raw.length);
    } else push(start, raw, start + raw.length);
  }
  return { words, lowercaseVocabulary };
}
