import { afterEach, describe, expect, it } from 'vitest';
import { createRobotsCheck } from './robots.js';
import { fakeClock, serve, type TestServer } from './test-support.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A site whose robots.txt answers with `status` and `body`; every other path is a page. */
async function site(status: number, body = ''): Promise<TestServer> {
  const server = await serve((req, res) => {
    if (req.url === '/robots.txt') res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>page</p>');
  });
  servers.push(server);
  return server;
}

const robotsFetches = (server: TestServer) => server.requests.filter((r) => r.path === '/robots.txt').length;

describe('createRobotsCheck', () => {
  it('applies the Parallax group: disallowed paths are refused with the rule\'s line, others allowed', async () => {
    const server = await site(200, 'User-agent: *\nDisallow: /\n\nUser-agent: Parallax\nDisallow: /members/\nAllow: /\n');
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true } });
    const refused = await robots.check(`${server.origin}/members/ledger`);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.message).toMatchObject({ severity: 'error', ruleId: 'fetch/robots' });
      expect(refused.message.reason).toContain('disallows Parallax from /members/ledger (line 5)');
    }
    expect(await robots.check(`${server.origin}/news/harbour`)).toEqual({ allowed: true, crawlDelayMs: null });
    expect(robotsFetches(server)).toBe(1); // cached per origin
  });

  it('falls back to the * group and reads its Crawl-delay, capped at 60 s', async () => {
    const server = await site(200, 'User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nCrawl-delay: 3\nDisallow: /drafts\n');
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true } });
    expect(await robots.check(`${server.origin}/news`)).toEqual({ allowed: true, crawlDelayMs: 3000 });
    expect((await robots.check(`${server.origin}/drafts/1`)).allowed).toBe(false);
    const slow = await site(200, 'User-agent: *\nCrawl-delay: 3600\n');
    expect(await robots.check(`${slow.origin}/`)).toEqual({ allowed: true, crawlDelayMs: 60_000 });
  });

  it('allows everything when robots.txt is missing (404)', async () => {
    const server = await site(404);
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true } });
    expect(await robots.check(`${server.origin}/anything`)).toEqual({ allowed: true, crawlDelayMs: null });
  });

  it.each([[500], [503], [429]])('disallows the whole site while robots.txt answers %i (RFC 9309)', async (status) => {
    const server = await site(status);
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true } });
    const verdict = await robots.check(`${server.origin}/news`);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.message.reason).toMatch(new RegExp(`could not be read \\(.*HTTP ${status}.*RFC 9309`));
  });

  it('disallows an unreachable site', async () => {
    const server = await site(200);
    await server.close();
    servers.length = 0;
    const verdict = await createRobotsCheck({ fetchOptions: { allowPrivate: true } }).check(`${server.origin}/news`);
    expect(verdict.allowed || verdict.message.reason).toContain('refused the connection');
  });

  it('shares one fetch between concurrent checks, and fetches again after the TTL (sooner after an error)', async () => {
    const clock = fakeClock(0);
    const server = await site(200, 'User-agent: *\nAllow: /\n');
    const robots = createRobotsCheck({ fetchOptions: { allowPrivate: true }, clock: clock.now, ttlMs: 3_600_000, errorTtlMs: 600_000 });
    await Promise.all([robots.check(`${server.origin}/a`), robots.check(`${server.origin}/b`)]);
    expect(robotsFetches(server)).toBe(1);
    await clock.advance(3_599_999);
    await robots.check(`${server.origin}/c`);
    expect(robotsFetches(server)).toBe(1);
    await clock.advance(1);
    await robots.check(`${server.origin}/c`);
    expect(robotsFetches(server)).toBe(2);

    const failing = await site(500);
    await robots.check(`${failing.origin}/a`);
    await clock.advance(600_000);
    await robots.check(`${failing.origin}/a`);
    expect(robotsFetches(failing)).toBe(2);
  });

  it('refuses a URL that is not one', async () => {
    const verdict = await createRobotsCheck().check('gazette');
    expect(verdict.allowed || verdict.message.ruleId).toBe('fetch/bad-url');
  });
});
