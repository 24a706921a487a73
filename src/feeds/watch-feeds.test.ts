import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { openLibrary } from '../library/library.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { listFeeds } from './watch-feeds.js';

// An invented outlet, the Harbourside Gazette, with two reports on one invented event.
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Harbourside Gazette"></head><body><nav>Home | World</nav><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const PAGES: Record<string, string> = {
  '/news/ferry-fire': page('Fire on the Tolvik ferry forces evacuation', 'A fire broke out on the Tolvik ferry in the harbour of Brennmark on Sunday, and all 212 passengers were taken off safely, the port authority said.\n"The crew acted within minutes," said Ilse Marrow, the harbour master.\nInvestigators from the maritime board will examine the engine room on Monday.'),
  '/news/ferry-inquiry': page('Maritime board opens inquiry into Tolvik ferry fire', 'The maritime board opened an inquiry on Monday into the fire on the Tolvik ferry in Brennmark harbour, which forced 212 passengers to leave the ship.\nHarbour master Ilse Marrow said the crew had followed every drill.\nThe ferry will stay out of service for at least three weeks.'),
};
const RSS = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbourside Gazette</title><link>${base}/</link>
<item><title>Fire on the Tolvik ferry forces evacuation</title><link>${base}/news/ferry-fire</link><guid>ferry-fire</guid><pubDate>Sun, 02 Mar 2031 10:00:00 GMT</pubDate><description>A short teaser & more.</description></item>
<item><title>Maritime board opens inquiry into Tolvik ferry fire</title><link>/news/ferry-inquiry</link><guid>ferry-inquiry</guid><pubDate>Mon, 03 Mar 2031 09:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${base}/news/missing</link><guid>missing</guid></item>
</channel></rss>`;

let server: Server;
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-'));
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS(base));
    }
    if (path === '/garbage.xml') return res.writeHead(200, { 'content-type': 'application/xml' }).end('\u0000\u0001 not a feed at all <<<');
    if (path === '/broken.xml') return res.writeHead(500).end('oops');
    if (path === '/loop.xml') return res.writeHead(302, { location: '/loop2.xml' }).end();
    if (path === '/loop2.xml') return res.writeHead(302, { location: '/loop.xml' }).end();
    if (path === '/endless.xml') {
      // A feed that never ends (as a 1 GB body would): no Content-Length, chunks until the reader stops.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = `<item><title>${'x'.repeat(60_000)}</title></item>`;
      const pump = () => {
        while (res.write(chunk)) if (res.destroyed) return;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      pump();
      res.on('close', () => res.removeAllListeners('drain'));
      return;
    }
    const html = PAGES[path];
    if (html) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function capture(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stderrIsTTY: false, env: {}, out: () => out, err: () => err };
}

describe('parallax watch', () => {
  const db = join(dir, 'library');

  it('refuses a feed on a private address unless --allow-private', async () => {
    const io = capture();
    expect(await main(['watch', `${base}/feed.xml`, '--once', '--db', join(dir, 'refused')], io)).toBe(1);
    expect(io.err()).toMatch(/not a public address/);
  });

  it('polls once: new items become articles of one story; a missing page is reported; broken feeds do not stop the others', async () => {
    const opml = join(dir, 'feeds.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline type="rss" text="Gazette" xmlUrl="${base}/feed.xml"/><outline type="rss" text="Garbage" xmlUrl="${base}/garbage.xml"/></outline></body></opml>`);
    const io = capture();
    expect(await main(['watch', opml, `${base}/broken.xml`, '--once', '--allow-private', '--db', db], io)).toBe(1);
    expect(io.out()).toMatch(/feed\.xml: 2 added, 0 already there/);
    expect(io.err()).toMatch(/garbage\.xml/);
    expect(io.err()).toMatch(/broken\.xml/);
    expect(io.err()).toMatch(/missing/);
    const library = await openLibrary({ store: await openSqliteStore(db) });
    const stories = await library.store.listStories();
    expect(stories.map((s) => s.story.articleIds.length)).toEqual([2]);
    const article = await library.store.getArticle(stories[0]?.story.articleIds[0] as string);
    expect(article?.article.url).toMatch(/\/news\/ferry-(fire|inquiry)$/);
    expect(article?.article.text).not.toMatch(/Home \| World/);
    const feeds = await listFeeds(library);
    const gazette = feeds.find((f) => f.url.endsWith('/feed.xml'));
    expect(gazette).toMatchObject({ etag: '"v1"', added: 2, failures: 0 });
    expect(feeds.find((f) => f.url.endsWith('/broken.xml'))).toMatchObject({ failures: 1 });
    await library.close();
  });

  it('a redirect loop and an endless body are clear errors in status; the library is untouched', async () => {
    const io = capture();
    expect(await main(['watch', `${base}/loop.xml`, `${base}/endless.xml`, '--once', '--allow-private', '--db', db], io)).toBe(1);
    expect(io.err()).toMatch(/loop\.xml.*redirect/is);
    expect(io.err()).toMatch(/endless\.xml.*(MB|too large|limit)/is);
    const status = capture();
    expect(await main(['status', '--db', db, '--json'], status)).toBe(0);
    const feeds = (JSON.parse(status.out()) as { feeds: { url: string; failures: number; lastError: string | null }[] }).feeds;
    expect(feeds.find((f) => f.url.endsWith('/loop.xml'))).toMatchObject({ failures: 1 });
    expect(feeds.find((f) => f.url.endsWith('/endless.xml'))?.lastError).toMatch(/MB|large|limit/i);
  });

  it('a second round costs one conditional request per feed: 304, nothing fetched again', async () => {
    const pagesBefore = hits['/news/ferry-fire'];
    const io = capture();
    await main(['watch', `${base}/feed.xml`, '--once', '--allow-private', '--db', db], io);
    expect(io.out()).toMatch(/feed\.xml: not modified/);
    expect(hits['/news/ferry-fire']).toBe(pagesBefore);
  });
});
