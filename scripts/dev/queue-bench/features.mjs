// Functional checks of the features Parallax needs; prints one JSON object.
//   node features.mjs [--db=qbench_feat] [--loops=2] [--cron]   (--cron waits up to ~2.5 min for a per-minute cron job)
import pg from 'pg';
import PgBoss from 'pg-boss';
import { run, makeWorkerUtils, Logger } from 'graphile-worker';
import { args, dbUrl, ensureDb, resetSchema, sleep } from './lib.mjs';

const a = args();
const db = a.db ?? 'qbench_feat';
const url = dbUrl(db);
await ensureDb(db);
const out = { gw: {}, boss: {} };
const quiet = new Logger(() => (level, msg) => level === 'error' && console.error(msg));
const waitFor = async (fn, ms = 10_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await fn()) return true; await sleep(50); }
  return false;
};

// ---------------- graphile-worker ----------------
{
  const schema = 'gw_feat';
  await resetSchema(db, schema);
  const pool = new pg.Pool({ connectionString: url, max: 5 }); // an existing application pool
  pool.on('error', (e) => console.error('[pool]', e.message)); // graphile-worker warns without these
  pool.on('connect', (client) => client.on('error', (e) => console.error('[client]', e.message)));
  const utils = await makeWorkerUtils({ pgPool: pool, schema, logger: quiet });
  await utils.migrate();
  const q = async (sql, v) => (await pool.query(sql, v)).rows;
  const running = new Map(); // story -> number of handlers running now
  let maxParallelSameStory = 0;
  const fails = [];
  const runner = await run({
    pgPool: pool, schema, logger: quiet, concurrency: 3, noHandleSignals: true, pollInterval: 500,
    taskList: {
      rederive: async ({ story }) => {
        running.set(story, (running.get(story) ?? 0) + 1);
        maxParallelSameStory = Math.max(maxParallelSameStory, running.get(story));
        await sleep(1500);
        running.set(story, running.get(story) - 1);
      },
      flaky: async () => { fails.push(Date.now()); throw new Error('boom (expected)'); },
    },
  });
  out.gw.pgPool = 'run({ pgPool }) and makeWorkerUtils({ pgPool }) accepted an existing pg.Pool';
  // 1. Dedupe while pending: same jobKey three times, with a run_at in the future so nothing runs yet.
  const later = new Date(Date.now() + 3600_000);
  for (let i = 0; i < 3; i++) await utils.addJob('rederive', { story: 'A', n: i }, { jobKey: 'rederive:A', runAt: later });
  out.gw.pending_same_key_x3 = await q(`select count(*)::int as rows, max(payload->>'n') as payload_n from ${schema}._private_jobs where key = 'rederive:A'`);
  await q(`delete from ${schema}._private_jobs`);
  // 2. Same jobKey while the first is running (no queueName): a second job is created and can run at once.
  await utils.addJob('rederive', { story: 'B' }, { jobKey: 'rederive:B' });
  await waitFor(() => running.get('B') === 1);
  await utils.addJob('rederive', { story: 'B' }, { jobKey: 'rederive:B' });
  await utils.addJob('rederive', { story: 'B' }, { jobKey: 'rederive:B' });
  await sleep(600);
  out.gw.jobKey_while_running = { rows_after_2_more_adds: (await q(`select count(*)::int c from ${schema}._private_jobs`))[0].c, max_parallel_same_story: maxParallelSameStory };
  await waitFor(async () => (await q(`select count(*)::int c from ${schema}._private_jobs`))[0].c === 0);
  // 3. jobKey + queueName per story: serial per story, other stories still run in parallel.
  maxParallelSameStory = 0;
  await utils.addJob('rederive', { story: 'C' }, { jobKey: 'rederive:C', queueName: 'story:C' });
  await waitFor(() => running.get('C') === 1);
  await utils.addJob('rederive', { story: 'C' }, { jobKey: 'rederive:C', queueName: 'story:C' });
  await utils.addJob('rederive', { story: 'D' }, { jobKey: 'rederive:D', queueName: 'story:D' });
  await sleep(600);
  const dRunning = running.get('D') === 1;
  await waitFor(async () => (await q(`select count(*)::int c from ${schema}._private_jobs`))[0].c === 0);
  out.gw.jobKey_plus_queueName = { max_parallel_same_story: maxParallelSameStory, other_story_ran_meanwhile: dRunning };
  // 4. Retries with backoff: maxAttempts 3; run_at after each failure.
  const job = await utils.addJob('flaky', {}, { maxAttempts: 3 });
  await waitFor(() => fails.length >= 1);
  await sleep(300);
  const [r1] = await q(`select attempts, extract(epoch from run_at - now())::float as next_in_s, last_error from ${schema}._private_jobs where id = $1`, [job.id]);
  out.gw.retry_after_1st_failure = r1;
  await waitFor(() => fails.length >= 2, 10_000);
  await sleep(300);
  const [r2] = await q(`select attempts, extract(epoch from run_at - now())::float as next_in_s from ${schema}._private_jobs where id = $1`, [job.id]);
  out.gw.retry_after_2nd_failure = { ...r2, gap_1_2_s: (fails[1] - fails[0]) / 1000 };
  await runner.stop();
  // 5. Graceful stop during a running job: stop() waits for the handler, but with the default
  //    settings the completion query is not awaited, so a process that exits right after stop()
  //    can leave the finished job locked (4 h). completeJobBatchDelay/failJobBatchDelay >= 0 flushes it.
  out.gw.graceful_stop = {};
  for (const [name, preset] of [['default', undefined], ['completeJobBatchDelay=0', { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } }]]) {
    let started = false;
    const r = await run({ connectionString: url, schema, logger: quiet, concurrency: 1, noHandleSignals: true, preset,
      taskList: { stopme: async () => { started = true; await sleep(1000); } } });
    await utils.addJob('stopme', {});
    await waitFor(() => started);
    const t = Date.now();
    await r.stop();
    const took = Date.now() - t;
    await sleep(1000);
    const rows = await q(`select locked_by is not null as locked from ${schema}._private_jobs j join ${schema}._private_tasks t on t.id = j.task_id where t.identifier = 'stopme'`);
    out.gw.graceful_stop[name] = { stop_took_ms: took, finished_job_still_in_table: rows.length, locked: rows[0]?.locked ?? null };
    await q(`delete from ${schema}._private_jobs`);
  }
  await utils.release();
  // 6. Cron (optional, slow): a per-minute crontab item, exactly once across two runners.
  if (a.cron) {
    let ticks = 0;
    const mk = () => run({ pgPool: pool, schema, logger: quiet, concurrency: 1, noHandleSignals: true, crontab: '* * * * * tick ?jobKey=tick&max=1', taskList: { tick: async () => { ticks++; } } });
    const [r1c, r2c] = await Promise.all([mk(), mk()]);
    const t0 = Date.now();
    await waitFor(() => ticks >= 2, 150_000);
    out.gw.cron = { ticks, in_s: (Date.now() - t0) / 1000, note: 'two runners, same crontab: one job per minute' };
    await sleep(2000);
    out.gw.cron.ticks_after = ticks;
    await r1c.stop(); await r2c.stop();
  }
  await pool.end();
}

// ---------------- pg-boss ----------------
{
  const schema = 'boss_feat';
  await resetSchema(db, schema);
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  // An existing pool, through pg-boss's `db` adapter (executeSql); start() still migrates.
  const boss = new PgBoss({ db: { executeSql: (text, values) => pool.query(text, values) }, schema, supervise: true, schedule: !!a.cron });
  boss.on('error', (e) => console.error('[boss]', e.message));
  await boss.start();
  out.boss.pgPool = 'new PgBoss({ db: { executeSql } }) over an existing pg.Pool: start() migrated';
  const q = async (sql, v) => (await pool.query(sql, v)).rows;
  const running = new Map();
  let maxParallelSameStory = 0;
  const events = {}; // label -> { start, end } in ms
  const handler = async ([job]) => {
    const { story, label } = job.data;
    running.set(story, (running.get(story) ?? 0) + 1);
    maxParallelSameStory = Math.max(maxParallelSameStory, running.get(story));
    if (label) events[label] = { start: Date.now() };
    await sleep(job.data.ms ?? 1500);
    if (label) events[label].end = Date.now();
    running.set(story, running.get(story) - 1);
  };
  // 1. stately queue: at most one queued and one active per singletonKey.
  await boss.createQueue('rederive', { name: 'rederive', policy: 'stately' });
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push(await boss.send('rederive', { story: 'A', n: i }, { singletonKey: 'A', startAfter: 3600 }));
  out.boss.stately_pending_same_key_x3 = { ids_returned: ids.map((x) => (x ? 'id' : null)), rows: (await q(`select count(*)::int c from ${schema}.job where name='rederive'`))[0].c };
  await q(`delete from ${schema}.job where name='rederive'`);
  // 2. while running: one more can queue, the third is refused; no two run at once
  // Two fetch loops: while B1 runs, exactly one is idle. (With two or more idle loops, C usually
  // starts anyway: their fetches overlap and one skips the row the other has locked.)
  const loops = Number(a.loops ?? 2);
  for (let i = 0; i < loops; i++) await boss.work('rederive', { pollingIntervalSeconds: 0.5 }, handler);
  await boss.send('rederive', { story: 'B', label: 'B1', ms: 4000 }, { singletonKey: 'B' });
  await waitFor(() => running.get('B') === 1);
  const more = [
    await boss.send('rederive', { story: 'B', label: 'B2' }, { singletonKey: 'B' }),
    await boss.send('rederive', { story: 'B', label: 'B3' }, { singletonKey: 'B' }),
  ];
  // 3. head-of-line: a job for another story, queued behind B2 (which must wait for B1).
  await sleep(50);
  await boss.send('rederive', { story: 'C', label: 'C' }, { singletonKey: 'C' });
  await waitFor(async () => (await q(`select count(*)::int c from ${schema}.job where name='rederive' and state < 'completed'`))[0].c === 0, 20_000);
  out.boss.stately_while_running = {
    work_loops: loops,
    sends_accepted: more.map((x) => (x ? 'id' : null)),
    max_parallel_same_story: maxParallelSameStory,
    C_started_before_B1_ended: events.C.start < events.B1.end,
    C_start_after_B1_end_ms: events.C.start - events.B1.end,
  };
  // 4. retries: retryLimit 2, retryDelay 1 s, retryBackoff
  await boss.createQueue('flaky', { name: 'flaky', retryLimit: 2, retryDelay: 1, retryBackoff: true });
  const fails = [];
  await boss.work('flaky', { pollingIntervalSeconds: 0.5 }, async () => { fails.push(Date.now()); throw new Error('boom'); });
  const fid = await boss.send('flaky', {});
  await waitFor(() => fails.length >= 3, 20_000);
  await sleep(500);
  const fj = await boss.getJobById('flaky', fid, { includeArchive: true });
  out.boss.retries = { attempts: fails.length, gaps_s: fails.slice(1).map((t, i) => (t - fails[i]) / 1000), final_state: fj?.state };
  // 5. Graceful stop during a running job
  await boss.send('rederive', { story: 'E' }, { singletonKey: 'E' });
  await waitFor(() => running.get('E') === 1);
  const t = Date.now();
  await boss.stop({ graceful: true, wait: true, timeout: 30_000, close: false });
  const took = Date.now() - t;
  await sleep(1000);
  out.boss.graceful_stop = { stop_took_ms: took, job_finished: running.get('E') === 0, state: (await q(`select state from ${schema}.job where data->>'story'='E'`))[0]?.state };
  // 6. cron (optional, slow): schedule() needs `schedule: true` on at least one instance.
  if (a.cron) {
    const b2 = new PgBoss({ connectionString: url, schema, schedule: true, supervise: true });
    b2.on('error', (e) => console.error('[boss]', e.message));
    await b2.start();
    await b2.createQueue('tick', { name: 'tick' });
    let ticks = 0;
    await b2.work('tick', { pollingIntervalSeconds: 0.5 }, async () => { ticks++; });
    await b2.schedule('tick', '* * * * *');
    const t0 = Date.now();
    await waitFor(() => ticks >= 2, 150_000);
    out.boss.cron = { ticks, in_s: (Date.now() - t0) / 1000, schedules: (await b2.getSchedules()).map((s) => `${s.name} ${s.cron}`) };
    await b2.stop({ graceful: false });
  }
  await pool.end();
}
console.log(JSON.stringify(out, null, 1));
