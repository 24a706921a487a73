import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from './report-html.js';
import { exampleReport } from './testing.js';

const CHROMIUM = '/usr/bin/chromium';

// The report in a real browser: its CSP must let our own style and script run (a hash mismatch is
// logged as an error), it must fetch nothing, and citations must land on and highlight a sentence.
describe.skipIf(!existsSync(CHROMIUM))('the report in a browser', () => {
  let browser: Browser;
  let file: string;
  let claim: { article: string; start: number; end: number; sentence: { start: number; end: number } };
  beforeAll(async () => {
    const report = await exampleReport();
    file = join(mkdtempSync(join(tmpdir(), 'parallax-browser-')), 'report.html');
    writeFileSync(file, renderReportHtml(report));
    const a = report.articles.find((x) => x.claims.some((c) => c.sentence))!;
    const c = a.claims.find((x) => x.sentence)!;
    claim = { article: a.id, start: c.start, end: c.end, sentence: a.sentences.find((s) => s.start <= c.start && s.end > c.start)! };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(fragment = '') {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}${fragment}`);
    return { page, problems, requests };
  }

  it('runs its own style and script under its CSP and fetches nothing', async () => {
    const { page, problems, requests } = await open();
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Georgia|serif/);
    await page.keyboard.press('h');
    expect(await page.evaluate(() => document.body.classList.contains('hl-off'))).toBe(true);
  });

  it('a citation lands on its sentence and highlights it, with JavaScript and without', async () => {
    const id = `article-${claim.article}-cite-${claim.sentence.start}-${claim.sentence.end}`;
    const { page } = await open(`#${encodeURIComponent(id)}`);
    const targetColour = await page.evaluate((x) => getComputedStyle(document.getElementById(x)!).backgroundColor, id);
    expect(targetColour).not.toBe('rgba(0, 0, 0, 0)');
    const noScript = await browser.newPage({ javaScriptEnabled: false });
    await noScript.goto(`file://${file}#${encodeURIComponent(id)}`);
    expect(await noScript.evaluate((x) => getComputedStyle(document.getElementById(x)!).backgroundColor, id)).toBe(targetColour);
  });

  it('a fragment naming a span inside a sentence highlights that sentence (the script’s fallback)', async () => {
    const { page } = await open(`#${encodeURIComponent(`article-${claim.article}-cite-${claim.start}-${claim.end}`)}`);
    const marked = await page.evaluate(() => [...document.querySelectorAll('.is-target')].map((e) => e.id));
    expect(marked).toEqual([`article-${claim.article}-cite-${claim.sentence.start}-${claim.sentence.end}`]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(marked[0]);
  });
});
