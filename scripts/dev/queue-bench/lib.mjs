// Shared helpers for the queue benchmark (graphile-worker vs pg-boss).
import pg from 'pg';
import os from 'node:os';

export const BASE = process.env.PGBASE ?? 'postgres://postgres@127.0.0.1:5432';
export const dbUrl = (db) => `${BASE}/${db}`;

/** Busy-wait `ms` milliseconds: stands in for a CPU-bound Parallax stage. */
export function busy(ms) {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x++;
  return x;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Create database `db` if missing (connects to `test`). */
export async function ensureDb(db) {
  const c = new pg.Client({ connectionString: dbUrl('test') });
  await c.connect();
  const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [db]);
  if (!rowCount) await c.query(`create database ${db}`);
  await c.end();
}

export async function dropDb(db) {
  const c = new pg.Client({ connectionString: dbUrl('test') });
  await c.connect();
  await c.query(`drop database if exists ${db} with (force)`);
  await c.end();
}

/** Drop a schema so that every run starts from an empty, freshly migrated queue. */
export async function resetSchema(db, schema) {
  const c = new pg.Client({ connectionString: dbUrl(db) });
  await c.connect();
  await c.query(`drop schema if exists ${schema} cascade`);
  await c.end();
}

export function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

export const load = () => os.loadavg()[0].toFixed(2);

export const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Parse `--key=value` arguments. */
export function args(argv = process.argv.slice(2)) {
  const o = {};
  for (const a of argv) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (m) o[m[1]] = m[2] ?? true;
  }
  return o;
}
