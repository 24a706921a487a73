/**
 * Untrusted URLs (an article's `url`, anything from the input) may only become links that
 * navigate: http(s), relative paths, queries and fragments. Everything else — `javascript:`,
 * `data:`, `vbscript:`, `file:` and schemes we do not know — becomes `#`, an inert link.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https']);

// Browsers drop ASCII tabs and newlines anywhere in a URL and trim leading/trailing C0 controls
// and spaces before reading the scheme ("java\tscript:" and " javascript:" still run).
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL when it is safe to put in `href`/`src`, else `#`. The caller still HTML-escapes it. */
export function safeHref(url: string): string {
  const squeezed = url.replace(IGNORED_BY_BROWSERS, '');
  if (!squeezed) return '#';
  const scheme = SCHEME.exec(squeezed)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme.toLowerCase()) ? url.trim() : '#';
  // No scheme: relative, "/path", "?q", "#frag" or "//host". A colon before the first "/", "?" or
  // "#" would be read as a scheme by some parsers ("javascript&colon;" is not, it is escaped text).
  const beforePath = squeezed.split(/[/?#]/, 1)[0] ?? '';
  return beforePath.includes(':') ? '#' : url.trim();
}
