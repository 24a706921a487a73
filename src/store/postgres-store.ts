import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { ReportArticle } from '../types.js';
import { idTaken, storableArticle } from './checks.js';
import { forwardCalls } from './facade.js';
import { advisoryKey, migrate, quoteIdentifier } from './postgres-migrations.js';
import { findHits, MAX_SEARCH_CANDIDATES, rankHits, searchTerms } from './search-hits.js';
import { assertTimestamp, toStorableJson } from './storable-json.js';
import type { ArticleSummary, Json, Page, PutArticleResult, Store, StoredArticle, StoredFingerprint, StoredStory, StoredStoryline, StoreReader, StoreTx, StoreWriter } from './store.js';

export interface PostgresStoreOptions {
  /** The schema the store lives in, created on open (default `parallax`): one database can hold several stores. */
  readonly schema?: string;
  /** Connections in the pool (default 10, pg's own default). A running transaction holds one. */
  readonly max?: number;
}

/** What both a pool (reads outside transactions) and a transaction's client can run. */
interface Db {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/**
 * Longest word kept in `articles.words`, in code points: keeps GIN entries small (a base64 run in a
 * text is one huge "word"). Query words are cut the same way, so a cut word still finds its article,
 * and `findHits` then checks the whole word.
 */
const MAX_INDEXED_WORD = 64;
/** Articles parsed at a time while searching: bounds memory when a common word matches thousands of 2 MB articles. */
const SEARCH_BATCH = 50;

const cutWord = (w: string) => (w.length <= MAX_INDEXED_WORD ? w : [...w].slice(0, MAX_INDEXED_WORD).join(''));

/** The distinct words `findHits` looks for a query's words among: the body, quote speakers, claim subjects and claimants. */
function indexedWords(article: ReportArticle): string[] {
  const extra = [...(article.quotes ?? []).map((q) => q.speaker ?? ''), ...(article.claims ?? []).flatMap((c) => [c.subject, c.claimant ?? ''])];
  return [...new Set([...searchTerms(article.text), ...searchTerms(extra.join('\n'))].map(cutWord))];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The URL as it may be shown in a message: without its password (in the authority or as a parameter). */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    for (const name of [...parsed.searchParams.keys()]) if (/password/i.test(name)) parsed.searchParams.delete(name);
    return parsed.toString();
  } catch {
    return String(url).replace(/\/\/([^:/@]*):[^@/]*@/u, '//$1@');
  }
}

/** OFFSET and LIMIT (null: all) for a page, read as the memory store's `paged` reads it. */
function pageBounds(page: Page = {}): [number, number | null] {
  const from = page.offset ?? 0;
  const limit = page.limit ?? Infinity;
  if (Number.isNaN(from) || from === Infinity) return [0, 0]; // the memory store yields nothing for these
  const offset = Math.max(0, Math.ceil(from));
  if (Number.isNaN(limit) || limit === Infinity) return [offset, null];
  return [offset, Math.max(0, Math.ceil(from + limit) - offset)];
}

const names = (ids: readonly string[]) => ids.map((m) => `\`${m}\``).join(', ');

/** The SQL of one store, with its schema written in once (configure once, run many times). */
function statements(s: string) {
  return {
    getArticle: `SELECT json FROM ${s}.articles WHERE id = $1`,
    getArticles: `SELECT id, json FROM ${s}.articles WHERE id = ANY($1::text[])`,
    listArticles: `SELECT id, title, outlet, published, url, hash, added_at FROM ${s}.articles ORDER BY ord OFFSET $1 LIMIT $2`,
    countArticles: `SELECT count(*) AS n FROM ${s}.articles`,
    getStory: `SELECT json FROM ${s}.stories WHERE id = $1`,
    // Ties on updated_at are broken by id in byte order ("C"), the order of JS strings except when ids
    // differ by a character in U+E000–U+FFFF against one beyond U+FFFF (UTF-16 puts the latter first).
    listStories: `SELECT json FROM ${s}.stories WHERE $1::text IS NULL OR updated_at >= $1 ORDER BY updated_at DESC, id OFFSET $2 LIMIT $3`,
    storiesOfArticle: `SELECT story_id FROM ${s}.story_members WHERE article_id = $1`,
    getStoryline: `SELECT json FROM ${s}.storylines WHERE id = $1`,
    listStorylines: `SELECT json FROM ${s}.storylines ORDER BY updated_at DESC, id`,
    listFingerprints: `SELECT json FROM ${s}.fingerprints WHERE seq > $1::numeric ORDER BY seq LIMIT $2`,
    // Candidates first (GIN index, bigints only), then their JSON by batch: with the two in one query
    // and a LIMIT, the planner walks the `ord` index and reads every row's words for a rare word.
    searchCandidates: `SELECT ord FROM ${s}.articles WHERE words @> $1::text[] ORDER BY ord DESC LIMIT $2`,
    articlesByOrd: `SELECT json FROM ${s}.articles WHERE ord = ANY($1::bigint[])`,
    getMeta: `SELECT json FROM ${s}.meta WHERE key = $1`,
    // No conflict target: a clash on any unique key (id, hash, url) does nothing, and the read-back says which.
    insertArticle: `INSERT INTO ${s}.articles (id, hash, url, url_digest, added_at, title, outlet, published, words, json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
    clashingArticle: `SELECT (SELECT id FROM ${s}.articles WHERE hash = $1) AS by_hash, (SELECT id FROM ${s}.articles WHERE url_digest = $2) AS by_url, EXISTS (SELECT 1 FROM ${s}.articles WHERE id = $3) AS by_id`,
    existingArticles: `SELECT id FROM ${s}.articles WHERE id = ANY($1::text[])`,
    upsertStory: `INSERT INTO ${s}.stories (id, updated_at, json) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at, json = EXCLUDED.json`,
    dropStoryMembers: `DELETE FROM ${s}.story_members WHERE story_id = $1 AND NOT (article_id = ANY($2::text[]))`,
    addStoryMembers: `INSERT INTO ${s}.story_members (story_id, article_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    storyExists: `SELECT 1 FROM ${s}.stories WHERE id = $1`,
    storylineNaming: `SELECT l.id FROM ${s}.storyline_members m JOIN ${s}.storylines l ON l.id = m.storyline_id WHERE m.story_id = $1 ORDER BY l.ord LIMIT 1`,
    deleteStory: `DELETE FROM ${s}.stories WHERE id = $1`,
    existingStories: `SELECT id FROM ${s}.stories WHERE id = ANY($1::text[])`,
    upsertStoryline: `INSERT INTO ${s}.storylines (id, updated_at, json) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at, json = EXCLUDED.json`,
    dropStorylineMembers: `DELETE FROM ${s}.storyline_members WHERE storyline_id = $1 AND NOT (story_id = ANY($2::text[]))`,
    addStorylineMembers: `INSERT INTO ${s}.storyline_members (storyline_id, story_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    deleteStoryline: `DELETE FROM ${s}.storylines WHERE id = $1`,
    fingerprintSeq: `SELECT seq FROM ${s}.fingerprints WHERE article_id = $1`,
    articleExists: `SELECT 1 FROM ${s}.articles WHERE id = $1`,
    nextSeq: `SELECT coalesce(max(seq), 0) + 1 AS seq FROM ${s}.fingerprints`,
    insertFingerprint: `INSERT INTO ${s}.fingerprints (seq, article_id, json) VALUES ($1, $2, $3)`,
    setMeta: `INSERT INTO ${s}.meta (key, json) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET json = EXCLUDED.json`,
  };
}
type Sql = ReturnType<typeof statements>;

const rowsOf = async <R extends pg.QueryResultRow>(db: Db, text: string, values: unknown[] = []) => (await db.query<R>(text, values)).rows;
const jsonOf = async <T>(db: Db, text: string, values: unknown[]) => {
  const [row] = await rowsOf<{ json: string }>(db, text, values);
  return row ? (JSON.parse(row.json) as T) : null;
};
const jsonsOf = async <T>(db: Db, text: string, values: unknown[] = []) => (await rowsOf<{ json: string }>(db, text, values)).map((r) => JSON.parse(r.json) as T);

function reader(db: Db, sql: Sql): StoreReader {
  return {
    getArticle: (id) => jsonOf<StoredArticle>(db, sql.getArticle, [id]),
    getArticles: async (ids) => {
      const byId = new Map((await rowsOf<{ id: string; json: string }>(db, sql.getArticles, [[...ids]])).map((r) => [r.id, r.json]));
      return ids.flatMap((id) => {
        const json = byId.get(id);
        return json === undefined ? [] : [JSON.parse(json) as StoredArticle];
      });
    },
    listArticles: async (page) => {
      const rows = await rowsOf<{ id: string; title: string | null; outlet: string | null; published: string | null; url: string | null; hash: string; added_at: string }>(db, sql.listArticles, pageBounds(page));
      return rows.map((r): ArticleSummary => ({ id: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url, hash: r.hash, addedAt: r.added_at }));
    },
    countArticles: async () => Number((await rowsOf<{ n: string }>(db, sql.countArticles))[0]?.n ?? 0),
    getStory: (id) => jsonOf<StoredStory>(db, sql.getStory, [id]),
    listStories: async (options = {}) => {
      if (options.since !== undefined) assertTimestamp(options.since, '`since`');
      return jsonsOf<StoredStory>(db, sql.listStories, [options.since ?? null, ...pageBounds(options)]);
    },
    // Sorted here, not in SQL: JS string order is the memory store's order.
    storiesOfArticle: async (articleId) => (await rowsOf<{ story_id: string }>(db, sql.storiesOfArticle, [articleId])).map((r) => r.story_id).sort(),
    getStoryline: (id) => jsonOf<StoredStoryline>(db, sql.getStoryline, [id]),
    listStorylines: () => jsonsOf<StoredStoryline>(db, sql.listStorylines),
    listFingerprints: (afterSeq = 0, limit = Infinity) => {
      // As the memory store reads `limit`: stop once `limit` are taken (so 1.5 takes 2); NaN or Infinity takes all.
      const take = Number.isNaN(limit) || limit === Infinity ? null : Math.max(0, Math.ceil(limit));
      return jsonsOf<StoredFingerprint>(db, sql.listFingerprints, [afterSeq, take]);
    },
    search: async (query, options = {}) => {
      const terms = searchTerms(query);
      if (!terms.length) return [];
      const words = [...new Set(terms.map(cutWord))];
      const candidates = (await rowsOf<{ ord: string }>(db, sql.searchCandidates, [words, MAX_SEARCH_CANDIDATES])).map((r) => r.ord);
      const perArticle = [];
      // Parse a batch, keep only its hits (rankHits orders them, so the order they come in does not matter).
      for (let i = 0; i < candidates.length; i += SEARCH_BATCH) {
        for (const row of await rowsOf<{ json: string }>(db, sql.articlesByOrd, [candidates.slice(i, i + SEARCH_BATCH)])) {
          perArticle.push(findHits((JSON.parse(row.json) as StoredArticle).article, terms));
        }
      }
      return rankHits(perArticle, options.limit ?? 100);
    },
    getMeta: (key) => jsonOf<Json>(db, sql.getMeta, [key]),
  };
}

/**
 * The writes. `putArticle` is safe on the pool (its uniqueness rests on constraints); every other
 * write is only ever given a transaction's client, which holds the store's advisory lock, so its
 * checks (a story's members exist, the next seq) cannot be overtaken between check and write. The
 * checks come before any SQL change, so a write that throws leaves its transaction usable, as in the
 * memory store; the foreign keys only back them up.
 */
function writer(db: Db, sql: Sql): StoreWriter {
  const missingOf = async (ids: readonly string[], existing: string) => {
    const found = new Set((await rowsOf<{ id: string }>(db, existing, [[...ids]])).map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  };
  return {
    putArticle: async (article, addedAt) => {
      const { hash, url, json } = storableArticle(article, addedAt);
      const a = (JSON.parse(json) as StoredArticle).article;
      const urlDigest = url === null ? null : sha256(url);
      const inserted = await rowsOf(db, sql.insertArticle, [a.id, hash, url, urlDigest, addedAt, a.title ?? null, a.outlet ?? null, a.published ?? null, indexedWords(a), json]);
      if (inserted.length) return { kind: 'added', id: a.id } satisfies PutArticleResult;
      // A clash on a unique key does nothing once the clashing row is committed (PostgreSQL waits for
      // it), so this read, a new statement, sees that row. Same order of checks as the memory store.
      const [clash] = await rowsOf<{ by_hash: string | null; by_url: string | null; by_id: boolean }>(db, sql.clashingArticle, [hash, urlDigest, a.id]);
      if (clash?.by_hash != null) return { kind: 'duplicate', id: clash.by_hash, by: 'hash' };
      if (clash?.by_url != null) return { kind: 'duplicate', id: clash.by_url, by: 'url' };
      if (clash?.by_id) return { kind: 'rejected', message: idTaken(article) };
      throw new Error(`Cannot add article \`${a.id}\`: the insert clashed with a stored article, but no article with its id, content hash or URL was found after. Is another program deleting articles from the store?`);
    },
    putStory: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a story');
      const { id, articleIds } = record.story;
      const missing = await missingOf(articleIds, sql.existingArticles);
      if (missing.length) throw new Error(`Cannot put story \`${id}\`: expected every member to be a stored article, found unknown ${names(missing)}. Put the articles first.`);
      const json = toStorableJson(record, `story \`${id}\``);
      const members = [...new Set(articleIds)];
      await db.query(sql.upsertStory, [id, record.updatedAt, json]);
      await db.query(sql.dropStoryMembers, [id, members]);
      await db.query(sql.addStoryMembers, [id, members]);
    },
    deleteStory: async (id) => {
      if (!(await rowsOf(db, sql.storyExists, [id])).length) return;
      const [naming] = await rowsOf<{ id: string }>(db, sql.storylineNaming, [id]);
      if (naming) throw new Error(`Cannot delete story \`${id}\`: storyline \`${naming.id}\` still names it. Put the storyline without it first, in the same transaction.`);
      await db.query(sql.deleteStory, [id]);
    },
    putStoryline: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a storyline');
      const { id, storyIds } = record.storyline;
      const missing = await missingOf(storyIds, sql.existingStories);
      if (missing.length) throw new Error(`Cannot put storyline \`${id}\`: expected every story it names to be stored, found unknown ${names(missing)}. Put the stories first.`);
      const json = toStorableJson(record, `storyline \`${id}\``);
      const members = [...new Set(storyIds)];
      await db.query(sql.upsertStoryline, [id, record.updatedAt, json]);
      await db.query(sql.dropStorylineMembers, [id, members]);
      await db.query(sql.addStorylineMembers, [id, members]);
    },
    deleteStoryline: async (id) => {
      await db.query(sql.deleteStoryline, [id]);
    },
    appendFingerprint: async (articleId, terms, day) => {
      const [existing] = await rowsOf<{ seq: string }>(db, sql.fingerprintSeq, [articleId]);
      if (existing) return Number(existing.seq);
      if (!(await rowsOf(db, sql.articleExists, [articleId])).length) throw new Error(`Cannot append the fingerprint of \`${articleId}\`: expected a stored article, found none. Put the article first.`);
      if (!Array.isArray(terms) || terms.some((p) => typeof p?.[0] !== 'string' || !Number.isFinite(p[1]))) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected terms as [string, finite number] pairs`);
      if (day !== null && !Number.isInteger(day)) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected day as an integer or null, found ${day}`);
      // max + 1 under the transaction lock: gap-free and in commit order (never a sequence: see store.ts).
      const seq = Number((await rowsOf<{ seq: string }>(db, sql.nextSeq))[0]?.seq ?? 1);
      const json = toStorableJson({ seq, articleId, terms, day } satisfies StoredFingerprint, `the fingerprint of \`${articleId}\``);
      await db.query(sql.insertFingerprint, [seq, articleId, json]);
      return seq;
    },
    setMeta: async (key, value) => {
      const json = toStorableJson(value, `meta \`${key}\``);
      await db.query(sql.setMeta, [key, json]);
    },
  };
}

/** Why opening failed, with a hint when it is the connection (refused, unknown host, authentication, no such database). */
function describeOpenError(error: unknown): string {
  const e = error as { message?: string; code?: string; errors?: { message?: string }[] } | null;
  // Node reports a refused `localhost` (tried as ::1 and 127.0.0.1) as an AggregateError with an empty message.
  const message = e?.message || e?.errors?.map((x) => x.message).join('; ') || e?.code || String(error);
  const code = typeof e?.code === 'string' ? e.code : '';
  const withCode = code && !message.includes(code) ? `${message} (${code})` : message;
  // Node's socket errors (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) and SQLSTATE classes 08 (connection), 28 (authorisation), 3D (catalog: no such database).
  const connection = /^E[A-Z]+$|^08|^28|^3D/u.test(code) || /timeout/iu.test(message);
  return connection ? `${withCode}. Check that PostgreSQL is running there and that the URL's host, port, user, password and database are right` : withCode;
}

/**
 * Opens the PostgreSQL store at `url` (`postgres://user:password@host:5432/database`) in `schema`,
 * migrating it first. Any number of processes may open the same schema: the migrations run once
 * (advisory lock), and their transactions run one at a time (another advisory lock, per schema).
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  if (typeof url !== 'string' || !url.trim()) {
    // Refused rather than left to pg, which would fall back to PGHOST/PGUSER… and connect somewhere unasked.
    throw new TypeError(`Cannot open the PostgreSQL store: expected a connection URL like postgres://user@host:5432/database, found ${JSON.stringify(url)}`);
  }
  const schema = options.schema ?? 'parallax';
  const sql = statements(quoteIdentifier(schema));
  const where = redactUrl(url);
  if (options.max !== undefined && !(Number.isInteger(options.max) && options.max >= 1)) {
    throw new TypeError(`Cannot open the PostgreSQL store at ${where}: expected \`max\` (connections) as an integer of at least 1, found ${options.max}`);
  }
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, application_name: 'parallax' });
  // An idle client whose connection drops emits 'error' on the pool; unhandled, it would end the
  // process. The pool discards that client, and the next query opens a new connection.
  pool.on('error', () => undefined);
  // A connection the server drops while checked out (a restart, pg_terminate_backend) fails its query,
  // which the caller sees; without a listener its 'error' event would also crash the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await migrate(client, schema);
    } catch (error) {
      broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot open the PostgreSQL store at ${where} (schema "${schema}"): ${describeOpenError(error)}.`, { cause: error });
  }

  // BEGIN and the lock in one round trip (the key is our own digits, safe to inline). READ COMMITTED
  // on purpose, whatever the server's default: each statement then sees what the previous holder of
  // the lock committed. Under REPEATABLE READ the snapshot would be taken by the lock's own SELECT,
  // before the lock is granted, and a placement would miss the fingerprint appended just before it.
  const begin = `BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(${advisoryKey('transaction', schema)})`;
  const outside = reader(pool, sql);
  const inTransaction = new AsyncLocalStorage<true>();
  // Transactions of this process wait here, not in PostgreSQL, so a queue of them holds one connection, not the whole pool.
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const usable = (method: string) => {
    if (closed) throw new Error(`Cannot call \`${method}\`: the store is closed. Open it again.`);
    if (inTransaction.getStore()) throw new Error(`Cannot call \`store.${method}\` inside a transaction: it would wait for the transaction to end. Use the \`tx\` argument of the work function.`);
  };

  const runTransaction = async <T>(work: (tx: StoreTx) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let open = true;
    /** Set when the connection may be left mid-transaction: `release` then closes it instead of pooling it. */
    let discard: Error | undefined;
    const live = <F extends (...args: never[]) => Promise<unknown>>(name: string, f: F) => ((...args: Parameters<F>) => {
      if (!open) return Promise.reject(new Error(`Cannot call \`tx.${name}\`: its transaction has ended. Keep the work inside the transaction's function.`));
      return f(...args);
    }) as F;
    try {
      await client.query(begin).catch((error: Error) => {
        discard = error;
        throw error;
      });
      const tx = Object.fromEntries(Object.entries({ ...reader(client, sql), ...writer(client, sql) }).map(([name, f]) => [name, live(name, f)])) as unknown as StoreTx;
      let result: T;
      try {
        result = await inTransaction.run(true, () => work(tx));
      } catch (error) {
        open = false;
        await client.query('ROLLBACK').catch((e: Error) => (discard = e));
        throw error;
      }
      open = false;
      const done = await client.query('COMMIT').catch((error: Error) => {
        discard = error;
        throw error;
      });
      // A statement that failed inside the work (its error caught there) aborts the transaction, and
      // PostgreSQL then answers COMMIT with ROLLBACK, without an error: say so rather than report success.
      if (done.command !== 'COMMIT') throw new Error('Cannot commit the transaction: PostgreSQL rolled it back because a statement in it failed, and the work caught that error and went on. Let errors of `tx` calls end the work (or retry the whole transaction).');
      return result;
    } finally {
      open = false;
      client.release(discard);
    }
  };

  const transaction = <T>(work: (tx: StoreTx) => Promise<T>): Promise<T> => {
    usable('transaction');
    const run = queue.then(() => runTransaction(work));
    queue = run.catch(() => undefined);
    return run;
  };

  const guarded = <A extends unknown[], R>(name: string, f: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    try {
      usable(name);
    } catch (error) {
      return Promise.reject(error);
    }
    return f(...args);
  };
  const read = <K extends keyof StoreReader>(name: K) => guarded(name, outside[name] as (...a: unknown[]) => Promise<unknown>) as StoreReader[K];
  const write = <K extends keyof StoreWriter>(name: K) => guarded(name, (...args: unknown[]) => transaction((tx) => (tx[name] as (...a: unknown[]) => Promise<unknown>)(...args))) as StoreWriter[K];
  // putArticle alone needs no transaction lock: its dedup rests on unique constraints, so ingest
  // does not queue behind placements (whose transactions may re-derive a story).
  // Two inserts clashing on different unique keys of each other's uncommitted rows can, rarely, deadlock
  // inside PostgreSQL (40P01), which then aborts one: a put alone has changed nothing, so it is tried again.
  const pooledPut = writer(pool, sql).putArticle;
  const putAlone: StoreWriter['putArticle'] = async (article, addedAt) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await pooledPut(article, addedAt);
      } catch (error) {
        if ((error as { code?: unknown }).code !== '40P01' || attempt >= 3) throw error;
      }
    }
  };

  return {
    ...forwardCalls(read, write, { putArticle: guarded('putArticle', putAlone) }),
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
      await pool.end();
    },
  };
}
