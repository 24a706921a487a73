import { createHash } from 'node:crypto';
import type { ExtractedArticle } from '../types.js';

/**
 * What makes two articles the same article: the same outlet and the same clean text, whitespace and
 * Unicode normalisation aside. Re-ingesting a file, or the same page saved twice, is one article; the
 * same wire copy in two outlets is two articles (twins: one independent source, two outlets carrying it).
 * The title is left out so a headline edited after publication does not make a second article.
 */
export function contentHash(article: Pick<ExtractedArticle, 'outlet' | 'text'>): string {
  const fold = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(fold(article.outlet ?? '').toLowerCase()).update('\u0000').update(fold(article.text)).digest('hex');
}

/** Tracking parameters that do not change which page a URL names. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The key an article's URL is deduplicated by: scheme and host lower-cased (URL parsing does it),
 * fragment and tracking parameters dropped. A string that does not parse as a URL is its own key.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.toString();
}
