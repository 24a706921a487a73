import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchResult } from './fetch-types.js';
import { safeFetch } from './safe-fetch.js';
import { manualTimers, serve, serveTls, settle, TEST_TLS, type Handler, type TestServer } from './test-support.js';
import type { Resolver } from './vet-host.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(handler: Handler): Promise<TestServer> {
  const server = await serve(handler);
  servers.push(server);
  return server;
}

const PAGE = '<!doctype html><html><head><title>Harbourside Gazette</title></head><body><p>The ferry pier reopened.</p></body></html>';

const page: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' });
  res.end(PAGE);
};

/** Maps invented names to addresses; a test that needs one "public" loopback server lists it in allowAddresses. */
function resolverOf(table: Record<string, string[]>): Resolver {
  return async (host) => {
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function expectError(result: FetchResult, ruleId: string): string {
  if (result.kind !== 'error') throw new Error(`expected ${ruleId}, got ${result.kind}`);
  expect(result.message.ruleId).toBe(ruleId);
  expect(result.message.severity).toBe('error');
  return result.message.reason;
}

describe('safeFetch: success', () => {
  it('fetches a page with its final URL, kept headers, timings and a Parallax user agent', async () => {
    const server = await start(page);
    const result = await safeFetch(`${server.origin}/story`, { allowPrivate: true });
    expect(result).toMatchObject({
      kind: 'ok', status: 200, url: `${server.origin}/story`, finalUrl: `${server.origin}/story`, redirects: [], mediaType: 'text/html', body: PAGE,
      headers: { etag: '"v1"', lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT', contentType: 'text/html; charset=utf-8' },
    });
    if (result.kind !== 'ok') return;
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.headersMs);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^Parallax\/\d+\.\d+\.\d+ /);
    expect(server.requests[0]!.headers.host).toBe(`127.0.0.1:${server.port}`);
  });

  it.each([
    ['a header charset', { 'content-type': 'text/html; charset=windows-1252' }, Buffer.from('<p>caf\xe9</p>', 'latin1')],
    ['a meta charset', { 'content-type': 'text/html' }, Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9</p>', 'latin1')],
    ['an XML declaration', { 'content-type': 'application/rss+xml' }, Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf\xe9</rss>', 'latin1')],
    ['gzip', { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }, gzipSync('<p>café</p>')],
  ])('decodes the body by %s', async (_what, headers, bytes) => {
    const server = await start((_req, res) => {
      res.writeHead(200, headers);
      res.end(bytes);
    });
    const result = await safeFetch(server.origin, { allowPrivate: true });
    expect(result.kind === 'ok' && result.body).toContain('café');
  });

  it('follows relative redirects and lists them', async () => {
    const server = await start((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/newer' }).end();
      else if (req.url === '/newer') res.writeHead(302, { location: `${'http://127.0.0.1'}:${(req.socket.localPort ?? 0)}/final#top` }).end();
      else page(req, res, { origin: '' });
    });
    const result = await safeFetch(`${server.origin}/old`, { allowPrivate: true });
    expect(result).toMatchObject({ kind: 'ok', finalUrl: `${server.origin}/final#top`, redirects: [`${server.origin}/old`, `${server.origin}/newer`] });
  });
});

describe('safeFetch: conditional GET', () => {
  it('sends If-None-Match and If-Modified-Since and reports a 304 as not-modified', async () => {
    const server = await start((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else page(req, res, { origin: '' });
    });
    const result = await safeFetch(server.origin, { allowPrivate: true, etag: '"v1"', lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT' });
    expect(result).toMatchObject({ kind: 'not-modified', status: 304, headers: { etag: '"v1"' } });
    expect(server.requests[0]!.headers['if-modified-since']).toBe('Tue, 03 Mar 2026 10:00:00 GMT');
  });
});

describe('safeFetch: refusals', () => {
  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://10.20.30.40/', 'private'],
    ['http://172.16.5.4/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['http://100.64.0.1/', 'carrierGradeNat'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'broadcast'],
    ['http://240.0.0.1/', 'reserved'],
    ['http://[fe80::1]/', 'linkLocal'],
    ['http://[fd12:3456::1]/', 'uniqueLocal'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:a9fe:a9fe]/', 'linkLocal'],
    ['http://[64:ff9b::10.0.0.1]/', 'private'],
    ['http://[::127.0.0.1]/', 'ipv4Compatible'],
    ['http://[2002:7f00:1::1]/', '6to4'],
    ['http://2130706433/', 'loopback'], // decimal
    ['http://0x7f000001/', 'loopback'], // hex
    ['http://0177.0.0.1/', 'loopback'], // octal
    ['http://0x7f.1/', 'loopback'], // mixed short form
    ['http://127.1/', 'loopback'],
    ['http://017700000001/', 'loopback'],
  ])('refuses %s (%s) without connecting', async (url, range) => {
    const reason = expectError(await safeFetch(url, { resolver: () => Promise.reject(new Error('literal addresses are not resolved')) }), 'fetch/private-address');
    expect(reason).toContain(`range: ${range}`);
  });

  it('refuses localhost through the system resolver', async () => {
    expectError(await safeFetch('http://localhost:9/'), 'fetch/private-address');
  });

  it('refuses a name the resolver maps to a private address, and a name with one private address among public ones', async () => {
    const resolver = resolverOf({ 'intranet.test': ['10.0.0.7'], 'mixed.test': ['93.184.215.14', '8.8.4.4', '192.168.0.20'] });
    expect(expectError(await safeFetch('http://intranet.test/', { resolver }), 'fetch/private-address')).toContain('"intranet.test" resolves to 10.0.0.7');
    expect(expectError(await safeFetch('http://mixed.test/', { resolver }), 'fetch/private-address')).toContain('including 192.168.0.20');
  });

  it('re-checks every redirect hop: an allowed server cannot send us to a private address', async () => {
    const targets: Record<string, string> = { '/meta': 'http://169.254.169.254/latest/meta-data/', '/inside': 'http://intranet.test/admin', '/v6': 'http://[::1]/' };
    const server = await start((req, res) => res.writeHead(302, { location: targets[req.url ?? ''] ?? '/' }).end());
    // public.test is the one "public" server: its address is allow-listed, every other private address is still refused.
    const options = { resolver: resolverOf({ 'public.test': ['127.0.0.1'], 'intranet.test': ['10.9.8.7'] }), allowAddresses: ['127.0.0.1'] };
    for (const path of Object.keys(targets)) {
      expectError(await safeFetch(`http://public.test:${server.port}${path}`, options), 'fetch/private-address');
    }
    expect(server.requests).toHaveLength(3);
  });

  it('connects to the vetted address, not to a second DNS answer (rebinding), and keeps the host name in Host', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    const server = await start(page);
    const result = await safeFetch(`http://rebind.test:${server.port}/`, { resolver: rebinding, allowAddresses: ['127.0.0.1'] });
    expect(result.kind).toBe('ok');
    expect(calls).toBe(1);
    expect(server.requests[0]!.headers.host).toBe(`rebind.test:${server.port}`);
  });

  it.each([
    ['not a url', 'fetch/bad-url'],
    ['ftp://files.test/a.html', 'fetch/bad-url'],
    ['file:///etc/passwd', 'fetch/bad-url'],
    ['http://user:secret@news.test/', 'fetch/bad-url'],
    ['http://no-such-host.test/', 'fetch/dns'],
  ])('refuses %s with %s', async (url, ruleId) => {
    expectError(await safeFetch(url, { resolver: resolverOf({}) }), ruleId);
  });
});

describe('safeFetch: redirects', () => {
  it('stops a redirect loop', async () => {
    const server = await start((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end());
    expect(expectError(await safeFetch(`${server.origin}/a`, { allowPrivate: true }), 'fetch/redirects')).toContain('redirect loop');
  });

  it('stops after maxRedirects', async () => {
    const server = await start((req, res) => res.writeHead(307, { location: `/hop${Number((req.url ?? '').slice(4) || 0) + 1}` }).end());
    expect(expectError(await safeFetch(`${server.origin}/hop0`, { allowPrivate: true }), 'fetch/redirects')).toContain('more than 5 redirects');
    expect(server.requests).toHaveLength(6);
    expect((await safeFetch(`${server.origin}/hop0`, { allowPrivate: true, maxRedirects: 2 })).kind).toBe('error');
  });

  it('refuses a redirect without Location and one to another scheme', async () => {
    const server = await start((req, res) => (req.url === '/ftp' ? res.writeHead(301, { location: 'ftp://files.test/x' }) : res.writeHead(302)).end());
    expect(expectError(await safeFetch(`${server.origin}/none`, { allowPrivate: true }), 'fetch/redirects')).toContain('no Location');
    expect(expectError(await safeFetch(`${server.origin}/ftp`, { allowPrivate: true }), 'fetch/redirects')).toContain('only http and https');
  });
});

describe('safeFetch: HTTP failures', () => {
  it.each([
    [404, 'does not exist'],
    [500, 'the server failed'],
    [403, 'refuses access'],
  ])('reports HTTP %i with its status', async (status, hint) => {
    const server = await start((_req, res) => res.writeHead(status, { 'content-type': 'text/html' }).end('<p>no</p>'));
    const result = await safeFetch(server.origin, { allowPrivate: true });
    expect(expectError(result, 'fetch/http-status')).toContain(hint);
    expect(result.kind === 'error' && result.status).toBe(status);
  });

  it('refuses a content type that is neither a page nor a feed, and a missing one', async () => {
    const server = await start((req, res) => {
      res.writeHead(200, req.url === '/png' ? { 'content-type': 'image/png' } : {});
      res.end('\x89PNG');
    });
    expect(expectError(await safeFetch(`${server.origin}/png`, { allowPrivate: true }), 'fetch/content-type')).toContain('"image/png"');
    expect(expectError(await safeFetch(`${server.origin}/none`, { allowPrivate: true }), 'fetch/content-type')).toContain('no Content-Type');
  });

  it('refuses a binary body served as HTML', async () => {
    const server = await start((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0, 1, 2, 3, 0, 255])));
    expectError(await safeFetch(server.origin, { allowPrivate: true }), 'fetch/binary');
  });

  it('reports a refused connection', async () => {
    const server = await start(page);
    await server.close();
    servers.length = 0;
    expectError(await safeFetch(server.origin, { allowPrivate: true }), 'fetch/network');
  });
});

describe('safeFetch: timeouts and size', () => {
  const silent: Handler = () => undefined; // never answers

  it('times out when the server never sends headers (timer fired by the test)', async () => {
    const server = await start(silent);
    const timers = manualTimers();
    const pending = safeFetch(server.origin, { allowPrivate: true, timers, headersTimeoutMs: 10_000 });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    timers.fire(10_000);
    expect(expectError(await pending, 'fetch/timeout')).toContain('no response headers within 10 s');
  });

  it('times out with real timers too', async () => {
    const server = await start(silent);
    expectError(await safeFetch(server.origin, { allowPrivate: true, headersTimeoutMs: 50 }), 'fetch/timeout');
  });

  it('times out a body that drips past the total timeout', async () => {
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
      const drip = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(drip));
    });
    const timers = manualTimers();
    const pending = safeFetch(server.origin, { allowPrivate: true, timers, totalTimeoutMs: 30_000 });
    await vi.waitFor(() => expect(timers.pending()).toEqual([30_000])); // headers arrived: only the total timer is left
    timers.fire(30_000);
    expect(expectError(await pending, 'fetch/timeout')).toContain('longer than 30 s in total');
  });

  it('stops an endless body without Content-Length at the cap, keeping memory small', async () => {
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const server = await start((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const pump = () => {
        while (!res.destroyed && sent < 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    const reason = expectError(await safeFetch(server.origin, { allowPrivate: true, maxBytes: 1024 * 1024 }), 'fetch/too-large');
    expect(reason).toContain('1 MB limit');
    await settle();
    expect(sent).toBeLessThan(64 * 1024 * 1024); // the server was cut off long before 1 GB
  });

  it('refuses a declared Content-Length over the cap before reading, and a gzip bomb after decompression', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024));
    const server = await start((req, res) => {
      if (req.url === '/declared') res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }).end();
      else res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    });
    expect(expectError(await safeFetch(`${server.origin}/declared`, { allowPrivate: true }), 'fetch/too-large')).toContain('Content-Length 6.0 MB');
    expectError(await safeFetch(`${server.origin}/bomb`, { allowPrivate: true, maxBytes: 1024 * 1024 }), 'fetch/too-large');
  });

  it('ends with fetch/aborted when the caller cancels', async () => {
    const server = await start(silent);
    const controller = new AbortController();
    const pending = safeFetch(server.origin, { allowPrivate: true, signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    expectError(await pending, 'fetch/aborted');
  });
});

describe('safeFetch: https', () => {
  it('connects to the vetted address with the host name as SNI and certificate name', async () => {
    const server = await serveTls(page);
    servers.push(server);
    const options = { resolver: resolverOf({ 'public.test': ['127.0.0.1'] }), allowAddresses: ['127.0.0.1'] };
    const result = await safeFetch(`${server.origin}/story`, { ...options, ca: TEST_TLS.cert });
    expect(result).toMatchObject({ kind: 'ok', body: PAGE });
    expect(server.servernames).toEqual(['public.test']);
    expectError(await safeFetch(`${server.origin}/story`, options), 'fetch/tls'); // not trusted without the CA
  });

  it('refuses an https → http downgrade unless allowed', async () => {
    const plain = await start(page);
    const server = await serveTls((_req, res) => res.writeHead(301, { location: `http://public.test:${plain.port}/` }).end());
    servers.push(server);
    const options = { resolver: resolverOf({ 'public.test': ['127.0.0.1'] }), allowAddresses: ['127.0.0.1'], ca: TEST_TLS.cert };
    expect(expectError(await safeFetch(server.origin, options), 'fetch/redirects')).toContain('from https to plain http');
    expect((await safeFetch(server.origin, { ...options, allowDowngrade: true })).kind).toBe('ok');
  });
});
