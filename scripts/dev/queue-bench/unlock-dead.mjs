// Recovery of a SIGKILLed graphile-worker's job with a heartbeat table and
// graphile_worker.force_unlock_workers(), the recipe in docs/queue-choice.md. Uses the default
// schema graphile_worker in database qbench_feat and drops it again at the end.
//   node unlock-dead.mjs
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { run, makeWorkerUtils, Logger } from 'graphile-worker';
import { dbUrl, ensureDb, sleep } from './lib.mjs';

const url = dbUrl('qbench_feat');
const quiet = new Logger(() => () => {});

if (process.argv[2] === 'child') {
  // Worker A: reports its pool id, takes the long job, and is killed by the parent.
  const events = new EventEmitter();
  events.on('pool:create', ({ workerPool }) => process.send({ poolId: workerPool.id }));
  await run({
    connectionString: url, logger: quiet, concurrency: 1, noHandleSignals: true, events,
    taskList: { long: async () => { process.send({ started: true }); await sleep(60_000); } },
  });
} else {
  await ensureDb('qbench_feat');
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', () => {});
  pool.on('connect', (c) => c.on('error', () => {}));
  await pool.query('drop schema if exists graphile_worker cascade');
  await pool.query('drop table if exists parallax_worker_heartbeat');
  await pool.query('create table parallax_worker_heartbeat (pool_id text primary key, seen_at timestamptz not null)');
  const utils = await makeWorkerUtils({ pgPool: pool, logger: quiet });
  await utils.migrate();

  const A = fork(fileURLToPath(import.meta.url), ['child']);
  let poolId;
  let started = false;
  A.on('message', (m) => { if (m.poolId) poolId = m.poolId; if (m.started) started = true; });
  while (!poolId) await sleep(20);
  await pool.query('insert into parallax_worker_heartbeat values ($1, now())', [poolId]);
  await utils.addJob('long', {});
  while (!started) await sleep(20);
  A.kill('SIGKILL');

  let bStarted = 0; // worker B, idle until the job is unlocked
  const B = await run({
    pgPool: pool, logger: quiet, concurrency: 1, noHandleSignals: true,
    taskList: { long: async () => { bStarted = Date.now(); } },
  });
  const unlockSql = `select graphile_worker.force_unlock_workers(array_agg(distinct j.locked_by))
      from graphile_worker.jobs j
     where j.locked_by is not null and not exists (
       select 1 from parallax_worker_heartbeat h
        where h.pool_id = j.locked_by and h.seen_at > now() - interval '2 minutes')
    having count(*) > 0`;
  const out = {};
  let r = await pool.query(unlockSql);
  await sleep(1500);
  out.fresh_heartbeat = { unlocked: r.rowCount, picked_up: !!bStarted };
  await pool.query("update parallax_worker_heartbeat set seen_at = now() - interval '3 minutes'");
  const t = Date.now();
  r = await pool.query(unlockSql);
  await sleep(1500);
  out.stale_heartbeat = { unlocked: r.rowCount, picked_up: !!bStarted, ms_after_unlock: bStarted ? bStarted - t : null };
  out.nothing_locked = { unlocked: (await pool.query(unlockSql)).rowCount };
  await B.stop();
  await utils.release();
  await pool.query('drop schema graphile_worker cascade');
  await pool.query('drop table parallax_worker_heartbeat');
  await pool.end();
  console.log(JSON.stringify(out));
}
