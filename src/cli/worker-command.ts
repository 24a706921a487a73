import { redact } from '../library/open-store.js';
import { createLogger, type LogFormat } from '../ops/log.js';
import { startWorker } from '../worker/run-worker.js';
import { parse, positiveInt, usage } from './args.js';
import type { CliIo } from './io.js';

export const WORKER_HELP = `Usage: parallax worker [--concurrency N] [--allow-private] [--log json|text]

Runs a worker: a stateless process that takes jobs from the queue in the PostgreSQL database named
by DATABASE_URL (graphile-worker; see docs/queue-choice.md) — fetch a URL, extract and analyse an
article and place it in its story, re-derive a story, poll a feed — until stopped. Start as many
as you need, on as many machines as you need, against one database: placing articles is
serialised by the database, so two workers adding articles of one event at once end with one
story. Jobs are idempotent and retried with backoff; a worker killed mid-job loses nothing: its
heartbeat stops, and within a minute another worker releases its jobs and runs them.

Jobs come from "parallax ingest PATH|URL… --queue" and "parallax watch FEED… --queue" (feeds
polled by the workers' every-minute schedule); "parallax status" shows the queue.

  --concurrency N  jobs at once in this process (default 2)
  --allow-private  let fetches reach private and loopback addresses (an intranet, a test server)
  --log FORMAT     json (default: one object a line, for log collectors) or text

Stops on Ctrl+C (SIGINT) or SIGTERM after the jobs in progress finish.
Exit status: 0 after a clean stop, 1 when the database cannot be reached, 2 on a usage error.`;

export async function workerCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { concurrency: { type: 'string' }, 'allow-private': { type: 'boolean' }, log: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${WORKER_HELP}\n`), 0;
  if (args.positionals.length) return usage(io, `worker takes no arguments; found "${args.positionals[0]}"`);
  const concurrency = positiveInt(args.values.concurrency, 'concurrency');
  if (typeof concurrency === 'object') return usage(io, concurrency.error);
  const format = (args.values.log ?? 'json') as string;
  if (format !== 'json' && format !== 'text') return usage(io, `--log takes json or text, found "${format}"`);
  const url = io.env?.DATABASE_URL;
  if (!url) return usage(io, 'workers share a PostgreSQL database: set DATABASE_URL=postgres://user@host:5432/db');
  const logger = createLogger({ format: format as LogFormat, write: io.stderr });
  let worker;
  try {
    worker = await startWorker({ databaseUrl: url, concurrency: concurrency ?? 2, logger, ...(args.values['allow-private'] ? { fetch: { allowPrivate: true } } : {}) });
  } catch (error) {
    io.stderr(`parallax: cannot start the worker on ${redact(url)}: ${(error as Error).message}\n`);
    return 1;
  }
  const stop = () => void worker.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const outcome = await worker.done;
    return outcome.ok ? 0 : 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
