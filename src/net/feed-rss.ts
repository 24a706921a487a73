import type { FeedItem } from './feed-types.js';
import { attr, fallbackId, htmlToText, isoDate, list, nodeText, resolveUrl } from './feed-text.js';

type Node = Record<string, unknown>;

/** Text that may hold escaped markup (RSS titles and descriptions often do) as plain text. */
function plain(node: unknown): string | null {
  const text = nodeText(node);
  return text === null ? null : htmlToText(text) || null;
}

/** The first `<link>` with text; `atom:link rel=alternate` when the item has only that. */
function itemLink(item: Node): string | null {
  for (const link of list(item.link)) {
    const text = nodeText(link) ?? attr(link, 'href');
    if (text) return text;
  }
  const alternate = list(item['atom:link']).find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  return attr(alternate, 'href');
}

/**
 * One RSS 2.0 or RSS 1.0 (RDF) item. RSS 2.0: a guid is the permalink unless isPermaLink="false";
 * RSS 1.0: rdf:about is the id. content:encoded is the full body, description the teaser.
 */
export function rssItem(item: Node, base: string): FeedItem {
  const guid = nodeText(item.guid);
  const permalink = guid && attr(item.guid, 'isPermaLink') !== 'false' ? guid : null;
  const url = resolveUrl(itemLink(item) ?? permalink, base);
  const title = plain(item.title);
  const summary = plain(item.description);
  const contentHtml = nodeText(item['content:encoded']);
  const about = attr(item, 'rdf:about');
  return {
    id: guid ?? about ?? url ?? fallbackId(title, summary),
    url,
    title,
    published: isoDate(nodeText(item.pubDate) ?? nodeText(item['dc:date'])),
    ...(summary ? { summary } : {}),
    ...(contentHtml ? { contentHtml } : {}),
  };
}

/** RSS 2.0 (and 0.9x): `<rss><channel><item>…`. */
export function readRss(root: Node, base: string): { title: string | null; items: FeedItem[] } | null {
  const channel = list(root.channel)[0] as Node | undefined;
  if (!channel || typeof channel !== 'object') return null;
  return { title: plain(channel.title), items: list(channel.item).map((item) => rssItem(item as Node, base)) };
}

/** RSS 1.0: `<rdf:RDF><channel/><item/>…`, items beside the channel. */
export function readRdf(root: Node, base: string): { title: string | null; items: FeedItem[] } {
  const channel = list(root.channel)[0] as Node | undefined;
  return { title: channel ? plain(channel.title) : null, items: list(root.item).map((item) => rssItem(item as Node, base)) };
}
