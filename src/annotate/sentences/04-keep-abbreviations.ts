import { CharClass, classAt, isLetterClass } from '../tokens/char-class.js';
import type { Region } from './01-paragraph-regions.js';
import type { Boundary } from './03-find-boundaries.js';
import { SENTENCE_MODEL } from './model.js';

const DOT = 0x2e;
const OPENERS = new Set(Array.from('"“‘\'(', (c) => c.charCodeAt(0)));

/**
 * Step 4: drops candidates that are the period of an abbreviation, not the end of a sentence.
 * Each rule quotes the input it exists for.
 */
export function keepAbbreviations(text: string, line: Region, boundaries: readonly Boundary[]): Boundary[] {
  return boundaries.filter((b) => !isAbbreviation(text, line, b));
}

function isAbbreviation(text: string, line: Region, b: Boundary): boolean {
  if (text.charCodeAt(b.punct) !== DOT || text.charCodeAt(b.punct + 1) === DOT) return false;
  let from = b.punct;
  while (from > line.start && (isLetterClass(classAt(text, from - 1)) || text.charCodeAt(from - 1) === DOT)) from--;
  const word = text.slice(from, b.punct);
  if (word === '') return false; // "in 2021. Then": a number ends the sentence
  const key = word.toLowerCase();
  const next = classAt(text, b.next);
  // "Sen. Mara Voss", "Dr. Idris", "e.g. Ulmar" — a name or example always follows.
  if (SENTENCE_MODEL.titles.has(key)) return true;
  // "No. 10 Downing", "Nov. 10", "pp. 12".
  if (SENTENCE_MODEL.beforeNumber.has(key) && next === CharClass.Digit) return true;
  // "J. R. Tolvan", "Brent A. “Tony” Vell": an initial before a name; "861 W. 36th Street".
  if (word.length === 1 && classAt(word, 0) === CharClass.Upper && (next === CharClass.Digit || classAt(text, skipOpeners(text, b.next)) === CharClass.Upper)) return true;
  // "the U.S. State Department", "at 2 a.m. Friday", "Tolvan Jr. Hospital" continue;
  // "…left the U.S. They said…" ends.
  if (key.includes('.') || SENTENCE_MODEL.continuesUnlessStarter.has(key)) return !SENTENCE_MODEL.sentenceStarters.has(nextWord(text, b.next));
  return false;
}

function skipOpeners(text: string, from: number): number {
  let i = from;
  while (OPENERS.has(text.charCodeAt(i))) i++;
  return i;
}

function nextWord(text: string, from: number): string {
  let end = from;
  while (isLetterClass(classAt(text, end))) end++;
  return text.slice(from, end).toLowerCase();
}
