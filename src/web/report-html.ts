import type { Message, Report } from '../types.js';
import { CLIENT_SCRIPT } from './client.js';
import { html, type SafeHtml } from './html.js';
import { reportLinks, reportSectionId } from './links.js';
import { articleFragment } from './views/article-page.js';
import { renderLayout } from './views/layout.js';
import { storyListFragment } from './views/story-list.js';
import { storyFragment } from './views/story-page.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function messagesSection(messages: readonly Message[]): SafeHtml {
  return html`<section class="page" id="messages" aria-labelledby="messages-title"><h2 id="messages-title">Messages</h2>
${messages.length ? html`<ul class="messages">${messages.map((m) => html`<li><span class="${`sev-${m.severity}`}">${m.severity}</span> <code>${m.source}</code>: ${m.reason} <span class="muted">(${m.ruleId})</span></li>`)}</ul>` : html`<p class="muted">None: every input was read.</p>`}
</section>`;
}

/** Storylines of several stories, and the twins (one text retold), as the Markdown report lists them. */
function groupings(report: Report, links: ReturnType<typeof reportLinks>): SafeHtml {
  const titles = new Map(report.stories.map((s) => [s.id, s.title]));
  const lines = report.storylines.filter((l) => l.storyIds.length > 1);
  return html`${lines.map((l) => html`<p class="meta">Storyline <strong>${l.title}</strong>: ${l.storyIds.length} stories — ${l.storyIds.map((id, i) => html`${i ? '; ' : ''}<a href="${links.story(id)}">${titles.get(id) ?? id}</a>`)}</p>`)}
${report.twins.length ? html`<p class="meta">Twins (one text retold; counted as one source): ${report.twins.map(([a, b], i) => html`${i ? '; ' : ''}<a href="${links.article(a)}">${a}</a> ↔ <a href="${links.article(b)}">${b}</a>`)}</p>` : ''}`;
}

function articleIndex(report: Report, links: ReturnType<typeof reportLinks>): SafeHtml {
  return html`<div class="table-scroll"><table><caption>Every article of the report</caption><thead><tr><th scope="col">title</th><th scope="col">outlet</th><th scope="col">published</th><th scope="col">language</th><th scope="col">genre</th><th scope="col">AI disclosure</th><th scope="col">words</th><th scope="col">quotes</th><th scope="col">figures</th></tr></thead><tbody>${report.articles.map(
    (a) => html`<tr><th scope="row"><a href="${links.article(a.id)}">${a.title ?? a.id}</a></th><td>${a.outlet ?? ''}</td><td>${a.published ?? ''}</td><td>${a.language}</td><td>${a.genre}</td><td>${a.aiDisclosure ? 'yes' : ''}</td><td>${words(a.text)}</td><td>${a.quotes.length}</td><td>${a.claims.length}</td></tr>`,
  )}</tbody></table></div>`;
}

/**
 * The whole report as one self-contained HTML file: the story list, every story and every article
 * as sections of one page linked by anchors (`#story-ID`, `#article-ID-cite-START-END`), and the
 * messages. No network: the style and the one small script are inline, pinned by the page's CSP.
 */
export function renderReportHtml(report: Report): string {
  const links = reportLinks();
  const twinOf = new Map<string, string>();
  for (const [a, b] of report.twins) twinOf.set(a, b).set(b, a);
  const storiesOf = (id: string) => report.stories.filter((s) => s.articleIds.includes(id));
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const body = html`<h1>Parallax report</h1>
<p class="meta">${plural(report.articles.length, 'article')} · ${plural(report.stories.length, 'story', 'stories')} · ${plural(report.messages.length, 'message')} · report version ${report.version}</p>
<section class="page" id="stories">${storyListFragment(report.stories, links, { level: 2 })}${groupings(report, links)}</section>
${report.stories.map((s) => html`<section class="page" id="${reportSectionId.story(s.id)}">${storyFragment(s, s.articleIds.map((id) => byId.get(id)).filter((a) => a !== undefined), links, { level: 2 })}</section>`)}
<section class="page" id="articles" aria-labelledby="articles-title"><h2 id="articles-title">Articles</h2>${articleIndex(report, links)}</section>
${report.articles.map((a) => html`<section class="page" id="${reportSectionId.article(a.id)}">${articleFragment(a, { stories: storiesOf(a.id), twin: twinOf.get(a.id) ?? null, level: 2 }, links)}</section>`)}
${messagesSection(report.messages)}`;
  return renderLayout({
    title: `Parallax report: ${plural(report.stories.length, 'story', 'stories')}, ${plural(report.articles.length, 'article')}`,
    body,
    nav: [
      { href: '#stories', label: 'Stories' },
      { href: '#articles', label: 'Articles' },
      { href: '#messages', label: `Messages (${report.messages.length})` },
    ],
    script: CLIENT_SCRIPT,
  });
}
