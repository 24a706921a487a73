// Cost of one "fetch the next job" query against the backlog size, on each queue (EXPLAIN ANALYZE,
// rolled back). pg-boss 10 sorts every queued job of the queue; graphile-worker walks an index.
//   node explain.mjs [--db=qbench_feat]
import pg from 'pg';
import PgBoss from 'pg-boss';
import { createRequire } from 'node:module';
import { makeWorkerUtils, Logger } from 'graphile-worker';
import { args, dbUrl, ensureDb, resetSchema } from './lib.mjs';

const plans = createRequire(import.meta.url)('pg-boss/src/plans.js');
const a = args();
const db = a.db ?? 'qbench_feat';
const url = dbUrl(db);
await ensureDb(db);
const c = new pg.Client(url);
await c.connect();
const sizes = [1000, 10_000, 50_000];
const explain = async (sql, values) => {
  await c.query('begin');
  const r = await c.query(`explain (analyze) ${sql}`, values);
  await c.query('rollback');
  const lines = r.rows.map((x) => x['QUERY PLAN']);
  return {
    ms: Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))[1]),
    plan: lines.filter((l) => /Sort Method|Index Scan using \w*(main|i5)|Seq Scan on (j[0-9a-f]|_private_jobs)/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, '')),
  };
};
const out = {};

await resetSchema(db, 'boss_ex');
const boss = new PgBoss({ connectionString: url, schema: 'boss_ex', supervise: false, schedule: false });
await boss.start();
await boss.createQueue('w', { name: 'w' });
for (const n of sizes) {
  await c.query('delete from boss_ex.job');
  await boss.insert(Array.from({ length: n }, (_, i) => ({ name: 'w', data: { i } })));
  await c.query('analyze boss_ex.job');
  out[`pg-boss fetch, backlog ${n}`] = await explain(plans.fetchNextJob('boss_ex')({ includeMetadata: false, priority: true }), ['w', 1]);
}
await boss.stop({ graceful: false });

// graphile-worker 0.17.3's getJobs query (src/sql/getJobs.ts, strategy 2, no flags), batch size 1
await resetSchema(db, 'gw_ex');
const S = 'gw_ex';
const u = await makeWorkerUtils({ connectionString: url, schema: S, logger: new Logger(() => () => {}) });
await u.migrate();
for (const n of sizes) {
  await c.query(`delete from ${S}._private_jobs`);
  for (let k = 0; k < n; k += 10_000) await u.addJobs(Array.from({ length: Math.min(10_000, n - k) }, (_, i) => ({ identifier: 'w', payload: { i } })));
  await c.query(`analyze ${S}._private_jobs`);
  const tid = (await c.query(`select id from ${S}._private_tasks where identifier = 'w'`)).rows[0].id;
  out[`graphile-worker getJobs, backlog ${n}`] = await explain(`with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id from ${S}._private_jobs as jobs
  where jobs.is_available = true and run_at <= now() and task_id = any($2::int[])
  and (jobs.job_queue_id is null or jobs.job_queue_id in (
    select id from ${S}._private_job_queues as job_queues where job_queues.is_available = true for update skip locked))
  order by priority asc, run_at asc limit 1 for update skip locked
), q as (update ${S}._private_job_queues as job_queues set locked_by = $1::text, locked_at = now() from j where job_queues.id = j.job_queue_id)
update ${S}._private_jobs as jobs set attempts = jobs.attempts + 1, locked_by = $1::text, locked_at = now()
from j where jobs.id = j.id returning *`, ['explain', [tid]]);
}
await u.release();
await resetSchema(db, 'boss_ex');
await resetSchema(db, 'gw_ex');
await c.end();
console.log(JSON.stringify(out, null, 1));
