import { normalizeDate } from '../../util/dates.js';
import { readJsonLd, readJsonLdMeta } from './02-json-ld.js';
import { firstMeta, metaElements, readArticleMeta, readMetaTags } from './03-meta-tags.js';
import { chooseTitle, cleanTitleTag, jsonLdTitle } from './04-title.js';
import { isHidden } from './hidden.js';
import { BYLINE_CLASS, BYLINE_KEYS, MAX_BYLINE_CHARS, TITLE_KEYS } from './model-metadata.js';
import { cleanValue, decodeEntities, squash } from './text.js';

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

/**
 * The first visible byline element in document order, by Readability's cues: `rel="author"`,
 * `itemprop` naming an author, or a class/id matching {@link BYLINE_CLASS}, with short text. Its
 * `itemprop="name"` descendant, when there is one, is the more exact name. The text is kept as
 * shown ("By Jane Doe"): that is what the page calls its byline.
 */
function visibleByline(root: Element): string | null {
  for (const el of root.children) {
    if (isHidden(el)) continue;
    const itemprop = el.getAttribute('itemprop');
    if (el.getAttribute('rel') === 'author' || itemprop?.includes('author') || BYLINE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
      const length = (el.textContent ?? '').trim().length;
      if (length > 0 && length < MAX_BYLINE_CHARS) {
        const name = [...el.querySelectorAll('[itemprop]')].find((n) => n.getAttribute('itemprop')?.includes('name'));
        return squash((name ?? el).textContent ?? '');
      }
    }
    const inner = visibleByline(el);
    if (inner) return inner;
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
  const metas = metaElements(document);
  const meta = readMetaTags(document, metas);
  const ld = readJsonLd(jsonLdPayloads);
  const outlet = cleanValue(ld?.publisher) ?? cleanValue(firstMeta(meta, ['og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone']));
  const h1 = cleanValue(document.querySelector('body h1')?.textContent);
  const site = [outlet, firstMeta(meta, ['og:site_name', 'application-name'])].filter((x): x is string => !!x);
  const article = readArticleMeta(document, metas);
  const titleText = document.querySelector('title')?.textContent;
  const readLd = readJsonLdMeta(jsonLdPayloads);
  const titleTag = (): string | null => {
    const raw = titleText;
    if (!raw) return null;
    const text = (tags: string): string[] => [...document.querySelectorAll(tags)].map((h) => h.textContent ?? '');
    return cleanTitleTag(decodeEntities(raw), text('h1, h2'), text('h1'), site);
  };
  const title = chooseTitle(
    [readLd ? jsonLdTitle(readLd.name, readLd.headline, titleText ?? '') : null, ...TITLE_KEYS.map((k) => article.get(k) ?? null), ld?.headline ?? null],
    titleTag,
  );
  const authorMeta = BYLINE_KEYS.map((k) => article.get(k)).find((v) => v && !(/^https?:\/\//.test(v)));
  const body = document.body;
  const byline = readLd?.byline || authorMeta || (body ? visibleByline(body) : null) || (ld?.authors.length ? ld.authors.join(', ') : null);
  const dateText = ld?.datePublished ?? firstMeta(meta, ['article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'og:published_time', 'article:modified_time'])
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  return {
    title,
    h1,
    description: cleanValue(firstMeta(meta, ['og:description', 'description', 'twitter:description', 'dc.description', 'sailthru.description']) ?? ld?.description),
    outlet,
    byline: cleanValue(byline),
    published: normalizeDate(dateText),
    language: language(document, meta, ld?.language ?? null),
    url: resolveUrl(canonical, pageUrl) ?? resolveUrl(firstMeta(meta, ['og:url']), pageUrl) ?? resolveUrl(ld?.url, pageUrl) ?? pageUrl ?? null,
  };
}
