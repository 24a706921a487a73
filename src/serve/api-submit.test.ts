import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/types.js';
import { createApp } from './app.js';
import { FOLLOW_UP } from './fixtures.js';
import { createJobRegistry, type JobRegistry, type JobView } from './jobs.js';
import { MAX_WAITING_JOBS } from './routes/api-submit.js';
import { exampleLibrary, fixedClock } from './testing.js';

let library: Library;
let jobs: JobRegistry;
let app: ReturnType<typeof createApp>;
let mainStory: string;
const logged: string[] = [];

beforeAll(async () => {
  library = await exampleLibrary();
  jobs = createJobRegistry({ clock: fixedClock, log: (l) => logged.push(l) });
  app = createApp({ library, jobs, maxBodyBytes: 64 * 1024, log: (l) => logged.push(l) });
  mainStory = (await library.store.storiesOfArticle('04-cpa-ostrel-strikes-brask'))[0]!;
});

const postJson = (body: unknown, headers: Record<string, string> = {}) => app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** Posts, checks the 202, waits for the queue, and returns the finished job. */
async function submit(res: Response | Promise<Response>): Promise<JobView> {
  const answer = await res;
  const body = (await answer.json()) as { job: string; url: string; events: string; status: string };
  expect(answer.status, JSON.stringify(body)).toBe(202);
  expect(body).toEqual({ job: expect.stringMatching(/^j-/), url: `/api/jobs/${body.job}`, events: `/api/jobs/${body.job}/events`, status: 'queued' });
  expect(answer.headers.get('location')).toBe(body.url);
  await jobs.idle();
  const job = await app.request(body.url);
  expect(job.status).toBe(200);
  return (await job.json()) as JobView;
}

const problemOf = async (res: Response) => ({ status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message });

describe('POST /api/articles', () => {
  it('adds a JSON article in the background; it joins the story of the same event', async () => {
    const job = await submit(postJson(FOLLOW_UP));
    expect(job).toMatchObject({ status: 'done', total: 1, done: 1, createdAt: '2031-05-02T10:00:00.000Z', finishedAt: '2031-05-02T10:00:00.000Z', stories: [mainStory] });
    expect(job.results).toEqual([{ kind: 'added', source: 'body', id: expect.stringMatching(/^dunmoor-counts-its-dead-as-mareth-waits-for-both-delegations-[0-9a-f]{8}$/), title: FOLLOW_UP.title, story: mainStory, newStory: false }]);
    const story = await library.store.getStory(mainStory);
    expect(story?.story.articleIds).toContain(job.results[0]!.id);
  });

  it('says an article already in the library is a duplicate, with its story', async () => {
    const job = await submit(postJson({ articles: [FOLLOW_UP] }));
    expect(job.results).toEqual([expect.objectContaining({ kind: 'duplicate', source: 'body#0', by: 'hash', story: mainStory })]);
  });

  it('takes an array; each broken item is rejected with its message and the others go on', async () => {
    const job = await submit(postJson([{ title: 'Broken' }, 42, { id: 'dam-note', title: 'Kessel Dam output note', text: 'The Kessel Dam on the Selva River produced record power this winter, the operator said on Monday, after weeks of heavy rain upstream.' }, { id: 'bad\u0001id', text: 'Some text here.' }]));
    expect(job.status).toBe('done');
    expect(job.total).toBe(4);
    const bySource = Object.fromEntries(job.results.map((r) => [r.source, r.kind === 'rejected' ? r.message.ruleId : r.kind]));
    expect(bySource).toEqual({ 'body#0': 'ingest/record-without-text', 'body#1': 'ingest/record-not-object', 'body#2': 'added', 'body#3': 'serve/bad-id' });
    expect(job.messages.map((m) => m.ruleId)).toContain('extract/short-text');
  });

  it('reads a form: files of every kind and a pasted article', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Lisk dam talks resume\nNegotiators met in Mareth on Monday.']), 'lisk.txt');
    form.append('files', new Blob([JSON.stringify([{ title: 'One', text: 'Ostrel and Varnia met in Mareth.' }, { nope: 1 }])]), 'batch.json');
    form.append('files', new Blob([gzipSync('<html><head><title>Brask repairs begin</title></head><body><article><h1>Brask repairs begin</h1><p>Engineers began repairing the Brask airbase runway on Monday after the missile strike.</p></article></body></html>')]), 'brask.html.gz');
    form.append('files', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])]), 'photo.txt');
    form.append('files', new Blob([]), '');
    form.append('text', 'Selva ferry resumes\n\nThe ferry across the Selva resumed service on Saturday.');
    form.append('title', 'Selva ferry resumes');
    form.append('outlet', 'Hadrow Courier');
    form.append('published', '2026-03-07');
    const job = await submit(app.request('/api/articles', { method: 'POST', body: form }));
    const summary = job.results.map((r) => `${r.source} ${r.kind === 'rejected' ? r.message.ruleId : r.kind}`).sort();
    expect(summary).toEqual(['batch.json#0 added', 'batch.json#1 ingest/record-without-text', 'brask.html.gz added', 'lisk.txt added', 'pasted text added', 'photo.txt ingest/binary']);
    const pasted = job.results.find((r) => r.source === 'pasted text')!;
    const stored = await library.store.getArticle(pasted.id!);
    expect(stored?.article).toMatchObject({ title: 'Selva ferry resumes', outlet: 'Hadrow Courier', published: '2026-03-07' });
    expect(job.results.find((r) => r.source === 'brask.html.gz')?.title).toBe('Brask repairs begin');
  });

  it('reads a text/plain body as one article', async () => {
    const job = await submit(app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Terrin shelter fills\n\nThe Terrin shelter west of Dunmoor was full on Sunday, aid workers said.' }));
    expect(job.results[0]).toMatchObject({ kind: 'added', title: 'Terrin shelter fills' });
  });

  it('stores text with U+0000 or lone surrogates after cleaning it, with a warning', async () => {
    const job = await submit(postJson({ title: 'Null\u0000 title', text: 'A line with a NUL \u0000 and a lone \ud800 surrogate, reported from Hadrow on Monday.' }));
    expect(job.results[0]?.kind).toBe('added');
    expect(job.messages.map((m) => m.ruleId)).toContain('serve/sanitized');
    expect((await library.store.getArticle(job.results[0]!.id!))?.article.text).toMatch(/NUL and a lone \uFFFD surrogate/);
  });

  it('redirects a browser form sent without script to the progress page', async () => {
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml' }, body: 'text=Dunmoor+quiet%0A%0AThe+border+was+quiet+on+Sunday.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/add\?job=j-/);
    await jobs.idle();
  });

  it.each([
    ['{"title": "cut', 400, /the body is not valid JSON \(.*\); expected one article object/],
    ['[]', 400, /nothing to add/],
    ['42', 400, /expected one article object, an array of them, or \{"articles": \[…\]\} as the JSON body, found number/],
    ['null', 400, /found null/],
    ['{"articles": []}', 400, /nothing to add/],
    ['[1, 1, … 5001 items]', 413, /5001 articles, above the 5000/],
  ])('answers the JSON body %s with %i', async (given, status, message) => {
    const body = given.includes('…') ? JSON.stringify(Array.from({ length: 5001 }, () => 1)) : given;
    const big = createApp({ library, jobs, log: () => {} });
    const res = await big.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(await problemOf(res)).toEqual({ status, message: expect.stringMatching(message) });
  });

  it.each([
    ['application/xml', /unsupported content type "application\/xml"; send application\/json/],
    ['', /unsupported content type \(none\)/],
  ])('answers the content type "%s" with a 415', async (type, message) => {
    const res = await app.request('/api/articles', { method: 'POST', headers: type ? { 'content-type': type } : {}, body: new Blob(['<a/>']) });
    expect(await problemOf(res)).toEqual({ status: 415, message: expect.stringMatching(message) });
  });

  it('answers a multipart body it cannot read with a 400', async () => {
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'not a form' });
    expect(await problemOf(res)).toEqual({ status: 400, message: expect.stringMatching(/multipart\/form-data body could not be read/) });
  });

  it('answers a body above the limit with a 413, whether or not it declares its length', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const declared = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
    expect(await problemOf(declared)).toEqual({ status: 413, message: expect.stringMatching(/larger than the 64 KB limit/) });
    const stream = new Blob([big]).stream();
    const streamed = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(await problemOf(streamed)).toEqual({ status: 413, message: expect.stringMatching(/larger than the 64 KB limit/) });
  });

  it('answers 503 while too many uploads are waiting', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const own = createJobRegistry({ log: () => {} });
    for (let i = 0; i < MAX_WAITING_JOBS; i++) own.submit(() => held);
    const busy = createApp({ library, jobs: own, log: () => {} });
    const res = await busy.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FOLLOW_UP) });
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await problemOf(res)).toEqual({ status: 503, message: expect.stringMatching(/busy: 20 uploads are waiting/) });
    release();
    await own.idle();
  });

  it('refuses a write from another site', async () => {
    const res = await postJson(FOLLOW_UP, { origin: 'http://evil.example', host: 'localhost:4173' });
    expect(await problemOf(res)).toEqual({ status: 403, message: expect.stringMatching(/another site/) });
    const fetchMeta = await postJson(FOLLOW_UP, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.status).toBe(403);
    const same = await postJson(FOLLOW_UP, { origin: 'http://localhost:4173', host: 'localhost:4173' });
    expect(same.status).toBe(202);
    await jobs.idle();
  });
});

describe('GET /api/jobs', () => {
  it('answers an unknown job with a 404', async () => {
    expect(await problemOf(await app.request('/api/jobs/j-none'))).toEqual({ status: 404, message: expect.stringMatching(/no job has the id "j-none"/) });
    expect((await app.request('/api/jobs/j-none/events')).status).toBe(404);
  });

  it('streams progress as server-sent events, ending with the finished job', async () => {
    const accepted = (await (await postJson([FOLLOW_UP, { title: 'Quiet night', text: 'Hadrow had a quiet night on Saturday, residents said, and the river was calm.' }])).json()) as { events: string };
    const res = await app.request(accepted.events);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await res.text();
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => [m[1], JSON.parse(m[2]!) as JobView] as const);
    expect(events.at(-1)?.[0]).toBe('done');
    expect(events.at(-1)?.[1]).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(events.slice(0, -1).every(([name]) => name === 'progress')).toBe(true);
    expect(events.length).toBeGreaterThan(2);
    // A finished job's stream is its final view at once.
    const again = await (await app.request(accepted.events)).text();
    expect(again.match(/event: /g)).toHaveLength(1);
  });

  it('fails a job whose library throws, logs the cause, and keeps the server up', async () => {
    const lines: string[] = [];
    const own = createJobRegistry({ log: (l) => lines.push(l) });
    const broken: Library = { ...library, add: async () => { throw new Error('store went away'); } };
    const brokenApp = createApp({ library: broken, jobs: own, log: () => {} });
    const res = await brokenApp.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FOLLOW_UP) });
    const { url } = (await res.json()) as { url: string };
    await own.idle();
    const job = (await (await brokenApp.request(url)).json()) as JobView;
    expect(job.status).toBe('failed');
    expect(job.messages.at(-1)).toMatchObject({ ruleId: 'serve/job-failed', reason: expect.not.stringMatching(/store went away/) });
    expect(lines.join('\n')).toMatch(/store went away/);
    expect((await brokenApp.request('/healthz')).status).toBe(200);
  });
});
