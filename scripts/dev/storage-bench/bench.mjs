// Usage (from a scratch folder with @electric-sql/pglite and better-sqlite3 installed):
//   node bench.mjs sqlite|pglite PATH [ARTICLES=100000]
// Ingests ARTICLES synthetic articles in transactions of 1,000, then measures story-page and
// search latency (3 rounds each), and prints one JSON line of results.
import { execSync } from 'node:child_process';
import { open } from './open.mjs';
import { makeBatch, makeQueries } from './synth.mjs';

const [engine, path, nArg] = process.argv.slice(2);
const N = Number(nArg ?? 100_000), BATCH = 1000;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const median = (xs) => pct(xs, 0.5);
let peakRss = 0;
const sample = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 200);

const db = await open(engine, path);
const members = new Map();
let dbMs = 0; const wall0 = performance.now(); const perBatch = [];
for (let from = 0; from < N; from += BATCH) {
  const batch = makeBatch(from, BATCH, members);
  const t = performance.now();
  await db.ingestBatch(batch);
  const ms = performance.now() - t; dbMs += ms; perBatch.push(ms);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if ((from / BATCH) % 10 === 9) console.error(`${engine} ${from + BATCH} articles, last batch ${ms.toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
const wallMs = performance.now() - wall0;
await db.checkpoint();
const size = execSync(`du -sb ${engine === 'sqlite' ? `${path} ${path}-wal ${path}-shm 2>/dev/null | awk '{s+=$1} END {print s}'` : `${path} | cut -f1`}`, { shell: '/bin/bash' }).toString().trim();

const rounds = { page: [], search: [] };
const queries = makeQueries(200);
for (let round = 0; round < 3; round++) {
  const ids = await db.randomStoryIds(1000);
  const lat = []; let arts = 0;
  for (const id of ids) { const t = performance.now(); const p = await db.storyPage(id); lat.push(performance.now() - t); arts += p.articles.length; }
  rounds.page.push({ p50: pct(lat, 0.5), p95: pct(lat, 0.95), avgArticles: arts / ids.length });
  const sl = []; let hits = 0;
  for (const q of queries) { const t = performance.now(); hits += (await db.search(q)).length; sl.push(performance.now() - t); }
  rounds.search.push({ p50: pct(sl, 0.5), p95: pct(sl, 0.95), avgHits: hits / queries.length });
}
const counts = await db.counts();
await db.close();
clearInterval(sample);
console.log(JSON.stringify({
  engine, N, counts,
  ingest: { dbSeconds: dbMs / 1000, wallSeconds: wallMs / 1000, articlesPerSecond: N / (dbMs / 1000),
    firstTenBatchesMs: median(perBatch.slice(0, 10)), lastTenBatchesMs: median(perBatch.slice(-10)) },
  sizeBytes: Number(size), peakRssMB: peakRss / 1e6,
  page: { p50: median(rounds.page.map((r) => r.p50)), p95: median(rounds.page.map((r) => r.p95)), rounds: rounds.page },
  search: { p50: median(rounds.search.map((r) => r.p50)), p95: median(rounds.search.map((r) => r.p95)), rounds: rounds.search },
}));
