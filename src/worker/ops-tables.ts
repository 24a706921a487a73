/**
 * What Parallax keeps about its workers next to the queue: heartbeats (so the jobs of a worker that
 * was killed are released within a minute, not after graphile-worker's 4-hour lock expiry) and a log
 * of finished jobs (graphile-worker deletes a job when it succeeds, so throughput and failures for
 * `parallax status` are counted here). Both small: the log keeps one hour.
 */
import type pg from 'pg';

export const OPS_SCHEMA = 'parallax_ops';

export async function ensureOpsTables(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    // Two workers starting together must not both create: the same lock key as nothing else uses.
    await client.query("select pg_advisory_xact_lock(hashtext('parallax_ops.migrate'))");
    await client.query(`create schema if not exists ${OPS_SCHEMA}`);
    await client.query(`create table if not exists ${OPS_SCHEMA}.worker_heartbeats (
      process_id text primary key,
      host text not null,
      pid integer not null,
      worker_ids text[] not null default '{}',
      started_at timestamptz not null default now(),
      seen_at timestamptz not null default now()
    )`);
    await client.query(`create table if not exists ${OPS_SCHEMA}.job_log (
      id bigint generated always as identity primary key,
      task text not null,
      ok boolean not null,
      ms double precision not null,
      error text,
      finished_at timestamptz not null default now()
    )`);
    await client.query(`create index if not exists job_log_finished on ${OPS_SCHEMA}.job_log (finished_at)`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export async function beat(pool: pg.Pool, processId: string, host: string, pid: number, workerIds: readonly string[]): Promise<void> {
  await pool.query(
    `insert into ${OPS_SCHEMA}.worker_heartbeats (process_id, host, pid, worker_ids) values ($1, $2, $3, $4)
     on conflict (process_id) do update set worker_ids = excluded.worker_ids, seen_at = now()`,
    [processId, host, pid, [...workerIds]],
  );
}

export async function forget(pool: pg.Pool, processId: string): Promise<void> {
  await pool.query(`delete from ${OPS_SCHEMA}.worker_heartbeats where process_id = $1`, [processId]);
}

/** Processes silent for longer than `staleSeconds`: taken out of the table, their worker ids returned (to unlock their jobs). */
export async function reapSilent(pool: pg.Pool, staleSeconds: number): Promise<{ processId: string; workerIds: string[] }[]> {
  const { rows } = await pool.query<{ process_id: string; worker_ids: string[] }>(
    `delete from ${OPS_SCHEMA}.worker_heartbeats where seen_at < now() - make_interval(secs => $1) returning process_id, worker_ids`,
    [staleSeconds],
  );
  return rows.map((r) => ({ processId: r.process_id, workerIds: r.worker_ids }));
}

export async function logJob(pool: pg.Pool, task: string, ok: boolean, ms: number, error: string | null): Promise<void> {
  await pool.query(`insert into ${OPS_SCHEMA}.job_log (task, ok, ms, error) values ($1, $2, $3, $4)`, [task, ok, ms, error?.slice(0, 2000) ?? null]);
}

/** Keeps one hour of the job log: enough for rates and recent failures. */
export async function pruneJobLog(pool: pg.Pool): Promise<void> {
  await pool.query(`delete from ${OPS_SCHEMA}.job_log where finished_at < now() - interval '1 hour'`);
}

/** Who holds job locks older than `seconds` (graphile-worker's public job view). */
export async function lockedLongerThan(pool: pg.Pool, seconds: number): Promise<string[]> {
  const { rows } = await pool.query<{ locked_by: string }>('select distinct locked_by from graphile_worker.jobs where locked_at < now() - make_interval(secs => $1) and locked_by is not null', [seconds]);
  return rows.map((r) => r.locked_by);
}
