import pg from 'pg';
import { OPS_SCHEMA } from './ops-tables.js';

export interface QueueStatus {
  /** Per task: waiting to run now, scheduled later (retries, debounced re-derivations), running, failed for good. */
  readonly tasks: readonly { task: string; ready: number; scheduled: number; running: number; failed: number }[];
  /** Jobs finished per second over the last minute and the last ten minutes (from the job log). */
  readonly jobsPerSecond: { readonly lastMinute: number; readonly last10Minutes: number };
  /** Failed runs in the last hour (retried or not) and the latest few errors. */
  readonly failuresLastHour: number;
  readonly recentErrors: readonly { task: string; at: string; error: string }[];
  /** Worker processes with a heartbeat in the last 30 s. */
  readonly workers: readonly { process: string; host: string; pid: number; since: string; seenSecondsAgo: number }[];
}

/**
 * The queue as `parallax status` shows it, read from graphile-worker's job view and Parallax's job log
 * and heartbeats. Null when the queue was never set up in this database (no worker ever ran).
 */
export async function queueStatus(databaseUrl: string): Promise<QueueStatus | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: exists } = await client.query<{ jobs: string | null; ops: string | null }>("select to_regclass('graphile_worker.jobs')::text as jobs, to_regclass($1)::text as ops", [`${OPS_SCHEMA}.job_log`]);
    if (!exists[0]?.jobs) return null;
    const { rows: tasks } = await client.query<{ task: string; ready: string; scheduled: string; running: string; failed: string }>(`
      select task_identifier as task,
        count(*) filter (where locked_at is null and attempts < max_attempts and run_at <= now()) as ready,
        count(*) filter (where locked_at is null and attempts < max_attempts and run_at > now()) as scheduled,
        count(*) filter (where locked_at is not null) as running,
        count(*) filter (where attempts >= max_attempts) as failed
      from graphile_worker.jobs group by task_identifier order by task_identifier`);
    if (!exists[0]?.ops) return { tasks: tasks.map(toCounts), jobsPerSecond: { lastMinute: 0, last10Minutes: 0 }, failuresLastHour: 0, recentErrors: [], workers: [] };
    const { rows: rates } = await client.query<{ m1: string; m10: string; failures: string }>(`
      select count(*) filter (where finished_at > now() - interval '1 minute') as m1,
        count(*) filter (where finished_at > now() - interval '10 minutes') as m10,
        count(*) filter (where not ok and finished_at > now() - interval '1 hour') as failures
      from ${OPS_SCHEMA}.job_log`);
    const { rows: errors } = await client.query<{ task: string; at: Date; error: string }>(`select task, finished_at as at, error from ${OPS_SCHEMA}.job_log where not ok order by finished_at desc limit 5`);
    const { rows: workers } = await client.query<{ process_id: string; host: string; pid: number; started_at: Date; ago: number }>(`select process_id, host, pid, started_at, extract(epoch from now() - seen_at)::float as ago from ${OPS_SCHEMA}.worker_heartbeats where seen_at > now() - interval '30 seconds' order by started_at`);
    const rate = rates[0];
    return {
      tasks: tasks.map(toCounts),
      jobsPerSecond: { lastMinute: Number(rate?.m1 ?? 0) / 60, last10Minutes: Number(rate?.m10 ?? 0) / 600 },
      failuresLastHour: Number(rate?.failures ?? 0),
      recentErrors: errors.map((e) => ({ task: e.task, at: e.at.toISOString(), error: e.error })),
      workers: workers.map((w) => ({ process: w.process_id, host: w.host, pid: w.pid, since: w.started_at.toISOString(), seenSecondsAgo: Math.round(w.ago) })),
    };
  } finally {
    await client.end();
  }
}

const toCounts = (r: { task: string; ready: string; scheduled: string; running: string; failed: string }) => ({ task: r.task, ready: Number(r.ready), scheduled: Number(r.scheduled), running: Number(r.running), failed: Number(r.failed) });
