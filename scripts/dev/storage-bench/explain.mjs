// Usage: node explain.mjs DIR — search plan and latency before and after VACUUM ANALYZE
// (PGlite runs single-user: no autovacuum, so no statistics and no GIN pending-list cleanup).
import { PGlite } from '@electric-sql/pglite';
import { makeQueries } from './synth.mjs';
const db = await PGlite.create(process.argv[2]);
const qs = makeQueries(200);
const sql = `SELECT id, title FROM articles, plainto_tsquery('english', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 20`;
const run = async (label) => {
  const plan = (await db.query('EXPLAIN ' + sql.replace('$1', `'${qs[0]}'`))).rows.map((r) => r['QUERY PLAN']).join('\n');
  const lat = [];
  for (const q of qs) { const t = performance.now(); await db.query(sql, [q]); lat.push(performance.now() - t); }
  lat.sort((a, b) => a - b);
  console.log(label, { p50: lat[100].toFixed(1), p95: lat[190].toFixed(1) }, '\n' + plan);
};
console.log((await db.query("select n_live_tup, last_analyze, last_autoanalyze, last_autovacuum from pg_stat_user_tables where relname='articles'")).rows);
await run('before');
const t = performance.now(); await db.exec('VACUUM ANALYZE'); console.log('VACUUM ANALYZE ms', Math.round(performance.now() - t));
await run('after');
await db.close();
