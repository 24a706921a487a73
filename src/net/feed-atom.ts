import { atomText } from './feed-xml.js';
import type { FeedItem } from './feed-types.js';
import { attr, fallbackId, isoDate, list, nodeText, resolveUrl } from './feed-text.js';

type Node = Record<string, unknown>;

/** The entry's page: `rel="alternate"` (the default rel), preferring an HTML one. */
function alternateHref(entry: Node): string | null {
  const alternates = list(entry.link).filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html'));
  return attr(html ?? alternates[0], 'href');
}

/** `xml:base` on an element, resolved against the base it inherits. */
function withBase(node: Node, base: string): string {
  return resolveUrl(attr(node, 'xml:base'), base) ?? base;
}

function atomEntry(entry: Node, feedBase: string): FeedItem {
  const base = withBase(entry, feedBase);
  const url = resolveUrl(alternateHref(entry), base);
  const title = atomText(entry.title)?.text || null;
  const summary = atomText(entry.summary)?.text || undefined;
  // Out-of-line content (`<content src="…">`) carries no body; the page is fetched instead.
  const content = attr(entry.content, 'src') ? null : atomText(entry.content);
  return {
    id: nodeText(entry.id) ?? url ?? fallbackId(title, summary),
    url,
    title,
    published: isoDate(nodeText(entry.published) ?? nodeText(entry.updated)),
    ...(summary ? { summary } : {}),
    ...(content?.text ? { contentHtml: content.html } : {}),
  };
}

/** Atom 1.0: `<feed><entry>…`. */
export function readAtom(feed: Node, feedUrl: string): { title: string | null; items: FeedItem[] } {
  const base = withBase(feed, feedUrl);
  return { title: atomText(feed.title)?.text || null, items: list(feed.entry).map((entry) => atomEntry(entry as Node, base)) };
}
