/**
 * POST /api/articles: JSON (an object, an array, or {"articles": […]}), a form (files and/or a
 * pasted "text" with title, outlet, url, published), or one text/plain or text/html body. Answers
 * 202 with the job at once; the job reads, extracts and adds the articles in the background.
 * A browser form sent without the page's script is answered with a redirect to its progress page.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Library } from '../../library/types.js';
import { articleJob } from '../article-job.js';
import type { JobRegistry } from '../jobs.js';
import { problem } from '../problem.js';
import { readSubmission } from '../read-submission.js';

const MB = 1024 * 1024;
/** Uploads waiting at most; each holds its body in memory (chosen: 20 × the 10 MB default cap = 200 MB at worst). */
export const MAX_WAITING_JOBS = 20;

export function submitApi(library: Library, jobs: JobRegistry, maxBodyBytes: number): Hono {
  const api = new Hono();
  const limit = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problem(c, 413, `the request body is larger than the ${sizeText(maxBodyBytes)} limit; send fewer or smaller articles per request (the server's --max-body option sets the limit)`),
  });
  api.post('/', limit, async (c) => {
    if (jobs.pending() >= MAX_WAITING_JOBS) {
      c.header('Retry-After', '30');
      return problem(c, 503, `the server is busy: ${jobs.pending()} uploads are waiting to be analysed; send this one again when they have finished`);
    }
    const submission = await readSubmission(c.req.raw);
    if (!submission.ok) return problem(c, submission.status, submission.message);
    const job = jobs.submit(articleJob(submission.items, library));
    const url = `/api/jobs/${encodeURIComponent(job.id)}`;
    if (wantsHtml(c.req.header('accept'))) return c.redirect(`/add?job=${encodeURIComponent(job.id)}`, 303);
    c.header('Location', url);
    return c.json({ job: job.id, url, events: `${url}/events`, status: job.status }, 202);
  });
  return api;
}

/** A browser navigating (a form sent without script) asks for HTML first; `fetch` and programs do not. */
function wantsHtml(accept: string | undefined): boolean {
  return !!accept && /^text\/html\b/.test(accept.trim());
}

export function sizeText(bytes: number): string {
  return bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
