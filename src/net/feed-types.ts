import type { Message } from '../types.js';

/** One entry of a feed, whatever the format. */
export interface FeedItem {
  /** The item's own id (RSS guid, Atom id, JSON Feed id), else its URL, else a hash of its title and text. */
  readonly id: string;
  /** The article's URL, absolute (resolved against the feed URL), or null when the item gives none. */
  readonly url: string | null;
  readonly title: string | null;
  /** ISO 8601 timestamp, or null when the item gives no readable date. */
  readonly published: string | null;
  /** The teaser (RSS description, Atom summary, JSON Feed summary), as plain text. */
  readonly summary?: string;
  /** The full body as HTML when the feed carries it (content:encoded, Atom content, content_html). */
  readonly contentHtml?: string;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface ParsedFeed {
  readonly format: FeedFormat;
  readonly title: string | null;
  readonly items: readonly FeedItem[];
  /** Warnings about items that were skipped or read with guesses. */
  readonly messages: readonly Message[];
}
