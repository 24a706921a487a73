import type { StoreReader, StoreWriter } from './store.js';

/** Every read and write of the storage interface, by name: what an adapter's outer object forwards. */
export const READS = ['getArticle', 'getArticles', 'listArticles', 'countArticles', 'getStory', 'listStories', 'storiesOfArticle', 'getStoryline', 'listStorylines', 'listFingerprints', 'search', 'getMeta'] as const satisfies readonly (keyof StoreReader)[];
export const WRITES = ['putArticle', 'putStory', 'deleteStory', 'putStoryline', 'deleteStoryline', 'appendFingerprint', 'setMeta'] as const satisfies readonly (keyof StoreWriter)[];

/**
 * The reads and writes of a store's outer object (outside transactions), each made by the adapter's
 * `read(name)` / `write(name)` (which check the store is open and route the call), with `overrides`
 * for the few an adapter routes otherwise (PostgreSQL's `putArticle` runs without the global lock).
 */
export function forwardCalls(read: <K extends keyof StoreReader>(name: K) => StoreReader[K], write: <K extends keyof StoreWriter>(name: K) => StoreWriter[K], overrides: Partial<StoreWriter> = {}): StoreReader & StoreWriter {
  const calls: Record<string, unknown> = {};
  for (const name of READS) calls[name] = read(name);
  for (const name of WRITES) calls[name] = overrides[name] ?? write(name);
  return calls as unknown as StoreReader & StoreWriter;
}
