import { AsyncLocalStorage } from 'node:async_hooks';
import type { ReportArticle } from '../types.js';
import { idTaken, storableArticle } from './checks.js';
import { forwardCalls } from './facade.js';
import { LayeredMap } from './layered-map.js';
import { findHits, MAX_SEARCH_CANDIDATES, rankHits, searchTerms } from './search-hits.js';
import { assertTimestamp, toStorableJson } from './storable-json.js';
import type { ArticleSummary, Json, Page, PutArticleResult, Store, StoredArticle, StoredFingerprint, StoredStory, StoredStoryline, StoreReader, StoreTx, StoreWriter } from './store.js';

/** A stored article: its JSON (what `get` parses, so callers never share objects with the store) and what lists and search read. */
interface ArticleRow { readonly json: string; readonly summary: ArticleSummary; readonly article: ReportArticle }
interface StoryRow { readonly json: string; readonly updatedAt: string; readonly members: readonly string[] }

/** The tables of the memory store. Every value is immutable: a write replaces it. */
function createTables() {
  return {
    articles: new LayeredMap<string, ArticleRow>(),
    byHash: new LayeredMap<string, string>(),
    byUrl: new LayeredMap<string, string>(),
    stories: new LayeredMap<string, StoryRow>(),
    /** Article id → ids of the stories it belongs to, sorted. */
    membership: new LayeredMap<string, readonly string[]>(),
    storylines: new LayeredMap<string, StoryRow>(),
    /** Fingerprints in seq order (insertion order), keyed by article id. */
    fingerprints: new LayeredMap<string, string>(),
    meta: new LayeredMap<string, string>(),
    /** The last fingerprint seq handed out. */
    lastSeq: new LayeredMap<'fingerprint', number>(),
  };
}
type Tables = ReturnType<typeof createTables>;

/** What a reader sees of a table: the committed base, or the base under a transaction's writes. */
interface View<K, V> { get(key: K): V | undefined; values(): IterableIterator<V> }
type Views = { readonly [T in keyof Tables]: Tables[T] extends LayeredMap<infer K, infer V> ? View<K, V> : never };

const committed = (tables: Tables): Views => {
  const view = <K, V>(m: LayeredMap<K, V>): View<K, V> => ({ get: (k) => m.base.get(k), values: () => m.base.values() });
  return { articles: view(tables.articles), byHash: view(tables.byHash), byUrl: view(tables.byUrl), stories: view(tables.stories), membership: view(tables.membership), storylines: view(tables.storylines), fingerprints: view(tables.fingerprints), meta: view(tables.meta), lastSeq: view(tables.lastSeq) };
};

function* paged<T>(items: Iterable<T>, page: Page = {}): Generator<T> {
  const offset = page.offset ?? 0;
  const limit = page.limit ?? Infinity;
  let i = 0;
  for (const item of items) {
    if (i >= offset + limit) return;
    if (i++ >= offset) yield item;
  }
}

const byUpdatedDesc = (a: StoryRow & { id: string }, b: StoryRow & { id: string }) => (a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function reader(v: Views): StoreReader {
  return {
    getArticle: async (id) => {
      const row = v.articles.get(id);
      return row ? (JSON.parse(row.json) as StoredArticle) : null;
    },
    getArticles: async (ids) => ids.flatMap((id) => {
      const row = v.articles.get(id);
      return row ? [JSON.parse(row.json) as StoredArticle] : [];
    }),
    listArticles: async (page) => [...paged(v.articles.values(), page)].map((row) => ({ ...row.summary })),
    countArticles: async () => [...v.articles.values()].length,
    getStory: async (id) => {
      const row = v.stories.get(id);
      return row ? (JSON.parse(row.json) as StoredStory) : null;
    },
    listStories: async (options = {}) => {
      if (options.since !== undefined) assertTimestamp(options.since, '`since`');
      const since = options.since;
      const rows = [...v.stories.values()].filter((r) => since === undefined || r.updatedAt >= since);
      const sorted = rows.map((r) => ({ ...r, id: (JSON.parse(r.json) as StoredStory).story.id })).sort(byUpdatedDesc);
      return [...paged(sorted, options)].map((r) => JSON.parse(r.json) as StoredStory);
    },
    storiesOfArticle: async (articleId) => [...(v.membership.get(articleId) ?? [])],
    getStoryline: async (id) => {
      const row = v.storylines.get(id);
      return row ? (JSON.parse(row.json) as StoredStoryline) : null;
    },
    listStorylines: async () => [...v.storylines.values()].map((r) => ({ ...r, id: (JSON.parse(r.json) as StoredStoryline).storyline.id })).sort(byUpdatedDesc).map((r) => JSON.parse(r.json) as StoredStoryline),
    listFingerprints: async (afterSeq = 0, limit = Infinity) => {
      const out: StoredFingerprint[] = [];
      for (const json of v.fingerprints.values()) {
        if (out.length >= limit) break;
        const fp = JSON.parse(json) as StoredFingerprint;
        if (fp.seq > afterSeq) out.push(fp);
      }
      return out;
    },
    search: async (query, options = {}) => {
      const terms = searchTerms(query);
      if (!terms.length) return [];
      // The most recently added articles holding every word, as the other adapters rank them.
      const holding = [...v.articles.values()].map((row) => findHits(row.article, terms)).filter((hits) => hits.length > 0);
      return rankHits(holding.slice(-MAX_SEARCH_CANDIDATES), options.limit ?? 100);
    },
    getMeta: async (key) => {
      const json = v.meta.get(key);
      return json === undefined ? null : (JSON.parse(json) as Json);
    },
  };
}

function writer(t: Tables): StoreWriter {
  const setMembers = (storyId: string, before: readonly string[], after: readonly string[]) => {
    for (const id of new Set([...before, ...after])) {
      const current = (t.membership.get(id) ?? []).filter((s) => s !== storyId);
      if (after.includes(id)) current.push(storyId);
      current.sort();
      if (current.length) t.membership.set(id, current);
      else t.membership.delete(id);
    }
  };
  return {
    putArticle: async (article, addedAt) => {
      const { hash, url, json } = storableArticle(article, addedAt);
      const sameHash = t.byHash.get(hash);
      if (sameHash !== undefined) return { kind: 'duplicate', id: sameHash, by: 'hash' } satisfies PutArticleResult;
      const sameUrl = url === null ? undefined : t.byUrl.get(url);
      if (sameUrl !== undefined) return { kind: 'duplicate', id: sameUrl, by: 'url' };
      if (t.articles.has(article.id)) return { kind: 'rejected', message: idTaken(article) };
      const stored = JSON.parse(json) as StoredArticle;
      const a = stored.article;
      t.articles.set(a.id, { json, article: a, summary: { id: a.id, title: a.title, outlet: a.outlet, published: a.published, url, hash, addedAt } });
      t.byHash.set(hash, a.id);
      if (url !== null) t.byUrl.set(url, a.id);
      return { kind: 'added', id: a.id };
    },
    putStory: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a story');
      const { id, articleIds } = record.story;
      const missing = articleIds.filter((a) => !t.articles.has(a));
      if (missing.length) throw new Error(`Cannot put story \`${id}\`: expected every member to be a stored article, found unknown ${missing.map((m) => `\`${m}\``).join(', ')}. Put the articles first.`);
      const json = toStorableJson(record, `story \`${id}\``);
      setMembers(id, t.stories.get(id)?.members ?? [], [...new Set(articleIds)]);
      t.stories.set(id, { json, updatedAt: record.updatedAt, members: [...new Set(articleIds)] });
    },
    deleteStory: async (id) => {
      const row = t.stories.get(id);
      if (!row) return;
      const naming = [...t.storylines.values()].map((l) => JSON.parse(l.json) as StoredStoryline).filter((l) => l.storyline.storyIds.includes(id));
      if (naming.length) throw new Error(`Cannot delete story \`${id}\`: storyline \`${naming[0]?.storyline.id}\` still names it. Put the storyline without it first, in the same transaction.`);
      setMembers(id, row.members, []);
      t.stories.delete(id);
    },
    putStoryline: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a storyline');
      const { id, storyIds } = record.storyline;
      const missing = storyIds.filter((s) => !t.stories.has(s));
      if (missing.length) throw new Error(`Cannot put storyline \`${id}\`: expected every story it names to be stored, found unknown ${missing.map((m) => `\`${m}\``).join(', ')}. Put the stories first.`);
      t.storylines.set(id, { json: toStorableJson(record, `storyline \`${id}\``), updatedAt: record.updatedAt, members: [...storyIds] });
    },
    deleteStoryline: async (id) => t.storylines.delete(id),
    appendFingerprint: async (articleId, terms, day) => {
      const existing = t.fingerprints.get(articleId);
      if (existing !== undefined) return (JSON.parse(existing) as StoredFingerprint).seq;
      if (!t.articles.has(articleId)) throw new Error(`Cannot append the fingerprint of \`${articleId}\`: expected a stored article, found none. Put the article first.`);
      if (!Array.isArray(terms) || terms.some((p) => typeof p?.[0] !== 'string' || !Number.isFinite(p[1]))) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected terms as [string, finite number] pairs`);
      if (day !== null && !Number.isInteger(day)) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected day as an integer or null, found ${day}`);
      const seq = (t.lastSeq.get('fingerprint') ?? 0) + 1;
      // Validate before taking the seq: a refused fingerprint caught inside a transaction must leave no gap.
      const json = toStorableJson({ seq, articleId, terms, day } satisfies StoredFingerprint, `the fingerprint of \`${articleId}\``);
      t.lastSeq.set('fingerprint', seq);
      t.fingerprints.set(articleId, json);
      return seq;
    },
    setMeta: async (key, value) => {
      t.meta.set(key, toStorableJson(value, `meta \`${key}\``));
    },
  };
}

/**
 * The reference adapter: everything in memory, nothing survives `close`. The other adapters are held
 * to what it does (the contract suite runs against it first). Transactions run one at a time; their
 * writes sit in a layer over the committed tables until they commit.
 */
export async function createMemoryStore(): Promise<Store> {
  const tables = createTables();
  const outside = reader(committed(tables));
  const inTransaction = new AsyncLocalStorage<true>();
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const usable = (method: string) => {
    if (closed) throw new Error(`Cannot call \`${method}\`: the store is closed. Open it again.`);
    if (inTransaction.getStore()) throw new Error(`Cannot call \`store.${method}\` inside a transaction: it would wait for the transaction to end. Use the \`tx\` argument of the work function.`);
  };

  const transaction = <T>(work: (tx: StoreTx) => Promise<T>): Promise<T> => {
    usable('transaction');
    const run = queue.then(async () => {
      let open = true;
      const live = <F extends (...args: never[]) => Promise<unknown>>(name: string, f: F) => ((...args: Parameters<F>) => {
        if (!open) throw new Error(`Cannot call \`tx.${name}\`: its transaction has ended. Keep the work inside the transaction's function.`);
        return f(...args);
      }) as F;
      const r = reader(tables);
      const w = writer(tables);
      const tx = Object.fromEntries(Object.entries({ ...r, ...w }).map(([name, f]) => [name, live(name, f)])) as unknown as StoreTx;
      try {
        const result = await inTransaction.run(true, () => work(tx));
        for (const table of Object.values(tables)) table.commit();
        return result;
      } catch (error) {
        for (const table of Object.values(tables)) table.discard();
        throw error;
      } finally {
        open = false;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const read = <K extends keyof StoreReader>(name: K) => ((...args: unknown[]) => {
    try {
      usable(name);
    } catch (error) {
      return Promise.reject(error);
    }
    return (outside[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as StoreReader[K];
  const write = <K extends keyof StoreWriter>(name: K) => ((...args: unknown[]) => {
    try {
      usable(name);
    } catch (error) {
      return Promise.reject(error);
    }
    return transaction((tx) => (tx[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }) as StoreWriter[K];

  return {
    ...forwardCalls(read, write),
    transaction: <T>(work: (tx: StoreTx) => Promise<T>) => {
      try {
        return transaction(work);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await queue;
    },
  };
}
