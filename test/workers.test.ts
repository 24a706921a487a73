import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { openLibrary } from '../src/library/library.js';
import { syntheticArticles, toRecord } from '../src/library/synthetic.js';
import type { Library } from '../src/library/types.js';
import { extractArticle } from '../src/extract/extract.js';
import { recordToDocument } from '../src/ingest/records.js';
import { createLogger } from '../src/ops/log.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import type { ExtractedArticle } from '../src/types.js';
import { enqueueInputs } from '../src/worker/enqueue.js';
import { startWorker, type RunningWorker } from '../src/worker/run-worker.js';

const base = process.env.DATABASE_URL;
if (!base) console.warn('test/workers.test.ts: skipped, set DATABASE_URL to run (e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/test)');
const suite = base ? describe : describe.skip;

/** A database of its own, so the queue, the store and the worker tables of this file touch nothing else. */
let url = '';
let dbName = '';
const dir = mkdtempSync(join(tmpdir(), 'parallax-workers-'));
const quiet = createLogger({ write: () => {} });

const admin = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  if (!base) return;
  dbName = `px_workers_${process.pid}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`create database ${dbName}`));
  const u = new URL(base);
  u.pathname = `/${dbName}`;
  url = u.toString();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!base) return;
  await admin(async (c) => {
    await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]);
    await c.query(`drop database if exists ${dbName}`);
  });
});

const extracted = (events: number, perEvent: number, seed: number): ExtractedArticle[] =>
  syntheticArticles(events, perEvent, seed).map((a, i) => {
    const doc = recordToDocument(toRecord(a), 'synthetic', a.id, undefined, i);
    if ('severity' in doc) throw new Error(doc.reason);
    return extractArticle(doc).article;
  });

/** Waits until no job is left in the queue (or fails after `ms`). */
async function drained(ms: number): Promise<void> {
  const until = Date.now() + ms;
  while ((await queueCount()) > 0) {
    if (Date.now() > until) throw new Error('the queue did not drain in time');
    await new Promise((r) => setTimeout(r, 300));
  }
}
/** Jobs still to run (failed-for-good jobs aside). */
async function queueCount(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from graphile_worker.jobs where attempts < max_attempts');
    return Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

/** Every stored article in exactly one story, no duplicates, nothing stale. */
async function consistent(library: Library, expected: number): Promise<void> {
  expect(await library.store.countArticles()).toBe(expected);
  const members = (await library.store.listStories()).flatMap((s) => s.story.articleIds);
  expect(members).toHaveLength(expected);
  expect(new Set(members).size).toBe(expected);
  const dirty = await library.store.getMeta('library.dirty');
  expect(Array.isArray(dirty) ? dirty : []).toEqual([]);
  for (const { story } of await library.store.listStories()) expect(story.sources.flat().sort()).toEqual([...story.articleIds].sort());
}

suite('workers on PostgreSQL', () => {
  it('two processes adding articles of the same events at the same moment end with one story per event', { timeout: 120_000 }, async () => {
    const articles = extracted(3, 2, 21);
    const a = await openLibrary({ store: await openPostgresStore(url, { schema: 'race' }) });
    const b = await openLibrary({ store: await openPostgresStore(url, { schema: 'race' }) });
    try {
      // Each library is its own pool, as two worker processes would have; the pairs race.
      await Promise.all([a.add(articles.filter((_, i) => i % 2 === 0)), b.add(articles.filter((_, i) => i % 2 === 1))]);
      await a.refresh();
      const stories = (await a.store.listStories()).map((s) => [...s.story.articleIds].sort());
      expect(stories.sort()).toEqual([['syn-0-0', 'syn-0-1'], ['syn-1-0', 'syn-1-1'], ['syn-2-0', 'syn-2-1']]);
      const fps = await a.store.listFingerprints(0, 100);
      expect(fps.map((f) => f.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('two workers drain queued articles: each stored once, each in one story, every grown story re-derived', { timeout: 180_000 }, async () => {
    const input = join(dir, 'batch.jsonl');
    writeFileSync(input, syntheticArticles(6, 4, 5).map((x) => JSON.stringify(toRecord(x))).join('\n'));
    const queued = await enqueueInputs(url, [input]);
    expect(queued.jobs).toBe(24);
    await enqueueInputs(url, [input]); // queued again: the same job keys, so still one job per article
    expect(await queueCount()).toBe(24);
    const workers = await Promise.all([0, 1].map(() => startWorker({ databaseUrl: url, concurrency: 2, logger: quiet, cron: false, pollIntervalMs: 200 })));
    try {
      await drained(150_000);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    const library = await openLibrary({ store: await openPostgresStore(url) });
    try {
      await consistent(library, 24);
    } finally {
      await library.close();
    }
    // parallax status reads the queue: jobs finished, none left, the job log's rate.
    let out = '';
    expect(await main(['status', '--json'], { stdout: (t) => void (out += t), stderr: () => {}, stderrIsTTY: false, env: { DATABASE_URL: url } })).toBe(0);
    const status = JSON.parse(out) as { articles: number; addedLastMinute: number; queue: { tasks: { ready: number; running: number }[]; jobsPerSecond: { lastMinute: number }; workers: unknown[] } };
    expect(status.articles).toBe(24);
    expect(status.addedLastMinute).toBe(24);
    expect(status.queue.tasks.every((t) => t.ready === 0 && t.running === 0)).toBe(true);
    expect(status.queue.jobsPerSecond.lastMinute).toBeGreaterThanOrEqual(24 / 60);
  });

  it('a worker killed with -9 mid-job loses nothing: another releases its job and runs it once', { timeout: 120_000 }, async () => {
    let requests = 0;
    let child: ChildProcess | null = null;
    const server: Server = createServer((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      requests++;
      const body = `<html><head><title>Ferry strike halts Ostmark crossings</title></head><body><article><h1>Ferry strike halts Ostmark crossings</h1><p>${'Crews on the Ostmark ferries walked out on Tuesday, stranding 3,000 travellers, the operator said. '.repeat(5)}</p></article></body></html>`;
      // The first request hangs (the worker is killed while it waits); later ones answer at once.
      if (requests === 1) return;
      res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/ferry-strike`;
    let rescuer: RunningWorker | null = null;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', 'test/support/cli-entry.ts', 'worker', '--concurrency', '1', '--allow-private'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' });
      await enqueueInputs(url, [page]);
      const until = Date.now() + 60_000;
      while (requests === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(requests).toBe(1); // the child holds the job, mid-fetch
      child.kill('SIGKILL');
      await new Promise((r) => child?.once('exit', r));
      rescuer = await startWorker({ databaseUrl: url, concurrency: 1, logger: quiet, cron: false, pollIntervalMs: 200, heartbeatMs: 500, staleSeconds: 2, fetch: { allowPrivate: true } });
      await drained(60_000);
      const library = rescuer.library;
      const hits = await library.store.search('Ostmark ferries');
      expect(new Set(hits.map((h) => h.article)).size).toBe(1);
    } finally {
      child?.kill('SIGKILL');
      await rescuer?.stop();
      server.close();
    }
  });

  it('survives the database dropping every connection mid-run (as in a restart): nothing lost, nothing duplicated', { timeout: 180_000 }, async () => {
    const input = join(dir, 'restart.jsonl');
    writeFileSync(input, syntheticArticles(5, 4, 99, 'restart').map((x) => JSON.stringify(toRecord(x))).join('\n'));
    await enqueueInputs(url, [input]);
    const library = await openLibrary({ store: await openPostgresStore(url) });
    const before = await library.store.countArticles();
    const worker = await startWorker({ databaseUrl: url, concurrency: 2, logger: quiet, cron: false, pollIntervalMs: 200 });
    try {
      const until = Date.now() + 60_000;
      while ((await library.store.countArticles()) < before + 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      const { rowCount } = await admin((c) => c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]));
      expect(rowCount).toBeGreaterThan(0);
      await drained(150_000);
    } finally {
      await worker.stop();
    }
    const check = await openLibrary({ store: await openPostgresStore(url) });
    try {
      await check.refresh();
      await consistent(check, before + 20);
    } finally {
      await check.close();
      await library.close().catch(() => {});
    }
  });
});
