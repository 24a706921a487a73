import { message } from '../ingest/messages.js';
import type { Message } from '../types.js';
import { readAtom } from './feed-atom.js';
import { readJsonFeed } from './feed-json.js';
import { readRdf, readRss } from './feed-rss.js';
import { resolveUrl } from './feed-text.js';
import type { FeedFormat, FeedItem, ParsedFeed } from './feed-types.js';
import { feedParser } from './feed-xml.js';

export type { FeedItem, ParsedFeed } from './feed-types.js';

type Node = Record<string, unknown>;

/** The feed an HTML page links to (`<link rel="alternate" type="application/rss+xml" href>`), if any. */
function advertisedFeed(html: string, base: string): string | null {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?alternate/i.test(tag) || !/\btype\s*=\s*["']?application\/(?:rss|atom)\+xml|application\/feed\+json/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const url = resolveUrl(href?.[1] ?? href?.[2] ?? href?.[3], base);
    if (url) return url;
  }
  return null;
}

function readXml(text: string, base: string): { format: FeedFormat; title: string | null; items: FeedItem[] } | string {
  let doc: Node;
  try {
    doc = feedParser.parse(text) as Node;
  } catch (error) {
    return `it is not well-formed XML (${(error as Error).message})`;
  }
  const rootName = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('!') && !key.startsWith('#'));
  const root = rootName ? (doc[rootName] as Node) : undefined;
  if (rootName === 'rss' && root) {
    const rss = readRss(root, base);
    return rss ? { format: 'rss', ...rss } : 'it is an <rss> document without a <channel>';
  }
  if (rootName && /(?:^|:)RDF$/.test(rootName) && root) return { format: 'rdf', ...readRdf(root, base) };
  if (rootName === 'feed' && root) return { format: 'atom', ...readAtom(root, base) };
  if (rootName?.toLowerCase() === 'html' || /^\s*<!doctype html/i.test(text)) {
    const feed = advertisedFeed(text, base);
    return `it is an HTML page, not a feed${feed ? `; the page names its feed at ${feed} — use that URL` : '; look for the site\'s RSS or Atom link'}`;
  }
  if (rootName === 'opml') return 'it is an OPML list of feeds, not a feed; read it as a feed list (parseOpml)';
  return rootName ? `its root element is <${rootName}>; expected <rss>, <rdf:RDF> or <feed>` : 'no XML element was found in it';
}

function readJson(text: string, base: string): { format: FeedFormat; title: string | null; items: FeedItem[] } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `it starts like JSON but is not valid JSON (${(error as Error).message})`;
  }
  const feed = readJsonFeed(value, base);
  return feed ? { format: 'json', ...feed } : 'it is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1" and no "items" list)';
}

/**
 * Reads RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.0/1.1 into one shape, item URLs made
 * absolute against the feed URL. Anything else — an HTML page, an empty or binary body — is a
 * `feed/malformed` error that says what was found instead.
 */
export function parseFeed(text: string, baseUrl: string): ParsedFeed | Message {
  const body = text.replace(/^\uFEFF/, '').trim();
  const malformed = (why: string) => message('error', 'feed/malformed', baseUrl, `${baseUrl} could not be read as a feed: ${why}`);
  if (!body) return malformed('it is empty; expected RSS, Atom or JSON Feed');
  if (/[\u0000-\u0008\u000e-\u001f]/.test(body.slice(0, 1024))) return malformed('it looks binary (control characters); expected RSS, Atom or JSON Feed');
  const read = body.startsWith('{') ? readJson(body, baseUrl) : body.startsWith('<') ? readXml(body, baseUrl) : 'it is plain text; expected a document starting with < (RSS, Atom) or { (JSON Feed)';
  if (typeof read === 'string') return malformed(read);
  const usable = read.items.filter((item) => item.url || item.contentHtml);
  const skipped = read.items.length - usable.length;
  const messages: Message[] = skipped
    ? [message('warning', 'feed/item-without-link', baseUrl, `${skipped} of ${read.items.length} items have neither a link nor a body, so there is nothing to read; they were skipped`)]
    : [];
  return { format: read.format, title: read.title, items: usable, messages };
}
