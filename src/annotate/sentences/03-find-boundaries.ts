import { CharClass, classAt, isSpaceAt } from '../tokens/char-class.js';
import type { Region } from './01-paragraph-regions.js';
import { SENTENCE_MODEL } from './model.js';

/** A place where a sentence may end. */
export interface Boundary {
  /** The first terminal mark (or the bullet) that makes this a candidate. */
  readonly punct: number;
  /** Where the sentence ends: after the marks and any closing quotes or brackets. */
  readonly end: number;
  /** The first character of what follows. */
  readonly next: number;
}

const TERMINALS = new Set(Array.from('.!?…‽。！？', (c) => c.charCodeAt(0)));
const CLOSERS = new Set(Array.from('"”’\')]»›', (c) => c.charCodeAt(0)));
/** After ". " these continue the sentence: '"Stop." he said', '(p. 4)', 'etc., and', 'DALTON, Ga. -- A man…'. */
const CONTINUERS = new Set(Array.from(',;:)]-–—', (c) => c.charCodeAt(0)));
/** Bullets and terminals by UTF-16 code unit: one array read per character instead of two set lookups. */
const BULLET = 1;
const TERMINAL = 2;
const MARKS = new Uint8Array(0x10000);
for (const c of SENTENCE_MODEL.bullets) MARKS[c] = BULLET;
for (const c of TERMINALS) if (!SENTENCE_MODEL.bullets.has(c)) MARKS[c] = TERMINAL;

/**
 * Step 3: every candidate end in a line — a run of terminal marks ("?!", "...") with the closing
 * quotes after it ('…dialogue."'), followed by a space and something that is not lowercase;
 * a period with no space before a capitalised word, lost in copy-paste ("border.The talks");
 * a bullet after a space ("Aims: • talks • trade").
 */
export function findBoundaries(text: string, line: Region): Boundary[] {
  const found: Boundary[] = [];
  for (let i = line.start; i < line.end; i++) {
    const mark = MARKS[text.charCodeAt(i)];
    if (mark === BULLET) {
      if (i > line.start && isSpaceAt(text, i - 1)) found.push({ punct: i, end: i, next: i });
      continue;
    }
    if (mark !== TERMINAL) continue;
    let j = i + 1;
    while (j < line.end && TERMINALS.has(text.charCodeAt(j))) j++;
    while (j < line.end && CLOSERS.has(text.charCodeAt(j))) j++;
    j = skipCitations(text, j, line.end);
    if (j >= line.end) break;
    if (isSpaceAt(text, j)) {
      let k = j + 1;
      while (k < line.end && isSpaceAt(text, k)) k++;
      if (k < line.end && classAt(text, k) !== CharClass.Lower && !CONTINUERS.has(text.charCodeAt(k))) found.push({ punct: i, end: j, next: k });
    } else if (isGlued(text, i, j)) found.push({ punct: i, end: j, next: j });
    i = j - 1;
  }
  return found;
}

/** Reference marks copied from wikis stay with the sentence they close: "…to act.[98][99] Then…". */
function skipCitations(text: string, from: number, end: number): number {
  let j = from;
  while (text.charCodeAt(j) === 0x5b) {
    const close = text.indexOf(']', j);
    if (close < 0 || close >= end || close - j > 8 || /\s/.test(text.slice(j, close))) break;
    j = close + 1;
  }
  return j;
}

/** "border.The": lowercase word, one mark, then a capitalised word. */
function isGlued(text: string, punct: number, next: number): boolean {
  return next === punct + 1 && classAt(text, punct - 1) === CharClass.Lower && classAt(text, punct - 2) === CharClass.Lower && classAt(text, next) === CharClass.Upper && classAt(text, next + 1) === CharClass.Lower;
}
