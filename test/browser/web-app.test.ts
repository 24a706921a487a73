import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extractArticle } from '../../src/extract/extract.js';
import { recordToDocument } from '../../src/ingest/records.js';
import type { Library } from '../../src/library/types.js';
import { createApp } from '../../src/serve/app.js';
import { FOLLOW_UP, HOSTILE } from '../../src/serve/fixtures.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { EXAMPLES_DIR, exampleLibrary } from '../../src/serve/testing.js';
import type { RawDocument } from '../../src/types.js';
import { renderReportHtml } from '../../src/web/report-html.js';
import { ARTIFACTS, hasChromium, inspectInert, launch, watch, type TestBrowser } from './browser.js';

if (!hasChromium) console.warn('Skipping the browser tests: /usr/bin/chromium is not installed (apt-get install chromium).');

describe.skipIf(!hasChromium)('the web app in Chromium', () => {
  let browser: TestBrowser;
  let server: RunningServer;
  let library: Library;
  let mainStory: string;
  let mainTitle: string;
  let hostileStory: string;

  beforeAll(async () => {
    library = await exampleLibrary();
    const { article } = extractArticle(recordToDocument(HOSTILE, 'hostile', 'hostile', undefined, undefined) as RawDocument);
    const [hostile] = await library.add([article]);
    if (hostile?.kind !== 'added') throw new Error('the hostile article was not added');
    hostileStory = hostile.story;
    mainStory = (await library.store.storiesOfArticle('04-cpa-ostrel-strikes-brask'))[0]!;
    mainTitle = (await library.store.getStory(mainStory))!.story.title;
    [server, browser] = await Promise.all([startServer({ app: createApp({ library, log: () => {} }), port: 0, graceMs: 100 }), launch()]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  const open = async (path: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const page = await browser.context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${server.url}${path}`);
    return page;
  };

  it('opens the story list, then the main story, then a citation of its brief highlighted on the article page', async () => {
    const page = await open('/');
    const incidents = watch(page);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Stories');
    const link = page.locator(`.story-list a[href="/stories/${mainStory}"]`);
    expect(await link.isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'story-list.png') });

    await link.click();
    await page.waitForURL(`**/stories/${mainStory}`);
    expect(await page.locator('h1').first().textContent()).toBe(mainTitle);
    await page.screenshot({ path: join(ARTIFACTS, 'story-page.png') });

    const cite = page.locator(`section[aria-labelledby="${mainStory}-brief"] a.cite`).first();
    const href = (await cite.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/[^#]+#cite-\d+-\d+$/);
    await cite.click();
    await page.waitForURL(/\/articles\//);
    const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(`#${fragment}`).toBe(href.slice(href.indexOf('#')));
    const target = page.locator(`[id="${fragment}"]`);
    expect(await target.isVisible()).toBe(true);
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-target'), fragment);
    const marked = await target.evaluate((el) => ({ target: el.matches(':target'), focused: document.activeElement === el, background: getComputedStyle(el).backgroundColor, inView: el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight }));
    expect(marked).toMatchObject({ target: true, focused: true, inView: true });
    expect(marked.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'article-highlight.png') });
    expect(incidents).toEqual({ dialogs: [], console: [], errors: [] });
    await page.close();
  });

  it('fits a phone screen', async () => {
    const page = await open(`/stories/${mainStory}`, { width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, 'story-page-phone.png') });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await page.close();
  });

  it('adds a pasted article, shows its progress, and links to the story it joined', async () => {
    const page = await open('/add');
    const incidents = watch(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __statuses: string[] }).__statuses = seen;
      const status = document.getElementById('add-status')!;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.fill('#add-title', FOLLOW_UP.title);
    await page.fill('#add-outlet', FOLLOW_UP.outlet);
    await page.fill('#add-published', FOLLOW_UP.published);
    await page.fill('#add-text', FOLLOW_UP.text);
    await page.click('#add-form button[type="submit"]');
    await page.waitForFunction(() => /^Done:/.test(document.getElementById('add-status')?.textContent ?? ''));
    expect(await page.locator('#add-status').textContent()).toBe('Done: 1 added, 0 already in the library, 0 not added.');
    const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(statuses[0]).toBe('Sending…');
    expect(statuses.at(-1)).toMatch(/^Done:/);
    expect(await page.locator('#add-progress').evaluate((bar: HTMLProgressElement) => ({ shown: !bar.hidden, full: bar.value === bar.max }))).toEqual({ shown: true, full: true });
    expect(new URL(page.url()).search).toMatch(/^\?job=j-/);

    const joined = page.locator('#add-results li.result-added a');
    expect(await joined.getAttribute('href')).toBe(`/stories/${mainStory}`);
    // The link is named by the story's title (fetched by the script), which the new article may have changed.
    const title = (await library.store.getStory(mainStory))!.story.title;
    await page.waitForFunction((title) => document.querySelector('#add-results li.result-added a')?.textContent === title, title);
    expect(await page.locator('#add-results li.result-added').textContent()).toBe(`${FOLLOW_UP.title} joined the story ${title}`);
    await page.screenshot({ path: join(ARTIFACTS, 'add-done.png'), fullPage: true });

    await joined.click();
    await page.waitForURL(`**/stories/${mainStory}`);
    expect(await page.locator('article.story > p.meta').first().textContent()).toMatch(/^8 articles/);
    expect(await page.locator('main').textContent()).toContain('Mareth Daily Record');
    expect(incidents).toEqual({ dialogs: [], console: [], errors: [] });
    await page.close();
  });

  it('signs a browser in with ?token= once: an HttpOnly cookie the pages\' own calls then carry', async () => {
    const guarded = await startServer({ app: createApp({ library, token: 'open-sesame', log: () => {} }), port: 0, graceMs: 100 });
    const page = await browser.context.newPage();
    try {
      expect((await page.goto(`${guarded.url}/`))?.status()).toBe(401);
      expect(await page.locator('main').textContent()).toMatch(/needs a token/);
      await page.goto(`${guarded.url}/?token=open-sesame`);
      expect(page.url()).toBe(`${guarded.url}/`);
      expect(await page.locator('h1').first().textContent()).toBe('Stories');
      const seen = await page.evaluate(async () => ({ cookie: document.cookie, api: (await fetch('/api/stories')).status }));
      expect(seen).toEqual({ cookie: '', api: 200 });
    } finally {
      await page.close();
      await guarded.close();
    }
  });

  it.each([
    ['its article page', () => '/articles/hostile-article', 1],
    ['its story page', () => `/stories/${hostileStory}`, 0],
    ['the story list', () => '/', 0],
    ['search', () => '/search?q=Hadrow+residents', 0],
  ])('shows a hostile article inert on %s', async (_, path, scripts) => {
    const page = await browser.context.newPage();
    const incidents = watch(page);
    await page.goto(`${server.url}${path()}`);
    expect(await page.locator('main').textContent()).toMatch(/Evil Outlet|__pwned|Hadrow residents/);
    const found = await inspectInert(page);
    expect(found).toEqual({ pwned: null, onAttributes: [], scriptUrls: 0, foreignElements: [], styles: 1, scripts: found.scripts.slice(0, scripts), bodyShown: true });
    expect(found.scripts).toHaveLength(scripts);
    await page.mouse.move(200, 200);
    await page.locator('main').hover();
    expect(incidents).toEqual({ dialogs: [], console: [], errors: [] });
    await page.close();
  });

  it('shows the same hostile article inert in the one-file report opened from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-report-'));
    const input = join(dir, 'hostile.json');
    writeFileSync(input, JSON.stringify(HOSTILE));
    const report = await analyze([EXAMPLES_DIR, input]);
    expect(report.articles.map((a) => a.id)).toContain('hostile-article');
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReportHtml(report));
    const page = await browser.context.newPage();
    const incidents = watch(page);
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('main').textContent()).toMatch(/Evil Outlet/);
    const found = await inspectInert(page);
    expect(found).toMatchObject({ pwned: null, onAttributes: [], scriptUrls: 0, foreignElements: [], styles: 1, bodyShown: true });
    expect(found.scripts).toHaveLength(1);
    await page.locator('main').hover();
    expect(incidents).toEqual({ dialogs: [], console: [], errors: [] });
    await page.close();
  });
});
