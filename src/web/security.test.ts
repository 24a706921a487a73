import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { CLIENT_SCRIPT } from './client.js';
import { contentSecurityPolicy } from './csp.js';
import { webLinks } from './links.js';
import { renderReportHtml } from './report-html.js';
import { STYLES } from './styles.js';
import { hostileReport, parse, PAYLOAD, poisoned } from './testing.js';
import { renderArticlePage } from './views/article-page.js';
import { renderLayout } from './views/layout.js';
import { renderStoryList } from './views/story-list.js';
import { renderStoryPage } from './views/story-page.js';

/** Every element the views write. Anything else in a page came from an input. */
const OUR_TAGS = new Set(
  'html head meta title style body a header nav ul ol li main script section h1 h2 h3 h4 p span strong em br code time article div table caption thead tbody tr th td details summary figure svg desc rect text line g dl dt dd blockquote sup mark'.split(' '),
);

/** A page is inert when nothing from the input became markup, a handler, a script URL or a style. */
function expectInert(markup: string): void {
  const doc = parse(markup);
  const elements = [...doc.querySelectorAll('*')];
  const foreign = elements.map((e) => e.tagName.toLowerCase()).filter((t) => !OUR_TAGS.has(t));
  expect(foreign).toEqual([]);
  expect(doc.querySelectorAll('img, iframe, object, embed, link, base, form, input').length).toBe(0);
  const scripts = [...doc.querySelectorAll('script')];
  expect(scripts.every((s) => s.textContent === CLIENT_SCRIPT)).toBe(true);
  expect(scripts.length).toBeLessThanOrEqual(1);
  const styles = [...doc.querySelectorAll('style')];
  expect(styles.map((s) => s.textContent)).toEqual(markup.includes('<!doctype html>') ? [STYLES] : []);
  for (const e of elements) {
    for (const name of e.getAttributeNames()) {
      expect(name.startsWith('on'), `<${e.tagName} ${name}>`).toBe(false);
      expect(name).not.toBe('style');
      if (/^(href|src|xlink:href|action)$/i.test(name)) expect(e.getAttribute(name) ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
  // The payload is still there — as text a reader can see.
  expect(doc.body?.textContent ?? doc.textContent).toContain('<script>alert(1)</script>');
}

describe('untrusted article text renders as inert text', () => {
  let report: Report;
  let evil: Report;
  beforeAll(async () => {
    report = await hostileReport();
    evil = poisoned(report);
  });

  it('the fixture is a story with the payload in title, outlet, byline, URL and body', () => {
    const a = report.articles.find((x) => x.id === 'tessa-herald');
    expect(a?.title).toContain('<script>');
    expect(a?.outlet).toContain('onerror');
    expect(a?.url).toBe('javascript:alert(1)');
    expect(a?.text).toContain('</style><style>');
    expect(report.stories.some((s) => s.articleIds.length === 2)).toBe(true);
  });

  it('in the one-file report, from the real pipeline and with every string and key poisoned', () => {
    expectInert(renderReportHtml(report));
    expectInert(renderReportHtml(evil));
  });

  it('in the web views, inside the layout', () => {
    const links = webLinks();
    for (const r of [report, evil]) {
      const story = r.stories.find((s) => s.articleIds.length === 2) ?? r.stories[0];
      if (!story) throw new Error('no story');
      expectInert(renderLayout({ title: story.title, body: renderStoryList(r.stories, links) }));
      expectInert(renderLayout({ title: story.title, body: renderStoryPage(story, r.articles, links) }));
      for (const a of r.articles) expectInert(renderLayout({ title: a.title ?? a.id, body: renderArticlePage(a, { stories: [story], twin: r.articles[0]?.id ?? null }, links), script: CLIENT_SCRIPT }));
    }
  });

  it('a script URL never becomes a link: it is shown, and its href is "#"', () => {
    const doc = parse(renderArticlePage(report.articles.find((x) => x.id === 'tessa-herald')!, {}, webLinks()));
    const source = [...doc.querySelectorAll('a')].find((a) => a.textContent === 'javascript:alert(1)');
    expect(source?.getAttribute('href')).toBe('#');
  });

  it('ids with markup in them stay attribute values', () => {
    const doc = parse(renderReportHtml(evil));
    const id = `tessa-herald${PAYLOAD}`;
    expect(doc.getElementById(`article-${id}`)).not.toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  it('allows exactly the page’s own style and script, by hash, and nothing from elsewhere', () => {
    const page = renderLayout({ title: 't', body: '<p>x</p>', script: CLIENT_SCRIPT });
    const meta = parse(page).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(meta).toBe(contentSecurityPolicy([STYLES], [CLIENT_SCRIPT]));
    expect(meta).toMatch(/default-src 'none'/);
    expect(meta).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}'(;|$)/);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const none = parse(renderLayout({ title: 't', body: '' })).querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(none?.getAttribute('content')).toMatch(/script-src 'none'/);
  });
});
