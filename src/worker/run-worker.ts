import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { Logger as GraphileLogger, makeWorkerUtils, run, type Runner, type TaskList, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { openLibrary } from '../library/library.js';
import type { Library } from '../library/types.js';
import type { PoliteFetchOptions } from '../net/polite-fetch.js';
import { createHostScheduler } from '../net/politeness.js';
import { createRobotsCheck } from '../net/robots.js';
import type { Logger } from '../ops/log.js';
import { openPostgresStore } from '../store/postgres-store.js';
import type { JobSpec } from './jobs.js';
import { TASKS } from './jobs.js';
import { beat, ensureOpsTables, forget, lockedLongerThan, logJob, pruneJobLog, reapSilent } from './ops-tables.js';
import { createTasks, PermanentFailure } from './tasks.js';

export interface WorkerOptions {
  readonly databaseUrl: string;
  /** Jobs run at once in this process (default 2: fetches wait on the network while analysis uses a core). */
  readonly concurrency?: number;
  readonly fetch?: PoliteFetchOptions;
  readonly logger: Logger;
  /** How often this process says it is alive (default 5 s). */
  readonly heartbeatMs?: number;
  /**
   * A process silent this long is taken for dead and its running jobs are released to others (default
   * 30 s: six missed heartbeats; a worker busy on one long analysis still beats, from its own timer).
   */
  readonly staleSeconds?: number;
  /** A job locked longer than this is taken for orphaned and released (default 900 s; Parallax's jobs take seconds). */
  readonly lockTimeoutSeconds?: number;
  /** How often the queue is polled besides LISTEN/NOTIFY wake-ups (default 1 s). */
  readonly pollIntervalMs?: number;
  /** Run the every-minute cron that queues due feed polls (default true). */
  readonly cron?: boolean;
  readonly clock?: () => Date;
}

export interface RunningWorker {
  readonly processId: string;
  readonly library: Library;
  /** Stops taking jobs, lets running ones finish, releases everything. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped (after `stop`); never rejects. */
  readonly done: Promise<{ readonly ok: boolean; readonly error?: Error }>;
}

/** Adds one job through graphile-worker's utilities, with its dedupe key. */
export async function addJob(utils: WorkerUtils, spec: JobSpec): Promise<void> {
  await utils.addJob(spec.task, spec.payload as Record<string, unknown>, {
    ...(spec.key ? { jobKey: spec.key, jobKeyMode: 'preserve_run_at' as const } : {}),
    ...(spec.runAt ? { runAt: spec.runAt } : {}),
    ...(spec.maxAttempts ? { maxAttempts: spec.maxAttempts } : {}),
  });
}

/** graphile-worker's own log lines, warnings and errors only, through our structured logger. */
const graphileLogger = (logger: Logger) =>
  new GraphileLogger(() => (level, message, meta) => {
    if (level === 'error') logger.error(message, { source: 'graphile-worker', ...(meta as object) });
    else if (level === 'warning') logger.warn(message, { source: 'graphile-worker' });
  });

/**
 * A stateless worker process: takes jobs (fetch, extract + annotate + place, re-derive a story, poll a
 * feed) from the PostgreSQL queue. Run as many as needed on as many machines as needed against one
 * database. A worker killed with -9 loses nothing: its jobs stay in the queue, locked by it, and once
 * its heartbeat is 30 s old any other worker releases them (graphile-worker's `forceUnlockWorkers`), so
 * they run again; every job is idempotent.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const concurrency = options.concurrency ?? 2;
  const clock = options.clock ?? (() => new Date());
  const { logger } = options;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 4 });
  // An idle connection dropped by the server (a restart, a failover) is logged and replaced, never a crash.
  pool.on('error', (error) => logger.warn('database connection lost', { error: error.message }));
  pool.on('connect', (client) => client.on('error', (error) => logger.warn('database connection lost', { error: error.message })));
  await ensureOpsTables(pool);
  const utils = await makeWorkerUtils({ pgPool: pool, logger: graphileLogger(logger) });
  await utils.migrate();
  const library = await openLibrary({ store: await openPostgresStore(options.databaseUrl) });
  const fetchBase = options.fetch ?? {};
  const fetch: PoliteFetchOptions = { ...fetchBase, scheduler: fetchBase.scheduler ?? createHostScheduler(), robots: fetchBase.robots ?? createRobotsCheck({ fetchOptions: fetchBase }) };
  const handlers = createTasks({ library, fetch, clock, logger, addJob: (spec) => addJob(utils, spec) });

  // Every handler is wrapped: timed, logged, recorded in the job log; permanent failures end the job.
  const taskList: TaskList = Object.fromEntries(
    Object.entries(handlers).map(([task, handler]) => [
      task,
      async (payload: unknown, helpers: { job: { id: string; attempts: number; max_attempts: number } }) => {
        const started = performance.now();
        try {
          const result = await handler(payload);
          const ms = performance.now() - started;
          logger.info('job done', { task, job: helpers.job.id, ms: Math.round(ms), result });
          await logJob(pool, task, true, ms, null);
        } catch (error) {
          const ms = performance.now() - started;
          const message = (error as Error).message;
          await logJob(pool, task, false, ms, message).catch(() => {});
          if (error instanceof PermanentFailure) {
            logger.warn('job failed for good', { task, job: helpers.job.id, reason: message });
            return;
          }
          logger.warn('job failed; it will be retried', { task, job: helpers.job.id, attempt: helpers.job.attempts, of: helpers.job.max_attempts, reason: message });
          throw error;
        }
      },
    ]),
  ) as TaskList;

  const processId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const workerIds = new Set<string>();
  const events = new EventEmitter();
  // Jobs are locked by the worker pool's id (graphile-worker 0.17 takes jobs for the pool), else by a worker's: record both.
  events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => workerIds.add(workerPool.id));
  events.on('worker:create', ({ worker }: { worker: { workerId: string } }) => workerIds.add(worker.workerId));
  const heartbeat = async () => {
    try {
      await beat(pool, processId, hostname(), process.pid, [...workerIds]);
      for (const dead of await reapSilent(pool, options.staleSeconds ?? 30)) {
        if (dead.workerIds.length) await utils.forceUnlockWorkers(dead.workerIds);
        logger.warn('released the jobs of a silent worker', { process: dead.processId, workers: dead.workerIds.length });
      }
      // The safety net: a lock older than any job takes (a pool that lost its database mid-write and
      // never recorded the outcome) is released; every job is idempotent, so a rare second run is harmless.
      const stuck = await lockedLongerThan(pool, options.lockTimeoutSeconds ?? 900);
      if (stuck.length) {
        await utils.forceUnlockWorkers(stuck);
        logger.warn('released jobs locked for too long', { lockers: stuck.length });
      }
    } catch (error) {
      logger.warn('heartbeat failed', { error: (error as Error).message });
    }
  };
  await heartbeat();
  const runnerOptions = {
    pgPool: pool,
    concurrency,
    taskList,
    events: events as never,
    noHandleSignals: true,
    pollInterval: options.pollIntervalMs ?? 1000,
    logger: graphileLogger(logger),
    // Completions and failures go through graphile-worker's batcher (flushed at once: delay 0). Its
    // unbatched path leaves a failed write to the queue as an unhandled rejection; the batcher reports
    // it and stops the pool, which the loop below restarts.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    ...(options.cron === false ? {} : { crontab: `* * * * * ${TASKS.pollDueFeeds} ?max=1` }),
  };

  let stopping = false;
  let runner: Runner | null = null;
  /**
   * The runner, restarted when it fails (the database went away mid-write: graphile-worker stops a pool
   * whose queue writes fail). The failed pool's jobs are ours and dead: released at once, so they run
   * again on the next pool or another worker, never left locked.
   */
  const supervise = async (): Promise<{ ok: boolean; error?: Error }> => {
    let backoff = 500;
    for (;;) {
      const before = new Set(workerIds);
      try {
        runner = await run(runnerOptions);
        await heartbeat(); // now with the pool's and workers' ids
        await runner.promise;
        if (stopping) return { ok: true };
        throw new Error('the job runner stopped by itself');
      } catch (error) {
        if (stopping) return { ok: true };
        const mine = [...workerIds].filter((id) => !before.has(id));
        logger.warn('job runner failed; restarting it', { error: (error as Error).message, inMs: backoff });
        await new Promise((r) => setTimeout(r, backoff));
        backoff = Math.min(backoff * 2, 30_000);
        try {
          if (mine.length) await utils.forceUnlockWorkers(mine);
        } catch (unlockError) {
          logger.warn('could not release the failed runner\'s jobs yet; the heartbeat sweep will', { error: (unlockError as Error).message });
        }
        for (const id of mine) workerIds.delete(id);
      }
    }
  };
  const supervised = supervise();
  // Wait for the first runner, so a caller adding jobs right after start finds a worker listening.
  while (!runner && !stopping) await new Promise((r) => setTimeout(r, 20));
  const beating = setInterval(() => void heartbeat(), options.heartbeatMs ?? 5000);
  const pruning = setInterval(() => void pruneJobLog(pool).catch(() => {}), 60_000);
  logger.info('worker started', { process: processId, concurrency });

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      clearInterval(beating);
      clearInterval(pruning);
      await runner?.stop().catch(() => {});
      await supervised;
      await forget(pool, processId).catch(() => {});
      await library.close();
      await utils.release();
      await pool.end();
      logger.info('worker stopped', { process: processId });
    })());
  const done = supervised.then(async (outcome) => (await stop(), outcome));
  return { processId, library, stop, done };
}
