import { createHash } from 'node:crypto';

/** Longest slug kept from a URL path; ids stay readable in reports and file names. */
const MAX_SLUG = 60;

/**
 * A readable, stable article id for a URL: the last path segment as a slug plus 8 hex of the
 * URL's hash, so two pages both named `index.html` still differ
 * (`https://gazette.test/2026/03/ferry-pier-reopens.html` → `ferry-pier-reopens-1f0c…`).
 */
export function articleIdFromUrl(url: string): string {
  let segment = '';
  try {
    const parsed = new URL(url);
    segment = parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.hostname;
    segment = decodeURIComponent(segment);
  } catch {
    segment = url;
  }
  const slug = segment
    .replace(/\.(?:s?html?|php|aspx?|jsp)$/i, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return slug ? `${slug}-${hash}` : `url-${hash}`;
}
