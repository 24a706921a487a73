import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/types.js';
import { createLogger } from '../ops/log.js';
import { createApp } from './app.js';
import { exampleLibrary } from './testing.js';

let library: Library;
beforeAll(async () => {
  library = await exampleLibrary();
});

describe('GET /metrics and the request log', () => {
  it('exposes request counters by route, durations and the library gauges in the Prometheus text format', async () => {
    const lines: string[] = [];
    const app = createApp({ library, log: () => {}, logger: createLogger({ write: (l) => lines.push(l), clock: () => new Date('2031-05-02T10:00:00Z') }) });
    await app.request('/api/stories');
    await app.request('/api/stories/s-unknown0000');
    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP parallax_http_requests_total /m);
    expect(text).toMatch(/^# TYPE parallax_http_requests_total counter$/m);
    expect(text).toContain('parallax_http_requests_total{method="GET",route="/api/stories",status="200"} 1');
    expect(text).toContain('parallax_http_requests_total{method="GET",route="/api/stories/:id",status="404"} 1');
    expect(text).toMatch(/^parallax_http_request_duration_seconds_bucket\{route="\/api\/stories",le="\+Inf"\} 1$/m);
    expect(text).toMatch(/^parallax_library_articles 9$/m);
    expect(text).toMatch(/^parallax_library_stale_stories 0$/m);
    expect(text).toMatch(/^parallax_upload_jobs_pending 0$/m);
    // Every sample line is `name{labels} value`.
    for (const line of text.trim().split('\n').filter((l) => !l.startsWith('#'))) expect(line).toMatch(/^[a-z_]+(\{[^}]*\})? [-+\d.eE]+|[-+]Inf|NaN$/);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged[0]).toMatchObject({ time: '2031-05-02T10:00:00.000Z', level: 'info', msg: 'request', method: 'GET', path: '/api/stories', route: '/api/stories', status: 200 });
  });

  it('needs the token when the server has one', async () => {
    const app = createApp({ library, log: () => {}, token: 'sesame' });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer sesame' } })).status).toBe(200);
  });
});
