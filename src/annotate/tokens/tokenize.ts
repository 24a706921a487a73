import type { Token } from '../../types.js';
import { CharClass, classAt, isApostrophe, isHyphen, isLetterClass } from './char-class.js';
import { TOKEN_MODEL } from './model.js';
import { gluedSeam } from './split-glued.js';

const DOT = 0x2e;
const COMMA = 0x2c;

/**
 * Splits text into word, number, punctuation and symbol tokens in one pass over the UTF-16
 * units (one table lookup per unit, no regex per token). Whitespace is never part of a token.
 *
 * - words keep inner hyphens and apostrophes: "Tehrik-i-Taliban", "cross-border", "don't";
 *   a possessive "'s" / "’s" is its own word token, so "Pakistan’s" yields "Pakistan" + "’s";
 * - dotted abbreviations stay whole, with what they are hyphenated to: "U.S.-led", "a.m.";
 * - numbers keep thousands separators, decimals and short suffixes: "2,575", "3.5", "1990s", "27th";
 * - a word glued by copy-paste is cut at a safe seam: "kilometerDurand" (see `gluedSeam`).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if (k === CharClass.Space) i++;
    else if (isLetterClass(k)) i = scanWord(text, i, tokens);
    else if (k === CharClass.Digit) i = scanNumber(text, i, tokens);
    else if (k === CharClass.Punct) i = scanPunct(text, i, tokens);
    else {
      // Symbols ($, %, emoji): a surrogate pair is one symbol, never split in half.
      const pair = k === CharClass.Surrogate && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
      const end = i + (pair ? 2 : 1);
      tokens.push({ start: i, end, kind: 'symbol' });
      i = end;
    }
  }
  return tokens;
}

function scanWord(text: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  let segment = 1; // letters since the last dot, hyphen or apostrophe: "U.S." has segments of 1
  let dotted = false;
  let glued = false;
  for (;;) {
    const k = classAt(text, i);
    if (isLetterClass(k) || k === CharClass.Digit) {
      if (k === CharClass.Upper && classAt(text, i - 1) === CharClass.Lower) glued = true;
      i++;
      segment++;
      continue;
    }
    const c = text.charCodeAt(i);
    const next = classAt(text, i + 1);
    if (isApostrophe(c) && isLetterClass(next)) {
      if (isPossessive(text, i)) break;
      i += 2;
      segment = 1;
      continue;
    }
    if (isHyphen(c) && (isLetterClass(next) || next === CharClass.Digit)) {
      i += 2;
      segment = 1;
      continue;
    }
    if (c === DOT && segment === 1) {
      // "U.S." / "a.m.": single letters between dots.
      if (isLetterClass(next) && text.charCodeAt(i + 2) === DOT) {
        i += 2;
        dotted = true;
        continue;
      }
      if (dotted) {
        i++;
        // "U.S.-led" is one word; "U.S.The" (lost space) is not.
        if (isHyphen(text.charCodeAt(i)) && isLetterClass(classAt(text, i + 1))) {
          i += 2;
          segment = 1;
          dotted = false;
          continue;
        }
      }
    }
    break;
  }
  pushWord(text, start, i, glued, tokens);
  if (isPossessive(text, i)) {
    tokens.push({ start: i, end: i + 2, kind: 'word' });
    return i + 2;
  }
  return i;
}

function pushWord(text: string, start: number, end: number, glued: boolean, tokens: Token[]): void {
  let from = start;
  if (glued) {
    for (let seam = gluedSeam(text, from, end); seam > 0; seam = gluedSeam(text, from, end)) {
      tokens.push({ start: from, end: seam, kind: 'word' });
      from = seam;
    }
  }
  tokens.push({ start: from, end, kind: 'word' });
}

/** "’s" closing a word: "Pakistan’s", not "Pakistan’st…". */
function isPossessive(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  if (!isApostrophe(text.charCodeAt(i)) || (s !== 0x73 && s !== 0x53)) return false;
  const after = classAt(text, i + 2);
  return !isLetterClass(after) && after !== CharClass.Digit;
}

function scanNumber(text: string, start: number, tokens: Token[]): number {
  let i = start + 1;
  for (;;) {
    const k = classAt(text, i);
    if (k === CharClass.Digit) i++;
    else if ((text.charCodeAt(i) === COMMA || text.charCodeAt(i) === DOT) && classAt(text, i + 1) === CharClass.Digit) i += 2;
    else break;
  }
  let j = i;
  while (classAt(text, j) === CharClass.Lower) j++;
  const after = classAt(text, j);
  if (j > i && j - i <= TOKEN_MODEL.numberMaxSuffix && !isLetterClass(after)) i = j;
  tokens.push({ start, end: i, kind: 'number' });
  return i;
}

function scanPunct(text: string, start: number, tokens: Token[]): number {
  const c = text.charCodeAt(start);
  let i = start + 1;
  // "..." and "--" are one token each.
  if (c === DOT || isHyphen(c)) while (text.charCodeAt(i) === c) i++;
  tokens.push({ start, end: i, kind: 'punct' });
  return i;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
