import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract.js';
import { recordToDocument } from '../ingest/records.js';
import type { Library } from '../library/types.js';
import type { RawDocument } from '../types.js';
import { CLIENT_SCRIPT } from '../web/client.js';
import { layoutPolicy } from '../web/views/layout.js';
import { createApp } from './app.js';
import { HOSTILE } from './fixtures.js';
import { createJobRegistry, type JobRegistry } from './jobs.js';
import { ADD_SCRIPT } from './pages/add-script.js';
import { exampleLibrary } from './testing.js';

let library: Library;
let jobs: JobRegistry;
let app: ReturnType<typeof createApp>;
let mainStory: string;
let hostileStory: string;

const page = async (path: string) => {
  const res = await app.request(path);
  const text = await res.text();
  return { status: res.status, res, text, document: parseHTML(text).document };
};

beforeAll(async () => {
  library = await exampleLibrary();
  jobs = createJobRegistry({ log: () => {} });
  app = createApp({ library, jobs, log: () => {} });
  mainStory = (await library.store.storiesOfArticle('04-cpa-ostrel-strikes-brask'))[0]!;
  const { article } = extractArticle(recordToDocument(HOSTILE, 'hostile', 'hostile', undefined, undefined) as RawDocument);
  const [added] = await library.add([article]);
  if (added?.kind !== 'added') throw new Error(`expected the hostile article to be added, found ${JSON.stringify(added)}`);
  hostileStory = added.story;
});

describe('pages', () => {
  it('lists the stories, each linking to its page, with the layout\'s policy as a header', async () => {
    const { status, document, res } = await page('/');
    expect(status).toBe(200);
    const links = [...document.querySelectorAll('.story-list a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`/stories/${mainStory}`);
    expect(res.headers.get('content-security-policy')).toBe(`${layoutPolicy()}; frame-ancestors 'none'`);
    expect(document.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Stories');
  });

  it('shows a story whose every citation lands on a sentence of the article page', async () => {
    const { status, document } = await page(`/stories/${mainStory}`);
    expect(status).toBe(200);
    const cites = [...document.querySelectorAll('a.cite')].map((a) => a.getAttribute('href')!);
    expect(cites.length).toBeGreaterThan(3);
    for (const href of cites.slice(0, 8)) {
      const [path, fragment] = href.split('#');
      expect(path).toMatch(/^\/articles\//);
      const article = await page(path!);
      expect(article.status).toBe(200);
      expect(article.document.getElementById(fragment!), href).not.toBeNull();
    }
  });

  it('gives the article page its script, allowed by hash in the header', async () => {
    const { document, res } = await page('/articles/07-korvan-evening-post-dunmoor-self-defence');
    expect([...document.querySelectorAll('script')].map((s) => s.textContent)).toEqual([CLIENT_SCRIPT]);
    expect(res.headers.get('content-security-policy')).toBe(`${layoutPolicy(CLIENT_SCRIPT)}; frame-ancestors 'none'`);
    expect(document.body.textContent).toMatch(/twin of/);
  });

  it.each([
    ['/stories/s-000000000000', 404, /No story has the id “s-000000000000”/],
    ['/articles/nope', 404, /No article has the id “nope”/],
    ['/stories/%00', 400, /control characters/],
    ['/articles/%E0%A4', 400, /malformed %-escape/],
    ['/no/such/page', 404, /There is no page at \/no\/such\/page/],
    ['/?offset=-3', 400, /"offset"/],
  ])('answers %s with an HTML %i', async (path, status, message) => {
    const res = await page(path);
    expect(res.status).toBe(status);
    expect(res.res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.document.querySelector('main')?.textContent).toMatch(message);
  });

  it('offers the add form, and shows a job\'s results to a browser without script', async () => {
    const empty = await page('/add');
    expect(empty.document.querySelector('form#add-form')?.getAttribute('action')).toBe('/api/articles');
    expect(empty.document.querySelector('form#add-form')?.getAttribute('enctype')).toBe('multipart/form-data');
    expect([...empty.document.querySelectorAll('script')].map((s) => s.textContent)).toEqual([ADD_SCRIPT]);
    const res = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Quiet <b>night</b>', text: 'Hadrow had a quiet night on Saturday, residents said, and the Selva river was calm.' }) });
    const { job } = (await res.json()) as { job: string };
    await jobs.idle();
    const done = await page(`/add?job=${job}`);
    expect(done.document.getElementById('add-status')?.textContent).toMatch(/Done: 1 added/);
    const item = done.document.querySelector('#add-results li');
    expect(item?.textContent).toMatch(/Quiet <b>night<\/b> (started|joined) the story/);
    expect(item?.querySelector('b')).toBeNull();
    expect((await page('/add?job=j-unknown')).document.getElementById('add-status')?.textContent).toMatch(/No job has the id "j-unknown"/);
  });

  it('searches, linking each hit to its sentence', async () => {
    const { document } = await page('/search?q=Brask+airbase');
    expect(document.getElementById('search-summary')?.textContent).toMatch(/\d+ places? in \d+ articles?/);
    const hit = document.querySelector('.search-results a.cite')?.getAttribute('href');
    expect(hit).toMatch(/^\/articles\/[^#]+#cite-\d+-\d+$/);
    expect((await page('/search')).document.querySelector('input#search-q')).not.toBeNull();
    const long = await page(`/search?q=${'word '.repeat(60)}`);
    expect(long.status).toBe(400);
    expect(long.document.getElementById('search-summary')?.textContent).toMatch(/at most 200 characters/);
  });
});

describe('a hostile article', () => {
  /** Nothing the article carries became an element or an attribute: only our own markup is there. */
  function inert(text: string, ownScripts: string[]) {
    const { document } = parseHTML(text);
    expect([...document.querySelectorAll('script')].map((s) => s.textContent)).toEqual(ownScripts);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelectorAll('img, iframe, b, object, embed')).toHaveLength(0);
    expect([...document.querySelectorAll('svg')].every((svg) => !svg.getAttribute('onload'))).toBe(true);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
      expect(el.getAttribute('href') ?? '', el.tagName).not.toMatch(/^\s*javascript:/i);
    }
    expect(text).not.toMatch(/<script>window\.__pwned|<img src=x|<\/style><style>body/);
  }

  it.each([
    ['its article page', () => '/articles/hostile-article', [CLIENT_SCRIPT]],
    ['its story page', () => `/stories/${hostileStory}`, []],
    ['the story list', () => '/', []],
    ['search', () => '/search?q=Hadrow+residents', []],
  ])('is inert on %s', async (_, path, scripts) => {
    const { status, text } = await page(path());
    expect(status).toBe(200);
    expect(text).toMatch(/Evil Outlet|window\.__pwned|Hadrow residents/);
    inert(text, scripts as string[]);
  });
});
