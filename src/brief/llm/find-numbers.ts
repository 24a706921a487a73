import { LARGE_SCALES, ONE, SMALL_SCALES, UNITS, VAGUE_QUANTITIES } from './model.js';

/** A number a text states: its value, or for a vague quantity ("dozens") the word itself. */
export interface StatedNumber {
  readonly text: string;
  readonly value: number | null;
  /** The vague quantity word when `value` is null. */
  readonly word?: string;
}

const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+/gu;
const VAGUE = new Set(VAGUE_QUANTITIES);
const isNumberWord = (w: string) => w in UNITS || w === ONE || w in SMALL_SCALES || w in LARGE_SCALES;
/** Values compared after rounding away float noise ("2.3 million" = 2300000). */
const tidy = (n: number) => Number(n.toPrecision(12));

function valueOfWords(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w] ?? 0;
    else if (w === ONE) current += 1;
    else if (w in SMALL_SCALES) current = (current || 1) * (SMALL_SCALES[w] ?? 1);
    else if (w in LARGE_SCALES) total += (current || 1) * (LARGE_SCALES[w] ?? 1), current = 0;
  }
  return total + current;
}

/**
 * Every number a text states: digits ("2,575", "1.2", "1.2 million") and number words ("twelve",
 * "twenty-five", "two hundred and fifty", "a dozen"), as values; vague quantities ("dozens") as words.
 */
export function findNumbers(text: string): StatedNumber[] {
  const tokens = [...text.toLowerCase().matchAll(TOKEN)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const joined = (i: number) => /^[\s-]*$/.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
  const out: StatedNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as (typeof tokens)[number];
    if (/^\d/.test(t.word)) {
      // "1.2 million", "3 dozen": a scale word right after the digits multiplies them.
      const next = tokens[i + 1];
      const scale = next && joined(i + 1) ? (LARGE_SCALES[next.word] ?? SMALL_SCALES[next.word]) : undefined;
      const value = Number(t.word.replace(/,/g, '')) * (scale ?? 1);
      if (scale) i++;
      out.push({ text: text.slice(t.start, tokens[i]?.end ?? t.end), value: tidy(value) });
    } else if (VAGUE.has(t.word)) {
      out.push({ text: text.slice(t.start, t.end), value: null, word: t.word });
    } else if (isNumberWord(t.word)) {
      let j = i;
      // "two hundred and fifty": "and" joins number words only.
      while (tokens[j + 1] && joined(j + 1) && (isNumberWord(tokens[j + 1]?.word ?? '') || (tokens[j + 1]?.word === 'and' && isNumberWord(tokens[j + 2]?.word ?? '') && joined(j + 2)))) j++;
      const words = tokens.slice(i, j + 1).map((x) => x.word);
      if (!(words.length === 1 && words[0] === ONE)) out.push({ text: text.slice(t.start, tokens[j]?.end ?? t.end), value: tidy(valueOfWords(words)) });
      i = j;
    }
  }
  return out;
}
