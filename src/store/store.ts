/**
 * The storage interface of the Parallax library: one interface, thin adapters (memory, embedded
 * SQLite/PGlite, PostgreSQL), one contract suite (`contract.ts`) that every adapter passes.
 *
 * Data in and out is plain JSON: what is put is what is got back (`JSON.parse(JSON.stringify(x))`).
 * Strings must be well-formed Unicode without U+0000 (PostgreSQL `text`/`jsonb` refuse both); every
 * adapter refuses them alike, through `toStorableJson`.
 *
 * Errors: a problem with the *input* (an article whose id is already taken by another article) is
 * data — a `rejected` result carrying a `Message`. Misuse (writing to a closed store, a story naming
 * an article the store does not hold, a malformed timestamp) throws.
 *
 * Time is data: callers pass `addedAt` / `updatedAt` from their injected clock, so adapters hold no
 * clock and tests are deterministic. Timestamps are ISO 8601 UTC (`Date#toISOString()`), which
 * compare correctly as strings; `since` may be a date (`2031-05-02`) or a full timestamp.
 */
import type { Message, ReportArticle, Story, Storyline } from '../types.js';

/** An article as the library keeps it: the analysed article and the keys it is deduplicated by. */
export interface StoredArticle {
  readonly article: ReportArticle;
  /** `contentHash(article)`: outlet and clean text (see `article-keys.ts`). Unique in the store. */
  readonly hash: string;
  /** `urlKey(article.url)`, or null when the article has no URL. Unique in the store when not null. */
  readonly url: string | null;
  /** When it was added (ISO 8601 UTC). */
  readonly addedAt: string;
}

/** What `listArticles` gives: enough to show a list, without the (possibly megabytes of) text. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly hash: string;
  readonly addedAt: string;
}

/** The outcome of `putArticle`. Re-adding is a no-op: `duplicate` with the id already stored. */
export type PutArticleResult =
  | { readonly kind: 'added'; readonly id: string }
  | { readonly kind: 'duplicate'; readonly id: string; readonly by: 'hash' | 'url' }
  | { readonly kind: 'rejected'; readonly message: Message };

/**
 * A story as the library keeps it. The store keys it by `story.id`: the library must keep that id
 * stable while the story grows (e.g. the id the story got when it was started), since `Story.id` as
 * `buildStory` computes it changes with the members.
 */
export interface StoredStory {
  readonly story: Story;
  /** When the story was last (re-)derived (ISO 8601 UTC): what `listStories({ since })` filters on. */
  readonly updatedAt: string;
}

export interface StoredStoryline {
  readonly storyline: Storyline;
  readonly updatedAt: string;
}

/**
 * What the incremental story index (`createStoryIndex`) needs to be rebuilt: each article's
 * fingerprint, in the order the articles were placed. The index is not stored as such (its vectors
 * depend on document frequencies at the time each article arrived); it is rebuilt on open by
 * replaying the fingerprints in `seq` order, which reproduces every placement exactly — the index is
 * deterministic for a given order and `model/stories.json`.
 */
export interface StoredFingerprint {
  /**
   * Position in the placement order, assigned by the store: 1, 2, 3… without gaps, in commit order.
   * Adapters compute it as the last seq + 1 under the transaction lock, never from a database sequence:
   * a sequence leaves gaps on rollback and can commit 6 before 5, and a worker catching up from 5
   * would then miss an article for good.
   */
  readonly seq: number;
  readonly articleId: string;
  /** `Fingerprint.terms` as pairs (a Map is not JSON), in the fingerprint's own order. */
  readonly terms: readonly (readonly [string, number])[];
  /** `Fingerprint.day`. */
  readonly day: number | null;
}

/** One place a search query was found, citable like any `Evidence`: `text === article.text.slice(start, end)`. */
export interface SearchHit {
  readonly article: string;
  /** `text`: a sentence of the body; `quote`: a quotation (matched in its words or its speaker); `claim`: a figure (matched in its figure, subject or claimant). */
  readonly kind: 'text' | 'quote' | 'claim';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The query words found in this hit, folded as the query was. */
  readonly terms: readonly string[];
}

export interface Page {
  readonly offset?: number;
  readonly limit?: number;
}

/** A JSON value for `getMeta` / `setMeta`. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Reads. Outside a transaction they see committed data only. */
export interface StoreReader {
  /** The article with this id, or null. */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The articles with these ids that exist, in the order asked (what re-deriving a story reads). */
  getArticles(ids: readonly string[]): Promise<StoredArticle[]>;
  /** Article summaries in the order they were added. */
  listArticles(page?: Page): Promise<ArticleSummary[]>;
  /** How many articles the store holds. */
  countArticles(): Promise<number>;
  getStory(id: string): Promise<StoredStory | null>;
  /** Stories updated at or after `since` (all without it), most recently updated first, then by id. */
  listStories(options?: Page & { readonly since?: string }): Promise<StoredStory[]>;
  /** Ids of the stories that have this article among their `articleIds` (normally one), sorted. */
  storiesOfArticle(articleId: string): Promise<string[]>;
  getStoryline(id: string): Promise<StoredStoryline | null>;
  /** Every storyline, most recently updated first, then by id. */
  listStorylines(): Promise<StoredStoryline[]>;
  /** The fingerprints placed after `afterSeq` (0: from the start), in `seq` order: replay on open, catch up before placing. */
  listFingerprints(afterSeq?: number, limit?: number): Promise<StoredFingerprint[]>;
  /**
   * Full-text search over article bodies, quotes and claims: an article matches when every query
   * word occurs in it (whole words, case-insensitive); its hits are the sentences, quotes and claims
   * holding any query word. Articles with most hits first, then by id; hits in text order. When more
   * than `MAX_SEARCH_CANDIDATES` (search-hits.ts) articles match, the most recently added ones are ranked.
   * The same for every adapter: they may use their own full-text index to find candidate articles,
   * then call `findHits` (search-hits.ts) on each.
   */
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  /** A small value kept with the library (schema version, grouping options the index was built with). */
  getMeta(key: string): Promise<Json | null>;
}

/** Writes. Outside a transaction each call is atomic on its own. */
export interface StoreWriter {
  /**
   * Adds an article unless one with the same content hash or URL is stored: then nothing changes
   * and the stored id comes back. Two concurrent puts of one article end with one stored row.
   */
  putArticle(article: ReportArticle, addedAt: string): Promise<PutArticleResult>;
  /** Inserts or replaces a story and its article membership. Every member must be a stored article (else it throws). */
  putStory(record: StoredStory): Promise<void>;
  /** Removes a story (after a split or merge). Throws while a storyline still names it: rewrite the storyline first. */
  deleteStory(id: string): Promise<void>;
  /** Inserts or replaces a storyline. Every story it names must be stored (else it throws). */
  putStoryline(record: StoredStoryline): Promise<void>;
  deleteStoryline(id: string): Promise<void>;
  /**
   * Records an article's fingerprint at the end of the placement order and returns its `seq`.
   * Idempotent: an article already fingerprinted keeps its first `seq` (a retried job changes nothing).
   * The article must be stored (else it throws).
   */
  appendFingerprint(articleId: string, terms: readonly (readonly [string, number])[], day: number | null): Promise<number>;
  setMeta(key: string, value: Json): Promise<void>;
}

/** What a transaction's work receives: every read and write, seeing its own writes. */
export interface StoreTx extends StoreReader, StoreWriter {}

export interface Store extends StoreReader, StoreWriter {
  /**
   * Runs `work` as one unit: all its writes become visible together when it resolves, none if it
   * throws (the error is rethrown). Transactions run one at a time against the same store, across
   * processes too (PostgreSQL: an advisory transaction lock), so placing an article — catch up on
   * `listFingerprints(lastSeq)`, place it, `appendFingerprint`, `putStory` — is never interleaved
   * with another placement. Calling the store itself (not `tx`) inside `work` is misuse and throws.
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Releases the store. Closing twice is harmless; any other call after closing throws. */
  close(): Promise<void>;
}
