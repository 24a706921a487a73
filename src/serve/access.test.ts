import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/types.js';
import { openLibrary } from '../library/library.js';
import { createMemoryStore } from '../store/memory-store.js';
import { createApp } from './app.js';
import { sameToken, TOKEN_COOKIE } from './access.js';

const TOKEN = 'sesame-7f3a';
let library: Library;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  library = await openLibrary({ store: await createMemoryStore() });
  app = createApp({ library, token: TOKEN, log: () => {} });
});

describe('with a token', () => {
  it.each(['/api/stories', '/api/articles', '/api/search?q=x', '/api/jobs/j-1', '/api/openapi.json'])('refuses %s without it: 401 JSON with WWW-Authenticate', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="parallax"');
    expect(await res.json()).toEqual({ error: { status: 401, message: expect.stringMatching(/needs a token: send "Authorization: Bearer <token>"/) } });
  });

  it('refuses a wrong bearer token, and a POST without one', async () => {
    const wrong = await app.request('/api/stories', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/bearer token is wrong/);
    const post = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    expect(post.status).toBe(401);
  });

  it('accepts the bearer token', async () => {
    const res = await app.request('/api/stories', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it('shows browsers a page saying how to get in', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/needs a token: open the address that parallax serve printed/);
  });

  it('sets an HttpOnly SameSite=Strict cookie from ?token= and redirects to the page without it', async () => {
    const res = await app.request(`/stories/s-1?token=${TOKEN}&x=1`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/stories/s-1?x=1');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${TOKEN_COOKIE}=${TOKEN};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    const withCookie = { headers: { cookie: `${TOKEN_COOKIE}=${TOKEN}` } };
    expect((await app.request('/', withCookie)).status).toBe(200);
    expect((await app.request('/api/stories', withCookie)).status).toBe(200);
  });

  it('refuses a wrong ?token= and a stale cookie', async () => {
    expect((await app.request('/?token=guess')).status).toBe(401);
    const stale = await app.request('/api/stories', { headers: { cookie: `${TOKEN_COOKIE}=old` } });
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { error: { message: string } }).error.message).toMatch(/cookie is out of date/);
  });

  it('never takes the token from an API query string (it would end up in logs)', async () => {
    expect((await app.request(`/api/stories?token=${TOKEN}`)).status).toBe(401);
  });

  it('leaves /healthz open', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
  });
});

describe('host names', () => {
  it('answers only the allowed host names (DNS rebinding)', async () => {
    const local = createApp({ library, allowedHosts: ['127.0.0.1', 'localhost', '::1'], log: () => {} });
    for (const host of ['127.0.0.1:4173', 'localhost:4173', '[::1]:4173', 'LOCALHOST']) expect((await local.request('/api/stories', { headers: { host } })).status, host).toBe(200);
    const evil = await local.request('/api/stories', { headers: { host: 'attacker.example:4173' } });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { error: { message: string } }).error.message).toMatch(/answers only requests addressed to 127\.0\.0\.1, localhost, ::1; found Host "attacker\.example:4173"/);
  });
});

describe('sameToken', () => {
  it.each([
    ['a', 'a', true],
    ['a', 'b', false],
    ['', 'a', false],
    ['abc', 'abcd', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(sameToken(a, b)).toBe(same);
  });
});
