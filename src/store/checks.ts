import type { Message, ReportArticle } from '../types.js';
import { contentHash, urlKey } from './article-keys.js';
import { assertTimestamp, toStorableJson } from './storable-json.js';
import type { StoredArticle } from './store.js';

/** The checks and messages every adapter shares, so they refuse and report alike. */

/** The `rejected` message of `putArticle` when the id is taken by a different article. */
export const idTaken = (article: ReportArticle): Message => ({
  severity: 'error',
  ruleId: 'store/id-taken',
  source: article.url ?? article.path ?? article.id,
  reason: `Cannot add article \`${article.id}\`: expected a new id, found another article (different text and URL) stored under it. Give the article another id.`,
  article: article.id,
});

/** Misuse: `putArticle` needs at least an id and a text. */
export function assertArticle(article: unknown): asserts article is ReportArticle {
  const a = article as Partial<ReportArticle> | null;
  if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || !a.id || typeof a.text !== 'string') {
    throw new TypeError(`Cannot put an article: expected an object with a non-empty string \`id\` and a string \`text\`, found ${JSON.stringify(article)?.slice(0, 80)}`);
  }
}

/**
 * What every adapter's `putArticle` starts with: the checks, the dedup keys and the stored JSON
 * (`toStorableJson` refuses what no adapter can store, alike everywhere).
 */
export function storableArticle(article: ReportArticle, addedAt: string): { hash: string; url: string | null; json: string } {
  assertArticle(article);
  assertTimestamp(addedAt, '`addedAt`');
  const hash = contentHash(article);
  const url = urlKey(article.url);
  const json = toStorableJson({ article, hash, url, addedAt } satisfies StoredArticle, `article \`${article.id}\``);
  return { hash, url, json };
}
