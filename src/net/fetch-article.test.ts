import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract.js';
import type { Message, RawDocument } from '../types.js';
import { articleIdFromUrl } from './article-id.js';
import { fetchArticle } from './fetch-article.js';
import { createHostScheduler } from './politeness.js';
import { readFeed } from './read-feed.js';
import { createRobotsCheck } from './robots.js';
import { serve, type Handler, type TestServer } from './test-support.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(routes: Record<string, Handler>): Promise<TestServer> {
  const server = await serve((req, res, info) => {
    const route = routes[req.url ?? ''];
    if (route) route(req, res, info);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  servers.push(server);
  return server;
}

const ARTICLE = `<!doctype html><html><head><title>Ferry pier reopens | Harbourside Gazette</title></head><body>
<article><h1>Ferry pier reopens</h1><p>The north pier of Harbourside took ferries again on Tuesday after three weeks of storm repairs, Harbour Master Ilse Varga said.</p>
<p>Crews replaced forty timber piles and the landing ramp, and the first crossing left at six in the morning with eighty passengers on board.</p></article></body></html>`;

const html = (body: string): Handler => (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
const robotsTxt = (body: string): Handler => (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(body);

function isMessage(value: RawDocument | Message): value is Message {
  return 'severity' in value;
}

describe('fetchArticle', () => {
  it('fetches a page as an html document that extract can read', async () => {
    const server = await start({ '/2026/03/ferry-pier-reopens.html': html(ARTICLE) });
    const url = `${server.origin}/2026/03/ferry-pier-reopens.html`;
    const doc = await fetchArticle(url, { allowPrivate: true });
    if (isMessage(doc)) throw new Error(doc.reason);
    expect(doc).toEqual({ id: articleIdFromUrl(url), origin: { url }, source: url, format: 'html', content: ARTICLE, given: {} });
    expect(doc.id).toMatch(/^ferry-pier-reopens-[0-9a-f]{8}$/);
    const { article } = extractArticle(doc);
    expect(article?.text).toContain('took ferries again on Tuesday');
  });

  it('reads text/plain as a text document and refuses a feed type', async () => {
    const server = await start({
      '/notice.txt': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('Harbour closed on Sunday.'),
      '/feed': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
    });
    expect(await fetchArticle(`${server.origin}/notice.txt`, { allowPrivate: true })).toMatchObject({ format: 'text', content: 'Harbour closed on Sunday.' });
    expect(await fetchArticle(`${server.origin}/feed`, { allowPrivate: true })).toMatchObject({ ruleId: 'fetch/content-type' });
  });

  it('respects robots.txt before the first request and before each redirect hop', async () => {
    const server = await start({
      '/robots.txt': robotsTxt('User-agent: Parallax\nDisallow: /members/\n'),
      '/members/ledger': html(ARTICLE),
      '/go': (_req, res) => res.writeHead(302, { location: '/members/ledger' }).end(),
    });
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true } });
    const direct = await fetchArticle(`${server.origin}/members/ledger`, { allowPrivate: true, robots });
    expect(direct).toMatchObject({ ruleId: 'fetch/robots', source: `${server.origin}/members/ledger` });
    const redirected = await fetchArticle(`${server.origin}/go`, { allowPrivate: true, robots });
    expect(redirected).toMatchObject({ ruleId: 'fetch/robots', source: `${server.origin}/go` });
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', '/go']); // the page itself was never requested
  });

  it('skips robots.txt when told to', async () => {
    const server = await start({ '/robots.txt': robotsTxt('User-agent: *\nDisallow: /\n'), '/a': html(ARTICLE) });
    expect(isMessage(await fetchArticle(`${server.origin}/a`, { allowPrivate: true, robots: false }))).toBe(false);
  });

  it('raises the host delay to the robots Crawl-delay and waits for the host\'s turn', async () => {
    const server = await start({ '/robots.txt': robotsTxt('User-agent: *\nCrawl-delay: 7\n'), '/a': html(ARTICLE) });
    const sleeps: number[] = [];
    let now = 0;
    const scheduler = createHostScheduler({ minDelayMs: 1000, clock: () => now, sleep: async (ms) => void sleeps.push(ms) });
    const options = { allowPrivate: true, scheduler, robots: createRobotsCheck({ fetchOptions: { allowPrivate: true } }) };
    await fetchArticle(`${server.origin}/a`, options);
    expect(scheduler.hostDelay(server.origin)).toBe(7000);
    now = 2000;
    await fetchArticle(`${server.origin}/a`, options);
    expect(sleeps).toEqual([5000]);
  });

  it('reports an empty page and a private address', async () => {
    const server = await start({ '/empty': html('  ') });
    expect(await fetchArticle(`${server.origin}/empty`, { allowPrivate: true, robots: false })).toMatchObject({ ruleId: 'fetch/empty' });
    expect(await fetchArticle(`${server.origin}/empty`)).toMatchObject({ ruleId: 'fetch/private-address', source: `${server.origin}/empty` });
  });
});

const RSS = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbourside Gazette</title>${items}</channel></rss>`;
const ITEM = '<item><title>Ferry pier reopens</title><link>/2026/03/ferry-pier-reopens.html</link><guid>hg-1</guid></item>';

describe('readFeed', () => {
  it('polls with a conditional GET: items and state first, then not-modified with the state kept', async () => {
    const server = await start({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304, { etag: '"f1"' }).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"', 'last-modified': 'Wed, 04 Mar 2026 08:00:00 GMT' }).end(RSS(ITEM));
      },
    });
    let now = Date.parse('2026-03-04T09:00:00Z');
    const options = { allowPrivate: true, robots: false as const, clock: () => now };
    const first = await readFeed(`${server.origin}/feed.xml`, null, options);
    expect(first).toMatchObject({ title: 'Harbourside Gazette', notModified: false, messages: [] });
    expect(first.items.map((i) => i.url)).toEqual([`${server.origin}/2026/03/ferry-pier-reopens.html`]);
    expect(first.state).toEqual({ etag: '"f1"', lastModified: 'Wed, 04 Mar 2026 08:00:00 GMT', checkedAt: '2026-03-04T09:00:00.000Z' });
    now += 600_000;
    const second = await readFeed(`${server.origin}/feed.xml`, first.state, options);
    expect(second).toMatchObject({ items: [], notModified: true, state: { etag: '"f1"', lastModified: 'Wed, 04 Mar 2026 08:00:00 GMT', checkedAt: '2026-03-04T09:10:00.000Z' } });
    expect(server.requests[1]!.headers['if-modified-since']).toBe('Wed, 04 Mar 2026 08:00:00 GMT');
  });

  it('keeps the old validators when the feed is garbage, so it is read in full next time', async () => {
    const server = await start({ '/feed.xml': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', etag: '"broken"' }).end('<html><body>Maintenance</body></html>') });
    const state = { etag: '"f1"', lastModified: null, checkedAt: null };
    const read = await readFeed(`${server.origin}/feed.xml`, state, { allowPrivate: true, robots: false });
    expect(read.messages).toEqual([expect.objectContaining({ ruleId: 'feed/malformed' })]);
    expect(read.state.etag).toBe('"f1"');
  });

  it('reports a failing feed as a message with the state kept', async () => {
    const server = await start({ '/feed.xml': (_req, res) => res.writeHead(503).end() });
    const read = await readFeed(`${server.origin}/feed.xml`, null, { allowPrivate: true, robots: false });
    expect(read).toMatchObject({ items: [], notModified: false, state: { etag: null, lastModified: null }, messages: [{ ruleId: 'fetch/http-status' }] });
  });
});
