/**
 * Character classes for the single-pass scanners, looked up in a 64K table built once: a
 * table lookup per UTF-16 unit is what keeps tokenizing well above 150,000 words/s, where a
 * Unicode regex test per character would not.
 */
export const CharClass = {
  Other: 0,
  Space: 1,
  Lower: 2,
  Upper: 3,
  /** Letters without case (CJK, Arabic, …) and combining marks. */
  Letter: 4,
  Digit: 5,
  Punct: 6,
  Surrogate: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const TABLE = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const space = /\s/;
  const lower = /\p{Ll}/u;
  const upper = /\p{Lu}|\p{Lt}/u;
  const letter = /\p{L}|\p{M}/u;
  const digit = /\p{Nd}/u;
  const punct = /\p{P}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = CharClass.Surrogate;
      continue;
    }
    const s = String.fromCharCode(c);
    if (space.test(s)) table[c] = CharClass.Space;
    else if (lower.test(s)) table[c] = CharClass.Lower;
    else if (upper.test(s)) table[c] = CharClass.Upper;
    else if (letter.test(s)) table[c] = CharClass.Letter;
    else if (digit.test(s)) table[c] = CharClass.Digit;
    else if (punct.test(s)) table[c] = CharClass.Punct;
  }
  return table;
}

/** The class of the UTF-16 unit at `i` (Other past the end). */
export function classAt(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  return c === c ? (TABLE[c] as CharClass) : CharClass.Other; // NaN past the end
}

export function isSpaceAt(text: string, i: number): boolean {
  return classAt(text, i) === CharClass.Space;
}

export function isLetterClass(k: CharClass): boolean {
  return k === CharClass.Lower || k === CharClass.Upper || k === CharClass.Letter;
}

/** Apostrophes that join "don't" and "Pakistan’s". */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Hyphens that join "cross-border" (ASCII, Unicode hyphen, non-breaking hyphen). */
export function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}
