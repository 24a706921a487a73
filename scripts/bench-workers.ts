/**
 * Workers against PostgreSQL: end-to-end throughput of `parallax worker` processes draining a queue
 * of dev-set articles (extract, annotate, profile, place under the advisory lock, re-derive stories),
 * with 1 and with 2 worker processes, in a database of its own. Run by `npm run bench` when
 * DATABASE_URL is set, or alone: `DATABASE_URL=… npx tsx scripts/bench-workers.ts [ARTICLES]`.
 * Prints figures the capacity plan (docs/scaling.md) is built on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import { enqueueInputs } from '../src/worker/enqueue.js';

export interface WorkerBenchRow {
  readonly what: string;
  readonly unit: string;
  readonly value: number;
  readonly note?: string;
}

/** Up to `n` dev-set articles as JSONL records: AllSides articles, GVA reports, NeuS leads. */
function devArticles(n: number): string[] | null {
  const records: string[] = [];
  const add = (r: Record<string, unknown>) => records.length < n && records.push(JSON.stringify(r));
  const allsides = sharedPath('data/article-bias-allsides/media_train_sample.jsonl');
  const gva = sharedPath('data/gva-incidents/articles.jsonl');
  const neus = sharedPath('data/neus-allsides/neus_train.jsonl');
  if (!allsides || !gva || !neus) return null;
  for (const line of readFileSync(allsides, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { ID: string; title: string; content_original: string; source: string; date: string };
    add({ id: `as-${r.ID}`, title: r.title, text: r.content_original, outlet: r.source, published: r.date });
  }
  for (const line of readFileSync(gva, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { doc_id: string; title?: string; content?: string; dct?: string };
    add({ id: `gva-${r.doc_id}`, title: r.title ?? null, text: r.content ?? '', published: r.dct ?? null });
  }
  for (const line of readFileSync(neus, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as { id: string; articles: { title: string; text: string }[] };
    r.articles.forEach((a, i) => add({ id: `neus-${r.id}-${i}`, title: a.title, text: a.text }));
  }
  return records;
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const dbUrl = (base: string, name: string) => Object.assign(new URL(base), { pathname: `/${name}` }).toString();

/** One run: a fresh database, the articles queued, `workers` processes started, timed until the queue is empty. */
async function run(base: string, file: string, count: number, workers: number): Promise<{ seconds: number; enqueueSeconds: number; dbBytes: number; taskMs: Record<string, number> }> {
  const name = `px_bench_workers_${workers}_${process.pid}`;
  await withClient(base, async (c) => {
    await c.query(`drop database if exists ${name}`);
    await c.query(`create database ${name}`);
  });
  const url = dbUrl(base, name);
  const children: ChildProcess[] = [];
  try {
    let started = performance.now();
    await enqueueInputs(url, [file]);
    const enqueueSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    for (let i = 0; i < workers; i++) {
      children.push(spawn(process.execPath, ['--import', 'tsx', 'test/support/cli-entry.ts', 'worker', '--concurrency', '1'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' }));
    }
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      const left = await withClient(url, async (c) => Number((await c.query<{ n: string }>('select count(*) as n from graphile_worker.jobs where attempts < max_attempts')).rows[0]?.n));
      if (left === 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const { dbBytes, taskMs } = await withClient(url, async (c) => {
      const size = await c.query<{ n: string }>('select pg_database_size(current_database()) as n');
      const tasks = await c.query<{ task: string; ms: number }>('select task, avg(ms)::float as ms from parallax_ops.job_log where ok group by task');
      return { dbBytes: Number(size.rows[0]?.n), taskMs: Object.fromEntries(tasks.rows.map((t) => [t.task, t.ms])) };
    });
    const stored = await withClient(url, async (c) => Number((await c.query<{ n: string }>('select count(*) as n from parallax.articles')).rows[0]?.n));
    if (stored < count * 0.95) throw new Error(`only ${stored} of ${count} articles were stored`);
    return { seconds, enqueueSeconds, dbBytes, taskMs };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await withClient(base, async (c) => {
      await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      await c.query(`drop database if exists ${name}`);
    });
  }
}

export async function benchWorkers(count = 10_000): Promise<WorkerBenchRow[]> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error('bench: workers skipped (set DATABASE_URL to measure them against PostgreSQL)');
    return [];
  }
  const records = devArticles(count);
  if (!records) {
    console.error(missingMessage('data/article-bias-allsides, data/gva-incidents and data/neus-allsides'));
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-workers-'));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, records.join('\n'));
  const words = records.reduce((n, r) => n + String((JSON.parse(r) as { text: string }).text).split(/\s+/).length, 0);
  try {
    const one = await run(base, file, records.length, 1);
    const two = await run(base, file, records.length, 2);
    const note = `${records.length} dev-set articles (AllSides, GVA, NeuS; ${Math.round(words / records.length)} words on average), worker processes with --concurrency 1, queue drained including re-derive jobs; this machine has 2 cores`;
    const per = (ms: Record<string, number>) => Object.entries(ms).map(([t, v]) => `${t.replace('parallax_', '')} ${v.toFixed(1)} ms`).join(', ');
    return [
      { what: 'workers: enqueue (read files, queue one job per article)', unit: 'articles/s', value: records.length / one.enqueueSeconds, note },
      { what: 'workers: 1 process, end to end', unit: 'articles/s', value: records.length / one.seconds, note: `mean job time: ${per(one.taskMs)}` },
      { what: 'workers: 2 processes, end to end', unit: 'articles/s', value: records.length / two.seconds, note: `mean job time: ${per(two.taskMs)}` },
      { what: 'workers: 2-process / 1-process throughput', unit: 'ratio', value: one.seconds / two.seconds, note },
      { what: 'workers: database size per article (articles, stories, index, queue log)', unit: 'KB/article', value: two.dbBytes / 1024 / records.length, note: `${(two.dbBytes / 1024 / 1024).toFixed(0)} MB for ${records.length} articles` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchWorkers(Number(process.argv[2] ?? 10_000));
  console.log('| what | value | unit | note |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.value.toFixed(2)} | ${r.unit} | ${r.note ?? ''} |`);
}
