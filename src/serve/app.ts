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

  app.use(securityHeaders());
  app.use(access({ ...(options.token ? { token: options.token } : {}), ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}), denyPage: errorPage }));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
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
