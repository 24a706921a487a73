import type { ReportArticle, Span } from '../types.js';
import type { SearchHit } from './store.js';

/** A word: letters, marks and digits, with inner apostrophes ("don't", "O’Neill"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

// `toLowerCase` agrees with `toLocaleLowerCase('und')` on every code point (final sigma included) and is ~12× faster.
const fold = (word: string) => word.normalize('NFKC').toLowerCase();

/** The distinct folded words of a query, in query order. An empty list matches nothing. */
export function searchTerms(query: string): string[] {
  return [...new Set([...query.matchAll(WORD)].map((m) => fold(m[0])))];
}

/** The query words that occur as whole words in `text`. Offsets are never taken from folded text, so they stay true. */
function termsIn(text: string, terms: readonly string[]): string[] {
  const wanted = new Set(terms);
  const found = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (wanted.has(word)) found.add(word);
  }
  return terms.filter((t) => found.has(t));
}

/**
 * Articles ranked at most per query: when more hold every query word, the most recently added ones
 * are ranked. A reader of a news library looks for recent coverage, and ranking reads each candidate
 * whole, so an unbounded common-word query would grow with the library (229 ms at 1,000 articles
 * before this cap, measured by `npm run bench`). 300: several pages of results, a few tens of ms.
 */
export const MAX_SEARCH_CANDIDATES = 300;

/** Hits per article at most: a word in every sentence of a long article should not flood the results. */
export const MAX_HITS_PER_ARTICLE = 20;

/**
 * Where the query words stand in one article, or [] when the article does not hold every word (in its
 * body, quotes' speakers and claims' subjects and claimants). Every adapter computes hits with
 * this function, so they agree hit for hit whatever full-text index found the article.
 */
export function findHits(article: ReportArticle, terms: readonly string[]): SearchHit[] {
  if (!terms.length) return [];
  const extra = [...article.quotes.map((q) => q.speaker ?? ''), ...article.claims.flatMap((c) => [c.subject, c.claimant ?? ''])];
  const all = new Set([...termsIn(article.text, terms), ...termsIn(extra.join('\n'), terms)]);
  if (terms.some((t) => !all.has(t))) return [];
  const hits: SearchHit[] = [];
  const hit = (kind: SearchHit['kind'], span: Span, searched: string) => {
    const found = termsIn(searched, terms);
    if (found.length) hits.push({ article: article.id, kind, start: span.start, end: span.end, text: article.text.slice(span.start, span.end), terms: found });
  };
  // An article without sentences (not annotated) is searched as one span.
  const sentences = article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length, text: article.text }];
  for (const s of sentences) hit('text', s, article.text.slice(s.start, s.end));
  for (const q of article.quotes) hit('quote', q, `${article.text.slice(q.start, q.end)}\n${q.speaker ?? ''}`);
  for (const c of article.claims) hit('claim', c, `${article.text.slice(c.start, c.end)}\n${c.subject}\n${c.claimant ?? ''}`);
  const order = { text: 0, quote: 1, claim: 2 } as const;
  hits.sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || a.end - b.end);
  return hits.slice(0, MAX_HITS_PER_ARTICLE);
}

/** Orders per-article hits as `Store#search` returns them: articles with most hits first, then by id; at most `limit` hits. */
export function rankHits(perArticle: readonly (readonly SearchHit[])[], limit: number): SearchHit[] {
  const matched = perArticle.filter((h) => h.length > 0);
  matched.sort((a, b) => b.length - a.length || ((a[0] as SearchHit).article < (b[0] as SearchHit).article ? -1 : 1));
  return matched.flat().slice(0, limit);
}
