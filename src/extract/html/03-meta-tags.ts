import { META_NAME, META_PROPERTY } from './model-metadata.js';

/** `<meta>` values keyed by lowercased `property`, `name`, `itemprop` or `http-equiv` (first value wins). */
export type MetaTags = ReadonlyMap<string, string>;

/** Every `<meta>` of the page: found once, read by both readers below. */
export function metaElements(document: Document): readonly Element[] {
  return [...document.querySelectorAll('meta')];
}

export function readMetaTags(document: Document, metas = metaElements(document)): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !tags.has(key)) tags.set(key, content);
      }
    }
  }
  return tags;
}

/** The first non-empty value among `keys`. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

/**
 * Article metadata keyed the way Readability keys it: `property` values matching
 * {@link META_PROPERTY} ("article:author", one of a space-separated list) or `name` values matching
 * {@link META_NAME} with dots made colons ("dc.creator" → "dc:creator"). A later tag overwrites an
 * earlier one, as in Readability, so the same page gives the same title and byline.
 */
export function readArticleMeta(document: Document, metas = metaElements(document)): MetaTags {
  const values = new Map<string, string>();
  for (const meta of metas) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    const property = meta.getAttribute('property');
    const match = property ? property.match(META_PROPERTY) : null;
    if (match) {
      values.set(match[0].toLowerCase().replace(/\s/g, ''), content.trim());
      continue;
    }
    const name = meta.getAttribute('name');
    if (name && META_NAME.test(name)) values.set(name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':'), content.trim());
  }
  return values;
}
