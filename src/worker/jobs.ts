/**
 * The jobs Parallax workers take from the queue (graphile-worker on the PostgreSQL server; see
 * docs/queue-choice.md), their payloads, and how they are added. Every job is idempotent: adding an
 * article twice is a no-op (the store deduplicates by content and URL), fetching again re-reads a page,
 * re-deriving a story rebuilds it from what is stored. So a retried job, or a job run twice after a
 * worker was killed, changes nothing twice.
 */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../types.js';

export const TASKS = {
  /** Fetch an article page (safely, politely), extract it, add it. */
  fetchUrl: 'parallax_fetch_url',
  /** Extract a document read elsewhere (a file `parallax ingest --queue` read), add it. */
  addDocument: 'parallax_add_document',
  /** Re-derive one story from its stored articles (brief, disputes, perspectives…). */
  rederive: 'parallax_rederive_story',
  /** Poll one feed; new items become articles. */
  pollFeed: 'parallax_poll_feed',
  /** Every minute (cron): queue a poll of each watched feed that is due. */
  pollDueFeeds: 'parallax_poll_due_feeds',
} as const;

export interface FetchUrlPayload { readonly url: string }
export interface AddDocumentPayload { readonly doc: RawDocument }
export interface RederivePayload { readonly story: string }
export interface PollFeedPayload { readonly url: string }

export interface JobSpec {
  readonly task: string;
  readonly payload: unknown;
  /**
   * One pending job per key: adding a job whose key is pending replaces it (graphile-worker job keys).
   * A URL is fetched once however many feeds list it; a story is re-derived once per burst of growth.
   */
  readonly key?: string;
  readonly runAt?: Date;
  /** Jobs of one queue run one at a time (used for nothing hot: queues are for serial work only). */
  readonly maxAttempts?: number;
}

/** A short, stable key from long text (job keys are indexed). */
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * Re-derivation waits this long after the last growth of its story: a story gaining 50 articles in a
 * burst is derived once or twice, not 50 times. 2 s: shorter than a reader's refresh, longer than the
 * gap between the articles of one feed poll.
 */
export const REDERIVE_DELAY_MS = 2000;

export const jobs = {
  fetchUrl: (url: string): JobSpec => ({ task: TASKS.fetchUrl, payload: { url } satisfies FetchUrlPayload, key: `url:${digest(url)}`, maxAttempts: 5 }),
  addDocument: (doc: RawDocument): JobSpec => ({ task: TASKS.addDocument, payload: { doc } satisfies AddDocumentPayload, key: `doc:${digest(`${doc.id}\u0000${doc.content}`)}`, maxAttempts: 5 }),
  rederive: (story: string, now: Date): JobSpec => ({ task: TASKS.rederive, payload: { story } satisfies RederivePayload, key: `story:${story}`, runAt: new Date(now.getTime() + REDERIVE_DELAY_MS), maxAttempts: 10 }),
  pollFeed: (url: string): JobSpec => ({ task: TASKS.pollFeed, payload: { url } satisfies PollFeedPayload, key: `feed:${digest(url)}`, maxAttempts: 3 }),
};
