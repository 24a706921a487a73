import type { Message } from '../types.js';
import { FEED_TYPES } from './fetch-defaults.js';
import { politeFetch, type PoliteFetchOptions } from './polite-fetch.js';
import type { FeedItem } from './feed-types.js';
import { parseFeed } from './feeds.js';

/** Media types a feed URL may answer with: feeds, plus HTML and text so a wrong URL gets a helpful `feed/malformed` ("this is a page; its feed is at …") instead of a bare type error. */
const FEED_URL_TYPES: readonly string[] = [...FEED_TYPES, 'text/html', 'application/xhtml+xml', 'text/plain'];

/** What is remembered about a feed between polls (JSON-serialisable: store it as is). */
export interface FeedState {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** When the feed was last polled (ISO), whatever the outcome. */
  readonly checkedAt: string | null;
}

export interface FeedRead {
  readonly title: string | null;
  /** The feed's items (empty when it has not changed or could not be read). */
  readonly items: readonly FeedItem[];
  /** The state to pass to the next poll. */
  readonly state: FeedState;
  readonly messages: readonly Message[];
  /** True when the server answered 304: nothing changed since `state`. */
  readonly notModified: boolean;
}

/**
 * Polls one feed with a conditional GET from `state` (null on the first poll). A new ETag or
 * Last-Modified is kept only when the feed parsed: a broken feed is re-read in full next time
 * instead of hiding behind 304s.
 */
export async function readFeed(url: string, state: FeedState | null, options: PoliteFetchOptions = {}): Promise<FeedRead> {
  const checkedAt = new Date((options.clock ?? Date.now)()).toISOString();
  const previous = { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null, checkedAt };
  const result = await politeFetch(url, { ...options, etag: previous.etag, lastModified: previous.lastModified }, options.accept ?? FEED_URL_TYPES);
  if (result.kind === 'error') return { title: null, items: [], state: previous, messages: [result.message], notModified: false };
  if (result.kind === 'not-modified') {
    const etag = result.headers.etag ?? previous.etag;
    return { title: null, items: [], state: { ...previous, etag, lastModified: result.headers.lastModified ?? previous.lastModified }, messages: [], notModified: true };
  }
  const feed = parseFeed(result.body, result.finalUrl);
  if ('severity' in feed) return { title: null, items: [], state: previous, messages: [feed], notModified: false };
  return {
    title: feed.title,
    items: feed.items,
    state: { etag: result.headers.etag, lastModified: result.headers.lastModified, checkedAt },
    messages: feed.messages,
    notModified: false,
  };
}
