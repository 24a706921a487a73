import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { webLinks } from './links.js';
import { renderReportHtml } from './report-html.js';
import { exampleReport, parse } from './testing.js';
import { renderArticlePage } from './views/article-page.js';
import { renderStoryPage } from './views/story-page.js';

describe('renderReportHtml (the bundled examples)', () => {
  let report: Report;
  let markup: string;
  let doc: ReturnType<typeof parse>;
  beforeAll(async () => {
    report = await exampleReport();
    markup = renderReportHtml(report);
    doc = parse(markup);
  });

  it('is one complete, accessible document', () => {
    expect(markup.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
    expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    for (const landmark of ['header', 'nav', 'main#main']) expect(doc.querySelector(landmark), landmark).not.toBeNull();
    expect(doc.querySelectorAll('h1').length).toBe(1);
  });

  it('needs no network: no external style, script, font or image', () => {
    expect(doc.querySelectorAll('link, img, iframe, object, embed, [src]').length).toBe(0);
    expect(doc.querySelector('style')?.textContent).not.toMatch(/url\(|@import/);
    const external = [...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? '').filter((h) => /^(https?:)?\/\//.test(h));
    // The only outside addresses are links to where an article came from.
    expect(external.every((h) => report.articles.some((a) => a.url === h))).toBe(true);
  });

  it('has a section per story and per article, and lists the messages', () => {
    for (const s of report.stories) expect(doc.getElementById(`story-${s.id}`)?.textContent).toContain(s.title);
    for (const a of report.articles) expect(doc.getElementById(`article-${a.id}`)?.textContent).toContain(a.title ?? a.id);
    expect(doc.getElementById('messages')?.textContent).toContain('ingest/skipped-files');
  });

  it('every in-page link lands on an element, and ids are unique', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    const idSet = new Set(ids);
    const broken = [...doc.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent((a.getAttribute('href') ?? '').slice(1))).filter((id) => !idSet.has(id));
    expect(broken).toEqual([]);
  });

  it('each citation of a brief links to the sentence that holds the cited words', () => {
    let checked = 0;
    for (const story of report.stories) {
      const links = [...(doc.getElementById(`story-${story.id}`)?.querySelectorAll('.brief a.cite') ?? [])];
      const cites = story.brief.sentences.flatMap((s) => s.cites);
      expect(links.length).toBe(cites.length);
      cites.forEach((cite, i) => {
        const m = /^#article-(.+)-cite-(\d+)-(\d+)$/.exec(decodeURIComponent(links[i]?.getAttribute('href') ?? ''));
        expect(m?.[1]).toBe(cite.article);
        expect(Number(m?.[2])).toBeLessThanOrEqual(cite.start);
        expect(Number(m?.[3])).toBeGreaterThan(cite.start);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('marks twins and the AI disclosure', () => {
    const [a, b] = report.twins[0] ?? [];
    expect(doc.getElementById(`article-${a}`)?.textContent).toContain(`twin of ${b}`);
    const disclosed = report.articles.find((x) => x.aiDisclosure);
    expect(doc.getElementById(`article-${disclosed?.id}`)?.querySelector('.disclosure')?.textContent).toContain('AI disclosure');
  });
});

describe('the web link scheme', () => {
  it('every citation of a story page names a sentence id that its article page has', async () => {
    const report = await exampleReport();
    const links = webLinks();
    const pages = new Map(report.articles.map((a) => [a.id, new Set([...parse(renderArticlePage(a, {}, links)).querySelectorAll('[id]')].map((e) => e.id))]));
    let checked = 0;
    for (const story of report.stories) {
      for (const a of parse(renderStoryPage(story, report.articles, links)).querySelectorAll('a[href^="/articles/"]')) {
        const m = /^\/articles\/([^#]+)(?:#(.+))?$/.exec(a.getAttribute('href') ?? '');
        const ids = pages.get(decodeURIComponent(m?.[1] ?? ''));
        expect(ids, a.getAttribute('href') ?? '').toBeDefined();
        if (m?.[2]) expect(ids?.has(m[2]), m[0]).toBe(true), checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
