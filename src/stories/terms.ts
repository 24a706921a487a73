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

/** Word → its folded content term, or '' for a stop word: words repeat, so each is folded once. */
const folded = new Map<string, string>();
const FOLD_CACHE = 200_000;

function termOf(raw: string): string {
  let t = folded.get(raw);
  if (t !== undefined) return t;
  const lower = raw.toLowerCase();
  t = (raw.length < 2 && !/\d/.test(raw)) || STOP.has(lower) ? '' : foldTerm(lower);
  if (t.length < 2 || STOP.has(t)) t = '';
  if (folded.size >= FOLD_CACHE) folded.clear();
  folded.set(raw, t);
  return t;
}

/** The content words of a text, folded: what grouping and twin detection compare. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = termOf(m[0]);
    if (t) out.push(t);
  }
  return out;
}

const sentenceCache = new WeakMap<object, readonly (readonly string[])[]>();

/** Each sentence's content terms, computed once per article and shared by every story stage. */
export function sentenceTerms(article: { readonly text: string; readonly sentences: readonly { readonly text: string }[] }): readonly (readonly string[])[] {
  let terms = sentenceCache.get(article);
  if (!terms) sentenceCache.set(article, (terms = article.sentences.map((s) => contentTerms(s.text))));
  return terms;
}

/** Every word of a text, lowercased, stop words kept: for word n-grams that follow a text's wording. */
export function allWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase().replace(/[’]/g, "'"));
}

export function isStopword(word: string): boolean {
  return STOP.has(word.toLowerCase());
}
