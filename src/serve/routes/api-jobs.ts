/** GET /api/jobs/:id (progress and results) and /api/jobs/:id/events (the same, streamed as server-sent events). */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { JobRegistry, JobView } from '../jobs.js';
import { parseId } from '../params.js';
import { problem } from '../problem.js';

const finished = (job: JobView) => job.status === 'done' || job.status === 'failed';

export function jobApi(jobs: JobRegistry): Hono {
  const api = new Hono();

  api.get('/:id', (c) => {
    const id = parseId(c.req.param('id'), 'job');
    if (!id.ok) return problem(c, 400, id.message);
    const job = jobs.get(id.value);
    if (!job) return problem(c, 404, `no job has the id "${id.value}"; jobs are kept in memory until the server stops (and the oldest finished ones are forgotten)`);
    return c.json(job);
  });

  /** `event: progress` after every change, then one `event: done` with the final view; the stream then ends. */
  api.get('/:id/events', (c) => {
    const id = parseId(c.req.param('id'), 'job');
    if (!id.ok) return problem(c, 400, id.message);
    const first = jobs.get(id.value);
    if (!first) return problem(c, 404, `no job has the id "${id.value}"`);
    return streamSSE(c, async (stream) => {
      const send = (job: JobView) => stream.writeSSE({ event: finished(job) ? 'done' : 'progress', data: JSON.stringify(job) });
      if (finished(first)) return send(first);
      let wake: () => void = () => {};
      let latest: JobView = first;
      const unsubscribe = jobs.subscribe(id.value, (job) => {
        latest = job;
        wake();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake();
      });
      // The job may have moved on between `get` and `subscribe`.
      latest = jobs.get(id.value) ?? latest;
      let sent: JobView | null = null;
      while (!stream.aborted) {
        // Checked and awaited in one synchronous step, so a change cannot slip in between.
        if (latest === sent) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        sent = latest;
        await send(sent);
        if (finished(sent)) break;
      }
      unsubscribe();
    });
  });

  return api;
}
