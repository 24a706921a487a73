/**
 * The persistent library: articles added over days, grouped incrementally into stories that are
 * re-derived only when they change. A `Library` wraps a `Store` (memory, SQLite, PostgreSQL): reads go
 * straight to `library.store`; every write goes through the library, which keeps the story index.
 */
import type { StoriesOptions } from '../stories/build-stories.js';
import type { Store } from '../store/store.js';
import type { ExtractedArticle, Message } from '../types.js';

export interface LibraryOptions {
  /** The store the library lives in (opened by the caller, closed by `library.close()`). */
  readonly store: Store;
  /** The clock `addedAt` / `updatedAt` come from (injected so tests are deterministic). Default: `() => new Date()`. */
  readonly clock?: () => Date;
  /** Options of the stories stage (the brief's length). */
  readonly stories?: StoriesOptions;
}

/** What became of one article given to `add`. */
export type AddResult =
  /** Analysed, stored and placed: `story` is the stored id of the story it joined or started. */
  | { readonly kind: 'added'; readonly id: string; readonly story: string; readonly newStory: boolean }
  /** Already in the library (same content or URL): nothing changed; `id` is the stored article. */
  | { readonly kind: 'duplicate'; readonly id: string; readonly by: 'hash' | 'url' }
  /** Not stored (e.g. its id is taken by a different article), with the reason. */
  | { readonly kind: 'rejected'; readonly id: string; readonly message: Message };

export interface AddOptions {
  /**
   * Re-derive the grown stories before returning (default true). Workers pass false and queue one
   * "re-derive" job per grown story instead, so a story growing on many workers at once is derived
   * once per burst, not once per article per worker.
   */
  readonly refresh?: boolean;
}

export interface AddProgress {
  /** Articles handled so far in this call (added, duplicate or rejected). */
  readonly done: number;
  readonly total: number;
  readonly last: AddResult;
}

export interface Library {
  /** The store, for reads (`getStory`, `listStories`, `getArticle`, `search`, …). Do not write to it directly. */
  readonly store: Store;
  /**
   * Analyses (annotate + profile) and adds articles in order, each in its own transaction (an article
   * is acknowledged — in `onProgress` and the result — only once committed), places each in a story,
   * then re-derives the stories that changed. Safe to call again after a crash: what was committed
   * stays, duplicates are no-ops, and stories left stale are re-derived.
   */
  add(articles: readonly ExtractedArticle[], onProgress?: (progress: AddProgress) => void, options?: AddOptions): Promise<AddResult[]>;
  /** Re-derives the stories whose articles changed but whose analysis was not yet rewritten (after a crash). Returns their ids. */
  refresh(): Promise<string[]>;
  /**
   * Re-derives one story from its stored articles (idempotent; a worker's "re-derive" job). False when
   * its membership changed while it was being derived: it stays stale and must be derived again.
   */
  refreshStory(id: string): Promise<boolean>;
  /** Closes the store. */
  close(): Promise<void>;
}
