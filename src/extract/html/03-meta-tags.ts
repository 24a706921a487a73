/** `<meta>` values keyed by lowercased `property`, `name`, `itemprop` or `http-equiv` (first value wins). */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
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
