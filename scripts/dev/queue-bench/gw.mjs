// graphile-worker adapter: the same small interface as boss.mjs.
import { run, makeWorkerUtils, Logger } from 'graphile-worker';

export const label = 'graphile-worker';
export const SCHEMA = 'gw_bench';

// The default logger prints one line per completed job; production code would pass its own.
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[gw ${level}] ${message}`);
});

/** Producer side: migrate, add jobs, count what is left. */
export async function open(url, opts = {}) {
  const utils = await makeWorkerUtils({ connectionString: url, schema: SCHEMA, logger });
  await utils.migrate();
  return {
    addBatch: (payloads) => utils.addJobs(payloads.map((payload) => ({ identifier: 'work', payload }))),
    addOne: (payload, o = {}) => utils.addJob('work', payload, o),
    remaining: async () =>
      Number((await utils.withPgClient((c) => c.query(`select count(*) from ${SCHEMA}._private_jobs`))).rows[0].count),
    lockedBy: async () =>
      (await utils.withPgClient((c) => c.query(`select id, locked_by from ${SCHEMA}._private_jobs where locked_by is not null`))).rows,
    backdateLocks: (interval) =>
      utils.withPgClient((c) => c.query(`update ${SCHEMA}._private_jobs set locked_at = locked_at - $1::interval where locked_at is not null`, [interval])),
    forceUnlock: (ids) => utils.forceUnlockWorkers(ids),
    utils,
    close: () => utils.release(),
  };
}

/**
 * Consumer side. `handler(payload)` is called once per job.
 * opts: concurrency, pollInterval (ms), resetLocked ([min, max] ms), localQueue (size),
 *       completeJobBatchDelay (ms; >= 0 also makes stop() flush completions, see features.mjs)
 */
export async function startWorker(url, handler, opts = {}) {
  const runner = await run({
    connectionString: url,
    schema: SCHEMA,
    logger,
    concurrency: opts.concurrency ?? 1,
    noHandleSignals: true,
    ...(opts.pollInterval ? { pollInterval: opts.pollInterval } : {}),
    ...(opts.resetLocked ? { minResetLockedInterval: opts.resetLocked[0], maxResetLockedInterval: opts.resetLocked[1] } : {}),
    preset: {
      worker: {
        ...(opts.localQueue ? { localQueue: { size: opts.localQueue } } : {}),
        ...(opts.completeJobBatchDelay != null
          ? { completeJobBatchDelay: opts.completeJobBatchDelay, failJobBatchDelay: opts.completeJobBatchDelay }
          : {}),
      },
    },
    taskList: { work: async (payload) => handler(payload) },
  });
  return { stop: () => runner.stop() };
}
