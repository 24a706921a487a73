import type { Figure } from './01-numbers.js';
import { CLAIM_MODEL } from './model.js';

const AGE = /,\s*\d+,$/;
const WORD = /\S+/g;

/**
 * Victims named only by name: "John Smith, 24, was shot in the leg", "Ann Lee and Bo Ray were
 * wounded". Each name counts one when, after leading words that are no name ("Police", "The"), it
 * keeps two words or an age. The figure spans the names, so the measure is read after them.
 */
export function findNamedVictims(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const region = text.slice(from, to);
  const re = CLAIM_MODEL.namedList;
  const item = CLAIM_MODEL.namedItem;
  re.lastIndex = 0;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    let value = 0;
    let first = -1;
    item.lastIndex = 0;
    for (let n = item.exec(m[0]); n; n = item.exec(m[0])) {
      const aged = AGE.test(n[0]);
      const words: { text: string; at: number }[] = [];
      WORD.lastIndex = 0;
      for (let w = WORD.exec(n[0].replace(AGE, '')); w; w = WORD.exec(n[0].replace(AGE, ''))) words.push({ text: w[0], at: w.index });
      while (words.length && CLAIM_MODEL.notNames.has(words[0]!.text.toLowerCase())) words.shift();
      if (words.length < 2 && !(words.length === 1 && aged)) continue;
      if (words.some((w) => CLAIM_MODEL.placeWords.has(w.text.toLowerCase().replace(/[.,]$/, '')))) continue;
      value++;
      if (first < 0) first = n.index + words[0]!.at;
    }
    if (!value) continue;
    out.push({ start: from + m.index + first, end: from + m.index + m[0].length, value, approx: false, vague: false, currency: null, word: true, named: true });
  }
  return out;
}
