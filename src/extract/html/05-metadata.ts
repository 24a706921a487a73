import { normalizeDate } from '../../util/dates.js';
import { readJsonLd } from './02-json-ld.js';
import { firstMeta, readMetaTags } from './03-meta-tags.js';
import { chooseTitle } from './04-title.js';
import { BYLINE_TEXT } from './model.js';
import { cleanValue, squash } from './text.js';

export interface PageMetadata {
  readonly title: string | null;
  /** The page's h1 text as shown, to drop it from the body ('repeated-title'). */
  readonly h1: string | null;
  readonly description: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly language: string | null;
  readonly url: string | null;
}

/** A byline element's text: `rel=author`, `itemprop=author` or a byline/author class, short. */
function visibleByline(document: Document): string | null {
  const nodes = document.querySelectorAll('[rel="author"], [itemprop~="author"], [class*="byline"], [id*="byline"], [class*="author"], .by');
  for (const node of nodes) {
    const nameNode = node.querySelector('[itemprop="name"]') ?? node;
    const text = squash(nameNode.textContent ?? '');
    if (text && text.length < 100 && !/^\W*$/.test(text)) return text.replace(/^(?:by|von|par|por)\s+/i, '');
  }
  for (const p of document.querySelectorAll('p, span, div')) {
    if (p.children.length > 3) continue;
    const m = BYLINE_TEXT.exec(squash(p.textContent ?? ''));
    if (m && (p.textContent ?? '').length < 100) return squash(m[1] ?? '');
  }
  return null;
}

function language(document: Document, meta: ReadonlyMap<string, string>, jsonLd: string | null): string | null {
  const raw = document.documentElement?.getAttribute('lang') || firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language']) || jsonLd;
  const code = /^([a-z]{2})(?:[-_]|$)/i.exec(raw?.trim() ?? '');
  return code ? code[1]!.toLowerCase() : null;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

/** The article's metadata from JSON-LD, OpenGraph and other meta tags, `<time>`, and visible bylines. */
export function readMetadata(document: Document, jsonLdPayloads: readonly string[], pageUrl?: string): PageMetadata {
  const meta = readMetaTags(document);
  const ld = readJsonLd(jsonLdPayloads);
  const outlet = cleanValue(ld?.publisher) ?? cleanValue(firstMeta(meta, ['og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone']));
  const h1 = cleanValue(document.querySelector('body h1')?.textContent);
  const site = [outlet, firstMeta(meta, ['og:site_name', 'application-name'])].filter((x): x is string => !!x);
  const title = chooseTitle(
    [ld?.headline ?? null, firstMeta(meta, ['dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'headline']), document.querySelector('title')?.textContent ?? null],
    h1, site,
  );
  const authorMeta = firstMeta(meta, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'byline']);
  const byline = (ld?.authors.length ? ld.authors.join(', ') : null) ?? (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : null) ?? visibleByline(document);
  const dateText = ld?.datePublished ?? firstMeta(meta, ['article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'og:published_time', 'article:modified_time'])
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return {
    title,
    h1,
    description: cleanValue(firstMeta(meta, ['og:description', 'description', 'twitter:description', 'dc.description', 'sailthru.description']) ?? ld?.description),
    outlet,
    byline: cleanValue(byline?.replace(/^(?:by|von|par|por)\s+/i, '')),
    published: normalizeDate(dateText),
    language: language(document, meta, ld?.language ?? null),
    url: resolveUrl(canonical, pageUrl) ?? resolveUrl(firstMeta(meta, ['og:url']), pageUrl) ?? resolveUrl(ld?.url, pageUrl) ?? pageUrl ?? null,
  };
}
