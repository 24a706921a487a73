// pg-boss adapter: the same small interface as gw.mjs.
import PgBoss from 'pg-boss';

export const label = 'pg-boss';
export const SCHEMA = 'boss_bench';
const QUEUE = 'work';

function make(url, o = {}) {
  const boss = new PgBoss({
    connectionString: url,
    schema: SCHEMA,
    supervise: o.supervise ?? false, // maintenance (expiry of dead jobs) only where asked for
    schedule: false,
    ...(o.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: o.maintenanceIntervalSeconds } : {}),
  });
  boss.on('error', (e) => console.error('[boss error]', e.message));
  return boss;
}

/** Producer side: install the schema, create the queue, add jobs, count what is left. */
export async function open(url, opts = {}) {
  const boss = make(url);
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, ...(opts.queue ?? {}) });
  const db = boss.getDb();
  return {
    addBatch: (payloads) => boss.insert(payloads.map((data) => ({ name: QUEUE, data }))),
    addOne: (data, o = {}) => boss.send(QUEUE, data, o),
    remaining: async () =>
      Number((await db.executeSql(`select count(*) from ${SCHEMA}.job where name = $1 and state < 'completed'`, [QUEUE])).rows[0].count),
    boss,
    close: () => boss.stop({ graceful: false, wait: true }),
  };
}

/**
 * Consumer side. `handler(payload)` is called once per job.
 * opts: concurrency (number of work() loops), pollingIntervalSeconds, batchSize,
 *       nudge (re-fetch at once after a non-empty fetch instead of sleeping the poll interval),
 *       supervise + maintenanceIntervalSeconds (expire jobs of dead workers)
 */
export async function startWorker(url, handler, opts = {}) {
  const boss = make(url, opts);
  await boss.start();
  const workOpts = {
    batchSize: opts.batchSize ?? 1,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
  };
  for (let i = 0; i < (opts.concurrency ?? 1); i++) {
    let id;
    id = await boss.work(QUEUE, workOpts, async (jobs) => {
      for (const job of jobs) await handler(job.data);
      // pg-boss 10 sleeps `pollingInterval - duration` after every fetch, even a full one;
      // notifyWorker() on our own worker id skips that sleep.
      if (opts.nudge && id) boss.notifyWorker(id);
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10000 }) };
}
