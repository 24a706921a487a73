import { CharClass, classAt, isHyphen } from './char-class.js';
import { TOKEN_MODEL } from './model.js';

/**
 * Where a word glued by copy-paste should be cut: "2,575-kilometerDurand Line" lost the space in
 * "kilometer Durand". Returns the index of the capital that starts the second word, or -1.
 *
 * Conservative on purpose, because brand and family names put capitals inside words: the part
 * before the seam must be a lowercase run of at least `minLeft` letters that starts the word (or
 * follows a hyphen), so "iPhone", "eBay", "McDonald", "PlayStation", "LinkedIn" and "DeVos" keep;
 * the part after must be a capital and `minRightLower` lowercase letters, so "macOS", "mRNA" keep.
 */
export function gluedSeam(text: string, start: number, end: number): number {
  let runStart = start;
  for (let i = start; i < end; i++) {
    const k = classAt(text, i);
    if (k === CharClass.Lower) continue;
    if (k === CharClass.Upper && i > start && classAt(text, i - 1) === CharClass.Lower) {
      const wordStartOrHyphen = runStart === start || isHyphen(text.charCodeAt(runStart - 1));
      if (wordStartOrHyphen && i - runStart >= TOKEN_MODEL.gluedMinLeft && lowerRun(text, i + 1, end) >= TOKEN_MODEL.gluedMinRightLower) return i;
    }
    runStart = i + 1;
  }
  return -1;
}

function lowerRun(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && classAt(text, i) === CharClass.Lower) i++;
  return i - from;
}

/** "kilometerDurand" → ["kilometer", "Durand"]; words without a safe seam come back whole. */
export function splitGlued(word: string): string[] {
  const seam = gluedSeam(word, 0, word.length);
  return seam < 0 ? [word] : [word.slice(0, seam), word.slice(seam)];
}
