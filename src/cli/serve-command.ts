import ipaddr from 'ipaddr.js';
import { fileURLToPath } from 'node:url';
import { extractInputs } from '../analyze.js';
import { openLibrary } from '../library/library.js';
import { describeLocation, openStore } from '../library/open-store.js';
import type { Library } from '../library/types.js';
import { DEFAULT_MAX_BODY_BYTES, createApp } from '../serve/app.js';
import { createJobRegistry } from '../serve/jobs.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../serve/server.js';
import { createMemoryStore } from '../store/memory-store.js';
import { createLogger, type LogFormat } from '../ops/log.js';
import type { ExtractedArticle } from '../types.js';
import { parse, positiveInt, usage } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';

export const SERVE_HELP = `Usage: parallax serve [--db PATH | --memory] [--host HOST] [--port N] [--token T] [--examples]

Serves the library as a web app and a JSON API (described at /api/openapi.json): the stories,
newest and most contested first; each story's cited brief, disputes and perspectives; each
article with its sentences highlighted; search; and a page to add articles (paste text or upload
files), which are analysed in the background and join the story they belong to.

Library:
  --db PATH      the library's directory (default: $PARALLAX_DB, else ./.parallax); with
                 DATABASE_URL set (and no --db) the library is that PostgreSQL database
  --memory       keep the library in memory only: nothing is written, all is gone on exit
  --examples     add the bundled example articles at start (already there: nothing changes)

Network:
  --host HOST    the address to listen on (default ${DEFAULT_HOST}: this machine only)
  --port N       the port (default ${DEFAULT_PORT}; 0 picks any free port)
  --token T      require this token (default: $PARALLAX_TOKEN). Programs send
                 "Authorization: Bearer T"; a browser opens /?token=T once and gets a cookie.
                 Without a token, anyone who can reach the port can read and add articles:
                 use one whenever --host is not a loopback address.
  --max-body N   largest upload, in bytes (default ${DEFAULT_MAX_BODY_BYTES} = 10 MB)

Operations:
  --log FORMAT   log every request on stderr as "json" (one object a line: time, level, msg,
                 method, path, route, status, ms) or "text"; default: no request log
  GET /metrics   Prometheus text: requests by route and status, durations, articles stored,
                 stories awaiting re-derivation, pending uploads, each watched feed's lag and
                 failures (needs the token when there is one)
  -h, --help     show this help

Stops on Ctrl+C (SIGINT) or SIGTERM: it finishes the uploads in progress first; a second
Ctrl+C stops at once (what was stored stays; an interrupted upload can be sent again).
Exit status: 0 after a clean stop, 1 when the library or the port cannot be opened, 2 on a usage error.
Examples:
  parallax serve --memory --examples          # try it: open the printed address
  parallax serve --db ~/news --port 8080
  PARALLAX_TOKEN=$(openssl rand -hex 16) parallax serve --host 0.0.0.0`;

/** How the command learns it should stop (injected so tests need no real signals). */
export interface StopSignals {
  /** Calls `listener` on every stop request (SIGINT, SIGTERM); returns the unsubscribe. */
  onStop(listener: () => void): () => void;
}

export function processSignals(): StopSignals {
  return {
    onStop(listener) {
      process.on('SIGINT', listener);
      process.on('SIGTERM', listener);
      return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
      };
    },
  };
}

const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

export function isLoopback(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback';
}

interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly token: string | undefined;
  readonly maxBodyBytes: number;
  readonly memory: boolean;
  readonly db: string | undefined;
  readonly examples: boolean;
  readonly log: LogFormat | undefined;
}

function options(argv: readonly string[], io: CliIo): ServeOptions | { error: string } | 'help' {
  const args = parse(argv, {
    db: { type: 'string' },
    memory: { type: 'boolean' },
    examples: { type: 'boolean' },
    host: { type: 'string' },
    port: { type: 'string' },
    token: { type: 'string' },
    'max-body': { type: 'string' },
    log: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if ('error' in args) return args;
  const v = args.values;
  if (v.help) return 'help';
  if (args.positionals.length) return { error: `serve takes no inputs (found "${args.positionals[0]}"); add articles from the web page or with "parallax analyze"` };
  if (v.memory && v.db !== undefined) return { error: 'choose one of --db PATH and --memory' };
  if (v.db === '') return { error: '--db takes the library\'s directory, found an empty value' };
  const host = String(v.host ?? DEFAULT_HOST);
  if (!host.trim() || /\s|\//.test(host)) return { error: `--host takes an address or host name like 127.0.0.1, ::1 or 0.0.0.0, found "${host}"` };
  const portText = String(v.port ?? DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return { error: `--port takes a whole number from 0 to 65535 (0: any free port), found "${portText}"` };
  const maxBody = positiveInt(v['max-body'], 'max-body');
  if (typeof maxBody === 'object') return maxBody;
  const token = typeof v.token === 'string' ? v.token : io.env?.PARALLAX_TOKEN || undefined;
  if (token !== undefined && !token.trim()) return { error: '--token takes a non-empty token (or leave it out)' };
  if (v.log !== undefined && v.log !== 'json' && v.log !== 'text') return { error: `--log takes json or text, found "${String(v.log)}"` };
  return { host, port, token, maxBodyBytes: maxBody ?? DEFAULT_MAX_BODY_BYTES, memory: Boolean(v.memory), db: v.db as string | undefined, examples: Boolean(v.examples), log: v.log as LogFormat | undefined };
}

export async function serveCommand(argv: readonly string[], io: CliIo, signals: StopSignals = processSignals()): Promise<number> {
  const o = options(argv, io);
  if (o === 'help') return io.stdout(`${SERVE_HELP}\n`), 0;
  if ('error' in o) return usage(io, o.error);
  const loopback = isLoopback(o.host);
  if (!loopback && !o.token) {
    io.stderr(`parallax: warning: --host ${o.host} lets other machines reach the server, and there is no token: anyone who can reach port ${o.port} can read the library and add articles. Set --token (or PARALLAX_TOKEN).\n`);
  }

  // Stop requests may come while the library opens; the first one is remembered.
  let requests = 0;
  let wake: () => void = () => {};
  const unsubscribe = signals.onStop(() => {
    requests++;
    wake();
  });
  const nextStop = (after: number) => new Promise<void>((resolve) => {
    if (requests > after) return resolve();
    wake = () => requests > after && resolve();
  });

  const where = o.memory ? 'memory (nothing is written)' : describeLocation({ ...(o.db !== undefined ? { db: o.db } : {}), env: io.env ?? {} });
  let library: Library;
  try {
    const store = o.memory ? await createMemoryStore() : await openStore({ ...(o.db !== undefined ? { db: o.db } : {}), env: io.env ?? {} });
    library = await openLibrary({ store });
  } catch (error) {
    unsubscribe();
    io.stderr(`parallax: could not open the library in ${where}: ${(error as Error).message}\n`);
    return 1;
  }

  let server: RunningServer | undefined;
  const jobs = createJobRegistry({ log: (line) => io.stderr(`${line}\n`) });
  try {
    const refreshed = await library.refresh();
    if (refreshed.length) io.stderr(`Re-derived ${refreshed.length} stories left stale by an interrupted run.\n`);
    if (o.examples) await addExamples(library, io);
    const app = createApp({ library, jobs, maxBodyBytes: o.maxBodyBytes, log: (line) => io.stderr(`${line}\n`), ...(o.log ? { logger: createLogger({ format: o.log, write: io.stderr }) } : {}), ...(o.token ? { token: o.token } : {}), ...(loopback ? { allowedHosts: [...LOOPBACK_NAMES, o.host] } : {}) });
    server = await startServer({ app, host: o.host, port: o.port });
  } catch (error) {
    unsubscribe();
    await library.close();
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${o.port} is in use; choose another with --port, or --port 0 for any free port` : code === 'EADDRNOTAVAIL' ? `this machine has no address ${o.host}; use 127.0.0.1, or 0.0.0.0 for every address` : code === 'EACCES' ? `not allowed to listen on port ${o.port}; ports below 1024 need privileges, use --port ${DEFAULT_PORT}` : (error as Error).message;
    io.stderr(`parallax: could not start the server: ${reason}\n`);
    return 1;
  }

  const articles = await library.store.countArticles();
  io.stdout(`Parallax is serving ${server.url}\n`);
  io.stdout(`Library: ${where}, ${articles} ${articles === 1 ? 'article' : 'articles'}\n`);
  if (o.token) io.stdout(`A token is required. In a browser, open ${server.url}/?token=${encodeURIComponent(o.token)} once.\n`);
  io.stdout('Press Ctrl+C to stop.\n');

  await nextStop(0);
  io.stderr('Stopping: no new requests are taken.\n');
  await server.close();
  if (jobs.pending()) {
    io.stderr(`Finishing ${jobs.pending()} upload ${jobs.pending() === 1 ? 'job' : 'jobs'}; press Ctrl+C again to stop now (what was stored stays).\n`);
    await Promise.race([jobs.idle(), nextStop(1)]);
  }
  unsubscribe();
  await library.close();
  io.stderr('Stopped.\n');
  return 0;
}

/** Adds the bundled examples (a no-op for those already in the library). */
async function addExamples(library: Library, io: CliIo): Promise<void> {
  const articles: ExtractedArticle[] = [];
  for await (const item of extractInputs([EXAMPLES_DIR])) {
    if (item.kind === 'article') articles.push(item.article);
    else if (item.message.severity === 'error') io.stderr(formatMessage(item.message));
  }
  const results = await library.add(articles);
  const added = results.filter((r) => r.kind === 'added').length;
  io.stderr(`Examples: ${added} added, ${results.length - added} already in the library.\n`);
}
