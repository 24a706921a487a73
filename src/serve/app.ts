/**
 * The Parallax server as a `Request → Response` function (hono): the JSON API under /api, the web
 * app's pages, and the security around both. No analysis happens here: reads go to the library's
 * store, writes to `library.add` through the job queue. Test it with `app.request()`, no socket.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Library } from '../library/types.js';
import { access } from './access.js';
import { createJobRegistry, type JobRegistry } from './jobs.js';
import { OPENAPI } from './openapi.js';
import { errorPage } from './pages/error-page.js';
import { problem } from './problem.js';
import { articleApi } from './routes/api-articles.js';
import { jobApi } from './routes/api-jobs.js';
import { searchApi } from './routes/api-search.js';
import { storyApi } from './routes/api-stories.js';
import { submitApi } from './routes/api-submit.js';
import { pageRoutes } from './routes/pages.js';
import { securityHeaders } from './security-headers.js';
import { listFeeds } from '../feeds/watch-feeds.js';
import { createMetrics, type Metrics } from '../ops/metrics.js';
import type { Logger } from '../ops/log.js';

export interface AppOptions {
  readonly library: Library;
  /** When set, every route but /healthz needs it (bearer header, or the cookie `/?token=T` sets). */
  readonly token?: string;
  /** Largest request body (an upload), in bytes. Default 10 MB. */
  readonly maxBodyBytes?: number;
  /** The clock of job timestamps. */
  readonly clock?: () => Date;
  /** The job queue (injected by tests to wait for it; default: a new one). */
  readonly jobs?: JobRegistry;
  /** Host names the server answers to (set for a loopback server: stops DNS rebinding). Default: any. */
  readonly allowedHosts?: readonly string[];
  /** Where internal errors are logged (never sent to clients). Default: stderr. */
  readonly log?: (line: string) => void;
  /** Structured request log (one line per request: method, route, status, ms). Default: none. */
  readonly logger?: Logger;
  /** The metrics registry /metrics exposes (injected to add gauges, e.g. a job queue's depth). Default: a new one. */
  readonly metrics?: Metrics;
}

/** Request duration buckets (seconds): pages and API reads take milliseconds; uploads are queued, not waited on. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** The library's gauges: what an operator watches (articles stored, stories awaiting re-derivation, feed lag). */
function libraryGauges(metrics: Metrics, library: Library, jobs: JobRegistry, clock: () => Date): void {
  metrics.gauge('parallax_library_articles', 'Articles stored in the library.', async () => [{ value: await library.store.countArticles() }]);
  metrics.gauge('parallax_library_stale_stories', 'Stories whose articles changed and whose analysis awaits re-derivation.', async () => {
    const dirty = await library.store.getMeta('library.dirty');
    return [{ value: Array.isArray(dirty) ? dirty.length : 0 }];
  });
  metrics.gauge('parallax_upload_jobs_pending', 'Uploads waiting or being analysed in this server.', () => [{ value: jobs.pending() }]);
  metrics.gauge('parallax_feed_lag_seconds', 'Seconds since each watched feed last brought a new article (since its first poll when it never did).', async () => {
    const now = clock().getTime();
    return (await listFeeds(library)).flatMap((f) => {
      const since = f.lastNewAt ?? f.checkedAt;
      return since ? [{ labels: { feed: f.url }, value: (now - Date.parse(since)) / 1000 }] : [];
    });
  });
  metrics.gauge('parallax_feed_failures', 'Consecutive failed polls of each watched feed.', async () => (await listFeeds(library)).map((f) => ({ labels: { feed: f.url }, value: f.failures })));
  metrics.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () => [{ value: process.memoryUsage.rss() }]);
}

/** Default upload cap: dozens of saved pages or thousands of pasted articles; larger batches go through the CLI. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

export function createApp(options: AppOptions): Hono {
  const { library } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const jobs = options.jobs ?? createJobRegistry({ log, ...(options.clock ? { clock: options.clock } : {}) });
  const app = new Hono();
  const clock = options.clock ?? (() => new Date());
  const metrics = options.metrics ?? createMetrics();
  const requests = metrics.counter('parallax_http_requests_total', 'HTTP requests answered, by method, route and status.');
  const durations = metrics.histogram('parallax_http_request_duration_seconds', 'Time to answer HTTP requests, by route.', DURATION_BUCKETS);
  libraryGauges(metrics, library, jobs, clock);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    // The matched route pattern (/api/stories/:id), never the raw path: labels stay few.
    const route = c.req.routePath || 'unmatched';
    requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    durations.observe(seconds, { route });
    options.logger?.info('request', { method: c.req.method, path: c.req.path, route, status: c.res.status, ms: Math.round(seconds * 10_000) / 10 });
  });
  app.use(securityHeaders());
  app.use(access({ ...(options.token ? { token: options.token } : {}), ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}), denyPage: errorPage }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/metrics', async (c) => c.body(await metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }));
  app.route('/api/stories', storyApi(library));
  app.route('/api/articles', submitApi(library, jobs, maxBodyBytes));
  app.route('/api/articles', articleApi(library));
  app.route('/api/search', searchApi(library));
  app.route('/api/jobs', jobApi(jobs));
  app.route('/', pageRoutes(library, jobs, maxBodyBytes));

  app.notFound((c) => (isApi(c.req.path) ? problem(c, 404, `no API route ${c.req.method} ${c.req.path}; the routes are listed in /api/openapi.json`) : errorPage(c, 404, `There is no page at ${c.req.path}.`)));
  app.onError((error, c) => {
    // hono's own refusals (a body it could not parse) carry their status; they are the client's doing.
    if (error instanceof HTTPException && error.status < 500) return isApi(c.req.path) ? problem(c, error.status, error.message || 'the request could not be read') : errorPage(c, error.status, error.message || 'The request could not be read.');
    log(`parallax serve: ${c.req.method} ${c.req.path} failed: ${error?.stack ?? String(error)}`);
    return isApi(c.req.path) ? problem(c, 500, 'internal error: the server could not answer this request (the cause is in the server log)') : errorPage(c, 500, 'The server could not show this page (the cause is in the server log).');
  });
  return app;
}
