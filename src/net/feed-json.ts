import type { FeedItem } from './feed-types.js';
import { fallbackId, htmlToText, isoDate, resolveUrl, textToHtml } from './feed-text.js';

type Json = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);

function jsonItem(item: Json, base: string): FeedItem {
  const url = resolveUrl(str(item.url) ?? str(item.external_url), base);
  const title = str(item.title);
  const html = str(item.content_html);
  const text = str(item.content_text);
  const summary = str(item.summary) ?? undefined;
  const contentHtml = html ?? (text ? textToHtml(text) : null);
  return {
    id: str(item.id) ?? url ?? fallbackId(title, html ?? text),
    url,
    title: title ? htmlToText(title) : null,
    published: isoDate(str(item.date_published) ?? str(item.date_modified)),
    ...(summary ? { summary } : {}),
    ...(contentHtml ? { contentHtml } : {}),
  };
}

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), or null when the object is not one. */
export function readJsonFeed(value: unknown, base: string): { title: string | null; items: FeedItem[] } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const feed = value as Json;
  const declared = typeof feed.version === 'string' && feed.version.startsWith('https://jsonfeed.org/version/');
  if (!declared && !Array.isArray(feed.items)) return null;
  const items = Array.isArray(feed.items) ? feed.items.filter((i): i is Json => Boolean(i) && typeof i === 'object') : [];
  return { title: str(feed.title), items: items.map((item) => jsonItem(item, base)) };
}
