import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/types.js';
import type { StoredStory } from '../store/store.js';
import { createApp } from './app.js';
import { exampleLibrary } from './testing.js';

let library: Library;
let app: ReturnType<typeof createApp>;
let main: StoredStory;

const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any, res };
};

beforeAll(async () => {
  library = await exampleLibrary();
  app = createApp({ library, log: () => {} });
  const stories = await library.store.listStories();
  main = stories.reduce((a, b) => (b.story.articleIds.length > a.story.articleIds.length ? b : a));
});

describe('GET /api/stories', () => {
  it('lists summaries, the most contested first among stories updated together', async () => {
    const { status, body } = await get('/api/stories');
    expect(status).toBe(200);
    expect(body.stories[0]).toMatchObject({ id: main.story.id, title: main.story.title, articles: main.story.articleIds.length, sources: main.story.sources.length, disputes: main.story.disputes.length, updatedAt: main.updatedAt });
    expect(body.stories[0].perspectives.reduce((n: number, p: { articles: number }) => n + p.articles, 0)).toBeGreaterThan(0);
    expect(body.stories).toHaveLength(3);
    expect(body.page).toEqual({ limit: 50, offset: 0, next: null });
  });

  it('pages with limit and offset, and says where the next page starts', async () => {
    const first = await get('/api/stories?limit=2');
    expect(first.body.stories).toHaveLength(2);
    expect(first.body.page.next).toBe(2);
    const second = await get('/api/stories?limit=2&offset=2');
    expect(second.body.stories).toHaveLength(1);
    expect(second.body.page.next).toBeNull();
  });

  it('filters by since (a date or a timestamp with a zone)', async () => {
    expect((await get('/api/stories?since=2031-05-03')).body.stories).toEqual([]);
    expect((await get('/api/stories?since=2031-05-02T11:00:00%2B02:00')).body.stories).toHaveLength(3);
  });

  it.each([
    ['limit=0', /"limit" takes a whole number from 1 to 500, found 0/],
    ['limit=abc', /"limit" takes a whole number/],
    ['limit=501', /found 501/],
    ['offset=-1', /"offset" takes a whole number/],
    ['since=yesterday', /"since": expected a date like 2031-05-02.*found "yesterday"/],
    ['since=2031-02-30', /no such day/],
  ])('answers ?%s with a 400 that says what is expected', async (query, message) => {
    const { status, body } = await get(`/api/stories?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { status: 400, message: expect.stringMatching(message) } });
  });
});

describe('GET /api/stories/:id', () => {
  it('gives the stored story', async () => {
    const { status, body } = await get(`/api/stories/${main.story.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(main);
  });

  it('gives its articles as cards, twins marked', async () => {
    const { body } = await get(`/api/stories/${main.story.id}/articles`);
    expect(body.articles.map((a: { id: string }) => a.id)).toEqual(main.story.articleIds);
    const card = body.articles.find((a: { id: string }) => a.id.startsWith('08-'));
    expect(card).toMatchObject({ aiDisclosed: true, twins: [expect.stringMatching(/^07-/)] });
    expect(card).not.toHaveProperty('text');
  });

  it.each(['/api/stories/s-000000000000', '/api/stories/s-000000000000/articles'])('answers an unknown id (%s) with a 404 naming it', async (path) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/no story has the id "s-000000000000"/);
  });

  it.each([
    ['%00', /control characters/],
    ['a%0Ab', /control characters/],
    ['%E0%A4', /malformed %-escape/],
    ['%ED%A0%80', /malformed %-escape|broken Unicode/],
    ['x'.repeat(201), /at most 200 characters, found 201/],
    ['%20', /empty/],
  ])('answers a malformed id (%s) with a 400', async (id, message) => {
    for (const path of [`/api/stories/${id}`, `/api/stories/${id}/articles`, `/api/articles/${id}`, `/api/jobs/${id}`]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.message).toMatch(message);
    }
  });
});

describe('GET /api/articles', () => {
  it('lists summaries in the order added, with the total', async () => {
    const { body } = await get('/api/articles?limit=4&offset=2');
    expect(body.articles.map((a: { id: string }) => a.id)).toEqual(['03-ostrel-ledger-dunmoor-buries-guards', '04-cpa-ostrel-strikes-brask', '05-northbridge-times-talks-analysis', 'vna-20260305-talks']);
    expect(body.page).toEqual({ limit: 4, offset: 2, total: 9, next: 6 });
    expect(body.articles[0]).not.toHaveProperty('text');
  });

  it('gives an article with its stories and its twin', async () => {
    const { status, body } = await get('/api/articles/07-korvan-evening-post-dunmoor-self-defence');
    expect(status).toBe(200);
    expect(body.article.text).toMatch(/Varnian drones crossed the Selva/);
    expect(body.stories).toEqual([main.story.id]);
    expect(body.twins).toEqual(['08-selva-watch-dunmoor-aggression']);
    expect((await get('/api/articles/04-cpa-ostrel-strikes-brask')).body.twins).toEqual([]);
  });

  it('answers an unknown article with a 404', async () => {
    const { status, body } = await get('/api/articles/no-such-article');
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/no article has the id "no-such-article"/);
  });
});

describe('GET /api/search', () => {
  it('gives citable hits with their articles\' titles', async () => {
    const { status, body } = await get('/api/search?q=Brask+airbase');
    expect(status).toBe(200);
    expect(body.query).toBe('Brask airbase');
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) {
      const article = (await library.store.getArticle(hit.article))!.article;
      expect(article.text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(body.articles[hit.article]).toEqual({ title: article.title, outlet: article.outlet, published: article.published });
    }
  });

  it('caps the hits with limit', async () => {
    expect((await get('/api/search?q=Dunmoor&limit=3')).body.hits).toHaveLength(3);
  });

  it.each([
    ['', /"q" is required/],
    ['?q=', /"q" is required/],
    ['?q=%20%20', /"q" is required/],
    [`?q=${'word '.repeat(50)}`, /at most 200 characters/],
    ['?q=a%00b', /control characters/],
    ['?q=Dunmoor&limit=0', /"limit"/],
  ])('answers %s with a 400', async (query, message) => {
    const { status, body } = await get(`/api/search${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });
});

describe('errors', () => {
  it('answers an unknown API route with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/no API route GET \/api\/nothing.*openapi\.json/);
  });

  it('answers a store failure with a generic 500 and logs the cause, never sending it', async () => {
    const lines: string[] = [];
    const broken: Library = { ...library, store: { ...library.store, listStories: async () => { throw new Error('disk on fire at /secret/path'); } } };
    const res = await createApp({ library: broken, log: (l) => lines.push(l) }).request('/api/stories');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { status: 500, message: expect.stringMatching(/internal error/) } });
    expect(text).not.toMatch(/secret|fire|at /);
    expect(lines.join('\n')).toMatch(/GET \/api\/stories failed: Error: disk on fire/);
  });

  it('answers /healthz', async () => {
    expect((await get('/healthz')).body).toEqual({ status: 'ok' });
  });
});

describe('security headers', () => {
  it.each(['/api/stories', '/api/nothing', '/healthz', '/', `/stories/${'s-a'}`, '/add'])('are on %s', async (path) => {
    const res = await app.request(path);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
