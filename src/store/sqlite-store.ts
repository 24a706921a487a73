import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ReportArticle } from '../types.js';
import { idTaken, storableArticle } from './checks.js';
import { forwardCalls } from './facade.js';
import { findHits, MAX_SEARCH_CANDIDATES, rankHits, searchTerms } from './search-hits.js';
import { migrate } from './sqlite-migrations.js';
import { assertTimestamp, toStorableJson } from './storable-json.js';
import type { ArticleSummary, Json, Page, PutArticleResult, Store, StoredArticle, StoredFingerprint, StoredStory, StoredStoryline, StoreReader, StoreTx, StoreWriter } from './store.js';

/** The database file inside the library directory. */
export const DATABASE_FILE = 'library.sqlite';

/**
 * How long a transaction waits for the write lock held by another connection (another process, or another
 * Store on the same directory) before it gives up with an error. Far longer than one placement transaction
 * (milliseconds to a second), short enough that a stuck process is reported rather than waited on forever.
 */
const LOCK_WAIT_MS = 60_000;
/** The longest pause between two attempts at the write lock: the lock is usually free again within milliseconds. */
const LOCK_POLL_MAX_MS = 50;
/**
 * busy_timeout of the read connection. Reads in WAL mode never wait for a writer; they wait only in rare
 * moments (another process recovering the WAL after a crash), and then a short synchronous wait is fine.
 */
const READ_BUSY_MS = 5_000;

/**
 * The transactions the current async context runs inside. A call on a store whose file has one still open
 * is misuse: the store (or another Store on the same file) would wait for the transaction to end, which
 * waits for the call. `ended` is flipped when the transaction ends, so a timer the work left behind may
 * use the store afterwards.
 */
interface RunningTransaction { readonly file: string; ended: boolean }
const runningTransactions = new AsyncLocalStorage<readonly RunningTransaction[]>();

/**
 * The full-text token of a word as `searchTerms` folds it. The FTS5 `ascii` tokenizer splits only at ASCII
 * characters that are not letters or digits and folds only A–Z (every non-ASCII character is part of a
 * token), so every ASCII character of a folded word other than a–z and 0–9 (the apostrophe of "don't", the
 * space or parenthesis NFKC can bring, as in "⑴" → "(1)") is moved to Unicode plane 15 (private use, which
 * no word holds): each word becomes exactly one token, and two tokens are equal exactly when the words are. The
 * index then answers "which articles hold every query word" exactly as `findHits` decides it, with no
 * dependence on SQLite's Unicode tables (unicode61 knows Unicode 6.1 and folds case differently from
 * `toLocaleLowerCase`, e.g. final sigma).
 */
export function ftsToken(word: string): string {
  return word.replace(/[^a-z0-9\u0080-\u{10ffff}]/gu, (c) => String.fromCodePoint(0xf0000 + (c.codePointAt(0) as number)));
}

/**
 * What the full-text index holds for an article: its distinct words, folded as `findHits` folds them, from
 * the body (which holds the quotes and claims) and from the quotes' speakers and the claims' subjects and
 * claimants. Keep in step with the `extra` of `findHits` (search-hits.ts).
 */
export function articleWords(article: ReportArticle): string {
  const extra = [...(article.quotes ?? []).map((q) => q.speaker ?? ''), ...(article.claims ?? []).flatMap((c) => [c.subject, c.claimant ?? ''])];
  const words = new Set<string>();
  // A word never spans white space, so the words of a text are the words of its distinct space-separated
  // chunks: folding each distinct chunk once, not every occurrence, is what makes a 2 MB text quick to index.
  for (const chunk of new Set(`${article.text}\n${extra.join('\n')}`.split(/\s+/u))) for (const word of searchTerms(chunk)) words.add(word);
  return [...words].map(ftsToken).join(' ');
}

/** SQL LIMIT and OFFSET for a page, meaning what the memory store's paging means, odd values included. */
function sqlWindow(page: Page = {}): [limit: number, offset: number] {
  const offset = page.offset ?? 0;
  const end = offset + (page.limit ?? Infinity);
  const first = Math.max(0, Math.ceil(offset));
  if (Number.isNaN(offset) || first > Number.MAX_SAFE_INTEGER) return [0, 0];
  if (Number.isNaN(end) || end > Number.MAX_SAFE_INTEGER) return [-1, first];
  return [Math.max(0, Math.ceil(end) - first), first];
}

/** SQL LIMIT for listFingerprints: at most `limit` rows, as the memory store counts them. */
const sqlLimit = (limit: number) => (Number.isNaN(limit) || limit > Number.MAX_SAFE_INTEGER ? -1 : Math.max(0, Math.ceil(limit)));

/** The reads, prepared once per connection (better-sqlite3 statements belong to their connection). */
function readStatements(db: Database.Database) {
  return {
    article: db.prepare<[string], string>('SELECT b.json FROM articles AS a JOIN article_json AS b ON b.pos = a.pos WHERE a.id = ?').pluck(),
    // One query for many ids, in the order asked: json_each walks the array, the id index finds each row.
    articles: db.prepare<[string], string>(`SELECT b.json FROM json_each(?) AS j JOIN articles AS a ON a.id = j.value JOIN article_json AS b ON b.pos = a.pos WHERE j.type = 'text' ORDER BY j.key`).pluck(),
    listArticles: db.prepare<[number, number], ArticleSummary>('SELECT id, title, outlet, published, url, hash, added_at AS addedAt FROM articles ORDER BY pos LIMIT ? OFFSET ?'),
    countArticles: db.prepare<[], number>('SELECT count(*) FROM articles').pluck(),
    story: db.prepare<[string], string>('SELECT json FROM stories WHERE id = ?').pluck(),
    listStories: db.prepare<[number, number], string>('SELECT json FROM stories ORDER BY updated_at DESC, id LIMIT ? OFFSET ?').pluck(),
    listStoriesSince: db.prepare<[string, number, number], string>('SELECT json FROM stories WHERE updated_at >= ? ORDER BY updated_at DESC, id LIMIT ? OFFSET ?').pluck(),
    storiesOfArticle: db.prepare<[string], string>('SELECT story_id FROM story_members WHERE article_id = ? ORDER BY story_id').pluck(),
    storyline: db.prepare<[string], string>('SELECT json FROM storylines WHERE id = ?').pluck(),
    listStorylines: db.prepare<[], string>('SELECT json FROM storylines ORDER BY updated_at DESC, id').pluck(),
    fingerprints: db.prepare<[number, number], { seq: number; articleId: string; terms: string; day: number | null }>('SELECT seq, article_id AS articleId, terms, day FROM fingerprints WHERE seq > ? ORDER BY seq LIMIT ?'),
    // Candidates: the articles holding every query word (exactly: see ftsToken). findHits then finds the places.
    search: db.prepare<[string, number], string>('SELECT b.json FROM article_words AS w JOIN article_json AS b ON b.pos = w.rowid WHERE article_words MATCH ? ORDER BY w.rowid DESC LIMIT ?').pluck(),
    meta: db.prepare<[string], string>('SELECT json FROM meta WHERE key = ?').pluck(),
  };
}
type ReadStatements = ReturnType<typeof readStatements>;

/** The writes, prepared once on the write connection. */
function writeStatements(db: Database.Database) {
  return {
    idByHash: db.prepare<[string], string>('SELECT id FROM articles WHERE hash = ?').pluck(),
    idByUrl: db.prepare<[string], string>('SELECT id FROM articles WHERE url = ?').pluck(),
    hasArticle: db.prepare<[string], number>('SELECT 1 FROM articles WHERE id = ?').pluck(),
    insertArticle: db.prepare<[string, string, string | null, string, unknown, unknown, unknown]>('INSERT INTO articles (id, hash, url, added_at, title, outlet, published) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    insertJson: db.prepare<[number | bigint, string]>('INSERT INTO article_json (pos, json) VALUES (?, ?)'),
    insertWords: db.prepare<[number | bigint, string]>('INSERT INTO article_words (rowid, words) VALUES (?, ?)'),
    hasStory: db.prepare<[string], number>('SELECT 1 FROM stories WHERE id = ?').pluck(),
    // An upsert, not INSERT OR REPLACE: REPLACE deletes the row first, which the storylines' foreign key forbids.
    upsertStory: db.prepare<[string, string, string]>('INSERT INTO stories (id, updated_at, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, json = excluded.json'),
    clearStoryMembers: db.prepare<[string]>('DELETE FROM story_members WHERE story_id = ?'),
    addStoryMember: db.prepare<[string, string]>('INSERT INTO story_members (story_id, article_id) VALUES (?, ?)'),
    // The storyline named in the error: the first put, as the memory store names it.
    storylineNaming: db.prepare<[string], string>('SELECT m.storyline_id FROM storyline_members AS m JOIN storylines AS l ON l.id = m.storyline_id WHERE m.story_id = ? ORDER BY l.rowid LIMIT 1').pluck(),
    deleteStory: db.prepare<[string]>('DELETE FROM stories WHERE id = ?'),
    upsertStoryline: db.prepare<[string, string, string]>('INSERT INTO storylines (id, updated_at, json) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, json = excluded.json'),
    clearStorylineMembers: db.prepare<[string]>('DELETE FROM storyline_members WHERE storyline_id = ?'),
    addStorylineMember: db.prepare<[string, string]>('INSERT INTO storyline_members (storyline_id, story_id) VALUES (?, ?)'),
    deleteStoryline: db.prepare<[string]>('DELETE FROM storylines WHERE id = ?'),
    fingerprintSeq: db.prepare<[string], number>('SELECT seq FROM fingerprints WHERE article_id = ?').pluck(),
    lastSeq: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM fingerprints').pluck(),
    insertFingerprint: db.prepare<[number, string, string, number | null]>('INSERT INTO fingerprints (seq, article_id, terms, day) VALUES (?, ?, ?, ?)'),
    setMeta: db.prepare<[string, string]>('INSERT INTO meta (key, json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET json = excluded.json'),
    // IMMEDIATE takes the write lock at once, so two connections (two processes) never interleave their transactions.
    begin: db.prepare('BEGIN IMMEDIATE'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
  };
}
type WriteStatements = ReturnType<typeof writeStatements>;

/**
 * The reads over one connection. better-sqlite3 is synchronous, so each runs whole when called, in one
 * statement (one snapshot); `async` only turns its errors into rejections.
 */
function reader(s: ReadStatements): StoreReader {
  return {
    getArticle: async (id) => {
      const json = s.article.get(id);
      return json === undefined ? null : (JSON.parse(json) as StoredArticle);
    },
    getArticles: async (ids) => s.articles.all(JSON.stringify(ids)).map((json) => JSON.parse(json) as StoredArticle),
    listArticles: async (page) => s.listArticles.all(...sqlWindow(page)),
    countArticles: async () => s.countArticles.get() as number,
    getStory: async (id) => {
      const json = s.story.get(id);
      return json === undefined ? null : (JSON.parse(json) as StoredStory);
    },
    listStories: async (options = {}) => {
      const { since } = options;
      if (since !== undefined) assertTimestamp(since, '`since`');
      const rows = since === undefined ? s.listStories.all(...sqlWindow(options)) : s.listStoriesSince.all(since, ...sqlWindow(options));
      return rows.map((json) => JSON.parse(json) as StoredStory);
    },
    storiesOfArticle: async (articleId) => s.storiesOfArticle.all(articleId),
    getStoryline: async (id) => {
      const json = s.storyline.get(id);
      return json === undefined ? null : (JSON.parse(json) as StoredStoryline);
    },
    listStorylines: async () => s.listStorylines.all().map((json) => JSON.parse(json) as StoredStoryline),
    listFingerprints: async (afterSeq = 0, limit = Infinity) =>
      s.fingerprints.all(afterSeq, sqlLimit(limit)).map((row) => ({ seq: row.seq, articleId: row.articleId, terms: JSON.parse(row.terms) as StoredFingerprint['terms'], day: row.day })),
    search: async (query, options = {}) => {
      const terms = searchTerms(query);
      if (!terms.length) return [];
      // Every word quoted as one token: nothing of the user's query reaches FTS5's query syntax.
      const match = terms.map((t) => `"${ftsToken(t)}"`).join(' AND ');
      const perArticle = [];
      for (const json of s.search.iterate(match, MAX_SEARCH_CANDIDATES)) perArticle.push(findHits((JSON.parse(json) as StoredArticle).article, terms));
      return rankHits(perArticle, options.limit ?? 100);
    },
    getMeta: async (key) => {
      const json = s.meta.get(key);
      return json === undefined ? null : (JSON.parse(json) as Json);
    },
  };
}

/** The writes, run inside a transaction (BEGIN IMMEDIATE) on the write connection. Checks and messages are the memory store's. */
function writer(s: WriteStatements): StoreWriter {
  return {
    putArticle: async (article, addedAt) => {
      const { hash, url, json } = storableArticle(article, addedAt);
      const sameHash = s.idByHash.get(hash);
      if (sameHash !== undefined) return { kind: 'duplicate', id: sameHash, by: 'hash' } satisfies PutArticleResult;
      const sameUrl = url === null ? undefined : s.idByUrl.get(url);
      if (sameUrl !== undefined) return { kind: 'duplicate', id: sameUrl, by: 'url' };
      if (s.hasArticle.get(article.id) !== undefined) return { kind: 'rejected', message: idTaken(article) };
      // The summary columns come from the stored JSON, as what getArticle gives back.
      const a = (JSON.parse(json) as StoredArticle).article;
      const { lastInsertRowid: pos } = s.insertArticle.run(a.id, hash, url, addedAt, a.title ?? null, a.outlet ?? null, a.published ?? null);
      s.insertJson.run(pos, json);
      s.insertWords.run(pos, articleWords(a));
      return { kind: 'added', id: a.id };
    },
    putStory: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a story');
      const { id, articleIds } = record.story;
      const missing = articleIds.filter((a) => s.hasArticle.get(a) === undefined);
      if (missing.length) throw new Error(`Cannot put story \`${id}\`: expected every member to be a stored article, found unknown ${missing.map((m) => `\`${m}\``).join(', ')}. Put the articles first.`);
      const json = toStorableJson(record, `story \`${id}\``);
      s.upsertStory.run(id, record.updatedAt, json);
      s.clearStoryMembers.run(id);
      for (const articleId of new Set(articleIds)) s.addStoryMember.run(id, articleId);
    },
    deleteStory: async (id) => {
      if (s.hasStory.get(id) === undefined) return;
      const naming = s.storylineNaming.get(id);
      if (naming !== undefined) throw new Error(`Cannot delete story \`${id}\`: storyline \`${naming}\` still names it. Put the storyline without it first, in the same transaction.`);
      s.deleteStory.run(id); // its story_members go with it (ON DELETE CASCADE)
    },
    putStoryline: async (record) => {
      assertTimestamp(record.updatedAt, '`updatedAt` of a storyline');
      const { id, storyIds } = record.storyline;
      const missing = storyIds.filter((story) => s.hasStory.get(story) === undefined);
      if (missing.length) throw new Error(`Cannot put storyline \`${id}\`: expected every story it names to be stored, found unknown ${missing.map((m) => `\`${m}\``).join(', ')}. Put the stories first.`);
      s.upsertStoryline.run(id, record.updatedAt, toStorableJson(record, `storyline \`${id}\``));
      s.clearStorylineMembers.run(id);
      for (const storyId of new Set(storyIds)) s.addStorylineMember.run(id, storyId);
    },
    deleteStoryline: async (id) => {
      s.deleteStoryline.run(id); // its storyline_members go with it
    },
    appendFingerprint: async (articleId, terms, day) => {
      const existing = s.fingerprintSeq.get(articleId);
      if (existing !== undefined) return existing;
      if (s.hasArticle.get(articleId) === undefined) throw new Error(`Cannot append the fingerprint of \`${articleId}\`: expected a stored article, found none. Put the article first.`);
      if (!Array.isArray(terms) || terms.some((p) => typeof p?.[0] !== 'string' || !Number.isFinite(p[1]))) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected terms as [string, finite number] pairs`);
      if (day !== null && !Number.isInteger(day)) throw new TypeError(`Cannot append the fingerprint of \`${articleId}\`: expected day as an integer or null, found ${day}`);
      const json = toStorableJson(terms, `the fingerprint of \`${articleId}\``);
      // The write lock is held (BEGIN IMMEDIATE), so no other connection can take the same seq: no gaps, commit order.
      const seq = (s.lastSeq.get() as number) + 1;
      s.insertFingerprint.run(seq, articleId, json, day);
      return seq;
    },
    setMeta: async (key, value) => {
      s.setMeta.run(key, toStorableJson(value, `meta \`${key}\``));
    },
  };
}

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (a statement that needs the write lock) until the lock is free. The write connection's
 * busy_timeout is 0 and the waiting is done here, between timers: SQLite's own busy wait would block the
 * event loop, and a second Store on the same file in this process could then never finish the transaction
 * it is waiting for.
 */
async function whenUnlocked<T>(attempt: () => T, what: string, file: string): Promise<T> {
  const started = Date.now();
  for (let wait = 1; ; wait = Math.min(wait * 2, LOCK_POLL_MAX_MS)) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() - started >= LOCK_WAIT_MS) {
        throw new Error(`Cannot ${what}: expected the write lock of ${file} within ${LOCK_WAIT_MS / 1000} s, found it still held by another connection (another Parallax process on this library?). Stop it or try again later.`);
      }
    }
    await pause(wait);
  }
}

/** The directory, created if missing, or a clear error when the path is a file or cannot be created. */
function libraryDirectory(path: string): string {
  if (typeof path !== 'string' || !path) throw new TypeError(`Cannot open a SQLite library: expected a directory path, found ${JSON.stringify(path)}`);
  let isFile = false;
  try {
    isFile = !statSync(path).isDirectory();
  } catch {
    // Missing: created below.
  }
  if (isFile) throw new Error(`Cannot open the library at ${path}: expected a directory (the library keeps ${DATABASE_FILE} inside it), found a file. Give a directory path, e.g. ./.parallax/`);
  try {
    mkdirSync(path, { recursive: true });
    return realpathSync(path);
  } catch (error) {
    throw new Error(`Cannot open the library at ${path}: expected a directory that exists or can be created, found ${(error as NodeJS.ErrnoException).code ?? 'an error'} (${(error as Error).message}). Give a writable directory path.`);
  }
}

/** Opens both connections and brings the schema up to date, or closes what it opened and explains. */
async function connect(dir: string, file: string): Promise<{ writeDb: Database.Database; readDb: Database.Database }> {
  const opened: Database.Database[] = [];
  try {
    const writeDb = new Database(file, { timeout: 0 });
    opened.push(writeDb);
    const mode = await whenUnlocked(() => writeDb.pragma('journal_mode = WAL', { simple: true }), `open the library at ${dir}`, file);
    if (mode !== 'wal') throw new Error(`expected SQLite to use WAL journaling, found "${String(mode)}" (is the directory on a network file system?)`);
    // FULL, not NORMAL: NORMAL in WAL mode survives a killed process but may lose the last commits on a power
    // cut or OS crash, and callers acknowledge an article ("added") only once it is committed — a feed poller
    // may then never fetch it again. FULL syncs the WAL at each commit: measured on this machine (ext4,
    // shared) at 0.1 ms a commit on an idle disk and 1–2 ms while other jobs wrote, against 0.04–0.1 ms with
    // NORMAL; small next to analysing the article that the commit stores.
    writeDb.pragma('synchronous = FULL');
    writeDb.pragma('foreign_keys = ON');
    // A checkpoint reuses the WAL file but leaves it at its largest size (a batch of 2 MB articles); trim it back to 64 MB.
    writeDb.pragma('journal_size_limit = 67108864');
    // Migrations under the write lock: two processes opening a new library at once create the tables once.
    await whenUnlocked(() => writeDb.exec('BEGIN IMMEDIATE'), `open the library at ${dir}`, file);
    try {
      migrate(writeDb, dir);
      writeDb.exec('COMMIT');
    } finally {
      if (writeDb.inTransaction) writeDb.exec('ROLLBACK');
    }
    // A second connection for reads outside transactions: in WAL mode it reads the last committed state
    // while the write connection's transaction is open (a story page is not held up by a placement). Not
    // `readonly: true`, which cannot create the WAL index or recover a WAL; query_only refuses writes instead.
    const readDb = new Database(file, { timeout: READ_BUSY_MS });
    opened.push(readDb);
    readDb.pragma('query_only = ON');
    return { writeDb, readDb };
  } catch (error) {
    for (const db of opened) db.close();
    if (error instanceof Error && error.message.startsWith('Cannot open the library')) throw error;
    const reason = error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB'
      ? `expected ${DATABASE_FILE} to be a SQLite database, found something else. Move it away or choose another directory.`
      : `${(error as Error).message}`;
    throw new Error(`Cannot open the library at ${dir}: ${reason}`);
  }
}

/**
 * The embedded library: a SQLite database (`library.sqlite`) in the directory `path`, created with the
 * directory when missing. Writes go through one connection, one transaction at a time (an async queue in
 * this process, BEGIN IMMEDIATE across processes and Store instances); reads outside a transaction go
 * through a second connection that sees committed data only. Search finds candidate articles in an FTS5
 * index, then computes hits with `findHits`, so it answers exactly as the memory store.
 */
export async function openSqliteStore(path: string): Promise<Store> {
  const dir = libraryDirectory(path);
  const file = join(dir, DATABASE_FILE);
  const { writeDb, readDb } = await connect(path, file);
  const ws = writeStatements(writeDb);
  const outside = reader(readStatements(readDb));
  const insideReader = reader(readStatements(writeDb));
  const insideWriter = writer(ws);
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const usable = (method: string) => {
    if (closed) throw new Error(`Cannot call \`${method}\`: the store is closed. Open it again.`);
    if (runningTransactions.getStore()?.some((t) => t.file === file && !t.ended)) throw new Error(`Cannot call \`store.${method}\` inside a transaction: it would wait for the transaction to end. Use the \`tx\` argument of the work function.`);
  };

  const transaction = <T>(work: (tx: StoreTx) => Promise<T>): Promise<T> => {
    usable('transaction');
    const run = queue.then(async () => {
      await whenUnlocked(() => ws.begin.run(), 'start a transaction', file);
      const running: RunningTransaction = { file, ended: false };
      const live = <F extends (...args: never[]) => Promise<unknown>>(name: string, f: F) => ((...args: Parameters<F>) => {
        if (running.ended) return Promise.reject(new Error(`Cannot call \`tx.${name}\`: its transaction has ended. Keep the work inside the transaction's function.`));
        // SQLite rolls a transaction back by itself after some errors (disk full, I/O): writes must not go on in autocommit.
        if (!writeDb.inTransaction) return Promise.reject(new Error(`Cannot call \`tx.${name}\`: SQLite rolled the transaction back after an earlier error; nothing of it is stored.`));
        return f(...args);
      }) as F;
      const tx = Object.fromEntries(Object.entries({ ...insideReader, ...insideWriter }).map(([name, f]) => [name, live(name, f)])) as unknown as StoreTx;
      try {
        const result = await runningTransactions.run([...(runningTransactions.getStore() ?? []), running], () => work(tx));
        running.ended = true;
        if (!writeDb.inTransaction) throw new Error('Cannot commit the transaction: SQLite rolled it back after an error in its work; nothing of it is stored.');
        ws.commit.run();
        return result;
      } catch (error) {
        if (writeDb.inTransaction) ws.rollback.run();
        throw error;
      } finally {
        running.ended = true;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const read = <K extends keyof StoreReader>(name: K) => (async (...args: unknown[]) => {
    usable(name);
    return (outside[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as StoreReader[K];
  const write = <K extends keyof StoreWriter>(name: K) => (async (...args: unknown[]) => {
    usable(name);
    return transaction((tx) => (tx[name] as (...a: unknown[]) => Promise<unknown>)(...args));
  }) as StoreWriter[K];

  return {
    ...forwardCalls(read, write),
    transaction: async <T>(work: (tx: StoreTx) => Promise<T>) => transaction(work),
    close: async () => {
      if (closed) return;
      closed = true;
      await queue;
      // Closing the last connection checkpoints the WAL into the database file and removes it.
      readDb.close();
      writeDb.close();
    },
  };
}
