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
const POSSESSIVE = /['’]s$/;
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

function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || SENTENCE_END.test(text[i] ?? '');
}

/** One regex pass over the text: words with their offsets, case, possessive and position flags. */
export function scanWords(text: string): ScannedText {
  const words: Word[] = [];
  const lowercaseVocabulary = new Set<string>();
  const headings = headingRanges(text);
  let h = 0;
  let previousEnd = -1;
  const push = (start: number, raw: string, fullEnd: number) => {
    const possessive = POSSESSIVE.test(raw) || (/s$/.test(raw) && /['’]/.test(text[fullEnd] ?? '') && !/\p{L}/u.test(text[fullEnd + 1] ?? ''));
    const core = POSSESSIVE.test(raw) ? raw.slice(0, -2) : raw;
    while (h < headings.length && (headings[h]?.[1] ?? 0) < start) h++;
    const range = headings[h];
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const cap = CAP.test(core);
    if (!cap) lowercaseVocabulary.add(core.toLowerCase());
    words.push({
      start,
      end: start + core.length,
      text: core,
      cap,
      upper: UPPER.test(core),
      possessive,
      sentenceStart: isSentenceStart(text, start),
      heading: range !== undefined && range[0] <= start && start < range[1],
      spaced: gap === ' ' || gap === '\u00a0',
    });
    previousEnd = fullEnd;
  };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const glued = GLUED.exec(raw);
    if (glued) {
      push(start, raw.slice(0, glued.index), start + glued.index);
      push(start + glued.index, raw.slice(glued.index), start + raw.length);
    } else push(start, raw, start + raw.length);
  }
  return { words, lowercaseVocabulary };
}
