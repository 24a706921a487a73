import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const model = require('../../model/stories.json') as { stopwords: string[] };
const STOP = new Set(model.stopwords);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Crude English suffix folding ("strikes"/"strike", "killed"/"kill" stay apart on purpose: only plural
 * and possessive forms fold), enough to make two outlets' wording meet without a stemmer's surprises.
 */
export function foldTerm(word: string): string {
  let w = word.toLowerCase().replace(/[’]/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The content words of a text, folded: what grouping and twin detection compare. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length < 2 && !/\d/.test(raw)) continue;
    const lower = raw.toLowerCase();
    if (STOP.has(lower)) continue;
    const t = foldTerm(lower);
    if (!STOP.has(t) && t.length > 1) out.push(t);
  }
  return out;
}

/** Every word of a text, lowercased, stop words kept: for word n-grams that follow a text's wording. */
export function allWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase().replace(/[’]/g, "'"));
}

export function isStopword(word: string): boolean {
  return STOP.has(word.toLowerCase());
}
