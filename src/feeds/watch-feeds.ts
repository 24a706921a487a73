import { readFile } from 'node:fs/promises';
import { extractArticle } from '../extract/extract.js';
import { message } from '../ingest/messages.js';
import type { AddResult, Library } from '../library/types.js';
import { fetchArticle } from '../net/fetch-article.js';
import { safeFetch } from '../net/safe-fetch.js';
import { documentFromItem } from '../net/item-document.js';
import { parseOpml } from '../net/opml.js';
import type { PoliteFetchOptions } from '../net/polite-fetch.js';
import { readFeed } from '../net/read-feed.js';
import type { Json } from '../store/store.js';
import type { ExtractedArticle, Message } from '../types.js';

/** What the library remembers of a feed between polls (kept as meta `feed:URL`; `parallax status` shows it). */
export interface FeedRecord {
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** When it was last polled, whatever the outcome (ISO). */
  readonly checkedAt: string | null;
  /** When a poll last brought a new article: the feed's lag is now − this. */
  readonly lastNewAt: string | null;
  /** Item ids already handled (the most recent `SEEN_LIMIT`), so pages are not fetched again. */
  readonly seen: readonly string[];
  readonly added: number;
  /** Consecutive failed polls (0 after a good one) and the last problem. */
  readonly failures: number;
  readonly lastError: string | null;
  /** Minutes between polls when workers poll it (`parallax watch --queue --every N`); null: the watcher's own pace. */
  readonly everyMinutes?: number | null;
}

/** Item ids remembered per feed: feeds list their latest 10–100 items, so 1,000 covers months of churn. */
const SEEN_LIMIT = 1000;
const FEEDS = 'feeds';
export const feedKey = (url: string) => `feed:${url}`;

export interface PollResult {
  readonly feed: string;
  readonly results: readonly AddResult[];
  readonly messages: readonly Message[];
  readonly notModified: boolean;
}

export interface PollOptions {
  readonly fetch?: PoliteFetchOptions;
  readonly clock?: () => Date;
  /** Re-derive grown stories at once (default); workers pass false and queue re-derive jobs. */
  readonly refresh?: boolean;
}

const emptyRecord = (url: string): FeedRecord => ({ url, title: null, etag: null, lastModified: null, checkedAt: null, lastNewAt: null, seen: [], added: 0, failures: 0, lastError: null });

/** Every feed the library watches, with its state. */
export async function listFeeds(library: Pick<Library, 'store'>): Promise<FeedRecord[]> {
  const urls = ((await library.store.getMeta(FEEDS)) as string[] | null) ?? [];
  const records = await Promise.all(urls.map(async (url) => ((await library.store.getMeta(feedKey(url))) as unknown as FeedRecord | null) ?? emptyRecord(url)));
  return records;
}

/** Registers feeds for workers to poll every `everyMinutes` (`parallax watch --queue`); a feed already known keeps its state. */
export async function registerFeeds(library: Library, urls: readonly string[], everyMinutes: number): Promise<void> {
  for (const url of urls) {
    const before = ((await library.store.getMeta(feedKey(url))) as unknown as FeedRecord | null) ?? emptyRecord(url);
    await saveFeed(library, { ...before, everyMinutes });
  }
}

/** Feeds whose next poll is due: never polled, or polled `everyMinutes` ago or longer. Feeds without `everyMinutes` are the watcher's. */
export function dueFeeds(feeds: readonly FeedRecord[], now: Date): FeedRecord[] {
  return feeds.filter((f) => f.everyMinutes && (!f.checkedAt || now.getTime() - Date.parse(f.checkedAt) >= f.everyMinutes * 60_000 - 5_000));
}

async function saveFeed(library: Library, record: FeedRecord): Promise<void> {
  await library.store.transaction(async (tx) => {
    const urls = ((await tx.getMeta(FEEDS)) as string[] | null) ?? [];
    if (!urls.includes(record.url)) await tx.setMeta(FEEDS, [...urls, record.url]);
    await tx.setMeta(feedKey(record.url), record as unknown as Json);
  });
}

/**
 * Polls one feed: a conditional GET from the remembered ETag/Last-Modified, then each item not seen
 * before becomes an article — from the body the feed carries, or by fetching its page — and is added to
 * the library (which deduplicates by URL and content, so a retried poll adds nothing twice). A broken
 * feed or page is a message; the other items and feeds go on.
 */
export async function pollFeed(library: Library, url: string, options: PollOptions = {}): Promise<PollResult> {
  const clock = options.clock ?? (() => new Date());
  const before = ((await library.store.getMeta(feedKey(url))) as unknown as FeedRecord | null) ?? emptyRecord(url);
  const read = await readFeed(url, before, options.fetch ?? {});
  const messages: Message[] = [...read.messages];
  const failed = read.messages.find((m) => m.severity === 'error');
  const seen = new Set(before.seen);
  const fresh = read.items.filter((item) => !seen.has(item.id));
  const articles: ExtractedArticle[] = [];
  const handled: string[] = [];
  for (const item of fresh) {
    const doc = documentFromItem(item, url) ?? (item.url ? await fetchArticle(item.url, options.fetch ?? {}) : message('warning', 'feed/item-without-link', url, `the item "${item.title ?? item.id}" has neither a body nor a link; skipped`));
    if ('severity' in doc) {
      messages.push(doc);
      // A page that failed for a lasting reason is not retried every poll; a timeout or 5xx is.
      if (!/timeout|http-status|network|dns|aborted/.test(doc.ruleId)) handled.push(item.id);
      continue;
    }
    const { article, messages: extractMessages } = extractArticle({ ...doc, given: { ...(item.title ? { title: item.title } : {}), ...(item.published ? { published: item.published.slice(0, 10) } : {}), ...doc.given } });
    messages.push(...extractMessages.filter((m) => m.severity !== 'info'));
    articles.push(article);
    handled.push(item.id);
  }
  const results = await library.add(articles, undefined, { refresh: options.refresh ?? true });
  for (const r of results) if (r.kind === 'rejected') messages.push(r.message);
  const added = results.filter((r) => r.kind === 'added').length;
  const now = clock().toISOString();
  await saveFeed(library, {
    ...before,
    url,
    title: read.title ?? before.title,
    etag: read.state.etag,
    lastModified: read.state.lastModified,
    checkedAt: now,
    lastNewAt: added ? now : before.lastNewAt,
    seen: [...before.seen, ...handled].slice(-SEEN_LIMIT),
    added: before.added + added,
    failures: failed ? before.failures + 1 : 0,
    lastError: failed ? failed.reason : null,
  });
  return { feed: url, results, messages, notModified: read.notModified };
}

/**
 * The feed URLs named by the inputs: a feed URL as is; an OPML file or URL (`.opml`, or a document
 * whose root is <opml>) for every feed it lists. Problems are messages.
 */
export async function feedUrls(inputs: readonly string[], fetch: PoliteFetchOptions = {}): Promise<{ urls: string[]; messages: Message[] }> {
  const urls: string[] = [];
  const messages: Message[] = [];
  for (const input of inputs) {
    const isUrl = /^https?:\/\//i.test(input);
    if (isUrl && !/\.opml(\?|$)/i.test(input)) {
      urls.push(input);
      continue;
    }
    let text: string;
    if (isUrl) {
      const got = await safeFetch(input, { ...fetch, accept: ['text/x-opml', 'application/xml', 'text/xml', 'text/plain'] });
      if (got.kind !== 'ok') {
        if (got.kind === 'error') messages.push(got.message);
        continue;
      }
      text = got.body;
    } else {
      try {
        text = await readFile(input, 'utf8');
      } catch (error) {
        messages.push(message('error', 'feed/unreadable', input, `could not read the feed list: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file; check the path' : (error as Error).message}`));
        continue;
      }
    }
    const listed = parseOpml(text, input);
    if ('severity' in listed) messages.push(listed);
    else urls.push(...listed.map((f) => f.url));
  }
  return { urls: [...new Set(urls)], messages };
}
