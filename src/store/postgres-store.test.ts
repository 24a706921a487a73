import { basename } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { storeContract } from './contract.js';
import { createMemoryStore } from './memory-store.js';
import { advisoryKey, MIGRATIONS, migrate, quoteIdentifier } from './postgres-migrations.js';
import { openPostgresStore, redactUrl } from './postgres-store.js';
import type { Store } from './store.js';
import { testArticle } from './testing.js';

// These tests need a PostgreSQL server: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run src/store/postgres-store.test.ts
const url = process.env.DATABASE_URL;
const AT = '2031-06-01T08:00:00.000Z';

/** Every test works in schemas of its own, dropped after it, so tests and runs never see each other's data. */
const made = new Set<string>();
const schemaFor = (path: string) => {
  // The contract hands each test a fresh temp dir: its unique name becomes the schema, so reopening the path reaches the same data.
  const schema = `px_test_${basename(path).replace(/\W/gu, '_')}`;
  made.add(schema);
  return schema;
};
let serial = 0;
const freshSchema = () => schemaFor(`${process.pid}_${Date.now().toString(36)}_${++serial}`);

const admin = url ? new pg.Pool({ connectionString: url, max: 2 }) : null;
/** Stores opened by a test outside the contract (which closes its own in its inner afterEach, run before this one). */
const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const schema of [...made]) await admin?.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
  made.clear();
});
afterAll(async () => {
  await admin?.end();
});

const open = async (schema: string, max?: number) => {
  const store = await openPostgresStore(url as string, max === undefined ? { schema } : { schema, max });
  opened.push(store);
  return store;
};

/**
 * Resolves once PostgreSQL shows a session waiting for the transaction lock of `schema`: a
 * deterministic "the other store is now blocked", with no sleeping. pg_locks shows a bigint advisory
 * key as its high and low 32 bits (classid, objid) with objsubid 1.
 */
async function someoneWaitsForTransactionLock(schema: string, stopped: () => boolean): Promise<'waiting' | 'stopped'> {
  const key = BigInt.asUintN(64, BigInt(advisoryKey('transaction', schema)));
  while (!stopped()) {
    const { rows } = await (admin as pg.Pool).query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1::oid AND objid = $2::oid AND objsubid = 1", [String(key >> 32n), String(key & 0xffffffffn)]);
    if (Number(rows[0]?.n) > 0) return 'waiting';
    await new Promise((resolve) => setImmediate(resolve));
  }
  return 'stopped';
}

if (url) {
  storeContract('postgres', (path) => openPostgresStore(url, { schema: schemaFor(path) }), { persistent: true });
} else {
  console.info('postgres-store.test.ts: skipped, set DATABASE_URL to run (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)');
  describe.skip('store contract: postgres — set DATABASE_URL to run', () => {
    it('set DATABASE_URL to run', () => undefined);
  });
}

describe.skipIf(!url)('postgres store: across processes (two pools) — set DATABASE_URL to run', () => {
  it('never interleaves transactions of two stores: the second waits in PostgreSQL for the advisory lock', async () => {
    const schema = freshSchema();
    const [a, b] = [await open(schema), await open(schema)];
    const log: string[] = [];
    let inA!: () => void;
    const aStarted = new Promise<void>((resolve) => (inA = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = a.transaction(async (tx) => {
      log.push('a:start');
      inA();
      await gate;
      await tx.setMeta('holder', 'a');
      log.push('a:end');
    });
    await aStarted;
    const second = b.transaction(async (tx) => {
      log.push('b:start');
      expect(await tx.getMeta('holder')).toBe('a'); // it sees what the first committed
      log.push('b:end');
    });
    let settled = false;
    try {
      // Either B shows up waiting for the lock, or (were there no lock) it runs to its end first.
      expect(await Promise.race([someoneWaitsForTransactionLock(schema, () => settled), second.then(() => 'ran unlocked')])).toBe('waiting');
      expect(log).toEqual(['a:start']);
    } finally {
      settled = true;
      release();
    }
    await Promise.all([first, second]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('never loses a read-modify-write when two stores race many transactions', async () => {
    const schema = freshSchema();
    const stores = [await open(schema), await open(schema)];
    const bump = (store: Store) => store.transaction(async (tx) => {
      const n = ((await tx.getMeta('counter')) as number | null) ?? 0;
      await tx.getArticle('nothing'); // one more round trip between the read and the write
      await tx.setMeta('counter', n + 1);
    });
    await Promise.all(Array.from({ length: 30 }, (_, i) => bump(stores[i % 2] as Store)));
    expect(await stores[0]?.getMeta('counter')).toBe(30);
  });

  it('gives gap-free seqs 1..N to fingerprints appended concurrently by two stores, rollbacks included', async () => {
    const schema = freshSchema();
    const [a, b] = [await open(schema), await open(schema)];
    const ids = Array.from({ length: 40 }, (_, i) => `f${i}`);
    for (const id of ids) await a.putArticle(testArticle({ id, text: `Article ${id} about the Tarrow ferry.`, outlet: 'Tarrow Post' }), AT);
    const appends = ids.flatMap((id, i) => [
      (i % 2 ? a : b).appendFingerprint(id, [['tarrow', i]], i),
      // Every third article is also appended by the other store (a retried job): it keeps one seq.
      ...(i % 3 === 0 ? [(i % 2 ? b : a).appendFingerprint(id, [['retry', 1]], null)] : []),
      // And a transaction that appends, then fails, leaves no gap.
      ...(i % 7 === 0 ? [(i % 2 ? b : a).transaction(async (tx) => {
        await tx.appendFingerprint(id, [['doomed', 1]], null);
        throw new Error('rolled back');
      }).catch(() => -1)] : []),
    ]);
    await Promise.all(appends);
    const fingerprints = await b.listFingerprints();
    expect(fingerprints.map((f) => f.seq)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(fingerprints.map((f) => f.articleId))).toEqual(new Set(ids));
    for (const id of ids) expect(await a.appendFingerprint(id, [], null)).toBe(fingerprints.find((f) => f.articleId === id)?.seq);
  });

  it('stores one row when two stores put the same article at once, under its id or another', async () => {
    const schema = freshSchema();
    const [a, b] = [await open(schema), await open(schema)];
    const article = testArticle({ id: 'r1', text: 'The Selvin dam spillway opened at dawn.', outlet: 'Selvin Gazette', url: 'https://gazette.example/dam' });
    const results = await Promise.all([a.putArticle(article, AT), b.putArticle(article, AT), b.putArticle({ ...article, id: 'r1-b' }, AT), a.putArticle({ ...article, id: 'r1-c', text: 'Other text.' }, AT)]);
    expect(results.filter((r) => r.kind === 'added')).toHaveLength(1);
    expect(new Set(results.map((r) => (r.kind === 'rejected' ? null : r.id))).size).toBe(1);
    expect(await a.countArticles()).toBe(1);
  });

  it('runs the migrations once when two opens race, and records each version once', async () => {
    const schema = freshSchema();
    const [a, b] = await Promise.all([openPostgresStore(url as string, { schema }), openPostgresStore(url as string, { schema })]);
    opened.push(a, b);
    await a.setMeta('k', 1);
    expect(await b.getMeta('k')).toBe(1);
    const { rows } = await (admin as pg.Pool).query<{ version: number }>(`SELECT version FROM ${quoteIdentifier(schema)}.schema_migrations ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('migrate: of two racing clients, one applies every migration and the other none', async () => {
    const schema = freshSchema();
    const pools = [new pg.Pool({ connectionString: url, max: 1 }), new pg.Pool({ connectionString: url, max: 1 })];
    try {
      const clients = await Promise.all(pools.map((p) => p.connect()));
      const outcomes = await Promise.allSettled(clients.map((c) => migrate(c, schema)));
      for (const c of clients) c.release(true);
      const applied = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : [`failed: ${String(o.reason)}`]));
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(applied.some((versions) => versions.length === 0)).toBe(true);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});

describe.skipIf(!url)('postgres store: adapter details — set DATABASE_URL to run', () => {
  it('keeps JSON exactly, object key order included (stored as text: jsonb would sort keys)', async () => {
    const store = await open(freshSchema());
    const value = { zeta: 1, alpha: { b: [1.5, 1e-7, 1e21, -0, 'x\\u0000y'], a: null }, mid: 'tab\there "quoted" \u2028' };
    await store.setMeta('ordered', value);
    expect(JSON.stringify(await store.getMeta('ordered'))).toBe(JSON.stringify(value));
    const article = testArticle({ id: 'k1', text: 'The Wend river rose.', outlet: 'Wend Weekly' });
    await store.putArticle(article, '2031-06-01T08:00:00.123456789Z');
    const got = await store.getArticle('k1');
    expect(JSON.stringify(got?.article)).toBe(JSON.stringify(article));
    expect(got?.addedAt).toBe('2031-06-01T08:00:00.123456789Z');
  });

  it('finds what the memory store finds, hit for hit, where PostgreSQL would split words differently', async () => {
    const articles = [
      testArticle({ id: 'w1', text: "Don't cross the Ambry causeway. O’Neill said 9,000 cars use courier.example daily.", outlet: 'Ambry Times', quotes: [{ text: "Don't cross the Ambry causeway", speaker: 'Fen O’Neill' }] }),
      testArticle({ id: 'w2', text: `The code ${'x'.repeat(80)}yz was found. Ünïcode İstanbul ﬁsh.`, outlet: 'Ambry Times' }),
      testArticle({ id: 'w3', text: 'Mail ops@harbour.example or call 555-0100.', outlet: 'Harbour Note', claims: [{ text: '555', subject: 'line', claimant: 'harbour office', value: 555 }] }),
    ];
    const memory = await createMemoryStore();
    const store = await open(freshSchema());
    for (const a of articles) {
      await memory.putArticle(a, AT);
      await store.putArticle(a, AT);
    }
    const queries = ["don't", 'don', 't', '9', '000', '9,000', 'courier', 'example', 'courier.example', 'o’neill', "O'Neill", 'fen', `${'x'.repeat(80)}yz`, `${'x'.repeat(80)}`, 'istanbul', 'fish', 'İstanbul', 'ops', 'harbour office', '555', 'a & b | !c', "'); DROP TABLE articles; --", ':* <-> !!', 'mail ops'];
    for (const q of queries) expect(await store.search(q), q).toEqual(await memory.search(q));
    await memory.close();
  });

  it('refuses to open a schema migrated by a newer Parallax, naming the version', async () => {
    const schema = freshSchema();
    await (await open(schema)).close();
    await (admin as pg.Pool).query(`INSERT INTO ${quoteIdentifier(schema)}.schema_migrations (version, name) VALUES (999, 'from the future')`);
    await expect(openPostgresStore(url as string, { schema })).rejects.toThrow(/^Cannot open the PostgreSQL store at .*expected the schema's migrations to be at most version 1, found version 999, applied by a newer Parallax/);
  });

  it('refuses a schema name PostgreSQL would cut, with a clear message', async () => {
    await expect(openPostgresStore(url as string, { schema: 'x'.repeat(64) })).rejects.toThrow(/at most 63 bytes/);
  });

  it('says when PostgreSQL rolled a transaction back because the work swallowed a failed statement', async () => {
    const store = await open(freshSchema());
    await expect(store.transaction(async (tx) => {
      await tx.setMeta('k', 1);
      // A statement that fails inside PostgreSQL aborts the transaction: here a key longer than a B-tree
      // entry may be (~2.7 kB), made of varied characters so that compression cannot shrink it.
      const huge = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20_000))).join('');
      await tx.setMeta(huge, 1).catch(() => undefined);
    })).rejects.toThrow(/rolled it back/);
    expect(await store.getMeta('k')).toBeNull();
  });
});

describe('postgres store: opening (no server needed)', () => {
  it('names the URL, without its password, when the connection is refused', async () => {
    const error = await openPostgresStore('postgres://ingest:s3cret@127.0.0.1:1/library').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cannot open the PostgreSQL store at postgres:\/\/ingest@127\.0\.0\.1:1\/library \(schema "parallax"\): .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('redacts passwords in URLs of any shape', () => {
    expect(redactUrl('postgres://u:p%40ss@db.example:5432/lib?sslmode=require&password=x')).toBe('postgres://u@db.example:5432/lib?sslmode=require');
    expect(redactUrl('postgres://db.example/lib')).toBe('postgres://db.example/lib');
    expect(redactUrl('not a url //u:pw@host')).toBe('not a url //u@host');
  });

  it('refuses a missing URL rather than fall back to PG* environment variables', async () => {
    await expect(openPostgresStore(undefined as unknown as string)).rejects.toThrow(/expected a connection URL like postgres:\/\/user@host:5432\/database, found undefined/);
  });

  it('refuses a bad pool size before connecting', async () => {
    await expect(openPostgresStore('postgres://u@127.0.0.1:1/x', { max: 0 })).rejects.toThrow(/`max`.*at least 1, found 0/);
  });
});
