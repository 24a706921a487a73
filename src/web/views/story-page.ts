import type { ReportArticle, Story } from '../../types.js';
import { frameBars } from '../charts/frame-bars.js';
import { perspectiveBar } from '../charts/perspective-bar.js';
import { sympathyBars } from '../charts/sympathy-bars.js';
import { groupClass, shortLabel } from '../groups.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../links.js';
import { briefBody } from './story/brief.js';
import { plural, storyContext, type StoryContext } from './story/context.js';
import { coverageBody } from './story/coverage.js';
import { disputesBody } from './story/disputes.js';
import { consensusBody, omissionsBody, singleSourceBody, sourcesBody, timelineBody, voicesBody } from './story/lists.js';
import { perspectivesBody } from './story/perspectives.js';
import { section } from './story/section.js';
import { dateRange } from './story-list.js';

export interface StoryPageOptions {
  /** Heading level of the story title: 1 on its own page (default), 2 inside the report. */
  readonly level?: 1 | 2;
}

interface Part {
  readonly key: string;
  readonly title: string;
  readonly show: boolean;
  readonly body: () => SafeHtml;
  readonly intro?: string;
}

/** The sections of a story page, in reading order; each shows only when it has something to say. */
function parts(ctx: StoryContext): Part[] {
  const s = ctx.story;
  const many = s.articleIds.length > 1;
  const voiced = Object.values(s.voices);
  return [
    { key: 'brief', title: 'Brief', show: true, body: () => briefBody(ctx) },
    { key: 'disputes', title: 'Disputed figures', show: s.disputes.length > 0, body: () => disputesBody(ctx) },
    { key: 'coverage', title: 'Coverage', show: s.coverage.length > 0 && many, body: () => coverageBody(ctx), intro: 'Which article carries, leaves out or disputes each figure and statement.' },
    { key: 'perspectives', title: 'How each side tells it', show: s.perspectives.length > 0, body: () => perspectivesBody(ctx), intro: 'Groups of articles that share claims, voices and emphasis; each with its genre, frames and sympathies.' },
    { key: 'frames', title: 'Frames per outlet', show: many && ctx.articles.length > 1, body: () => frameBars(`${ctx.idPrefix}-frames-chart`, ctx.articles, ctx.groups, ctx.names), intro: 'Bars are coloured by perspective group.' },
    { key: 'sympathies', title: 'Sympathies per outlet', show: many && ctx.articles.length > 1, body: () => sympathyBars(`${ctx.idPrefix}-sympathy-chart`, ctx.articles, ctx.groups, ctx.names), intro: 'How warmly or coldly each article treats the actors several of them take a side on.' },
    { key: 'voices', title: 'Voices', show: voiced.length > 1 || voiced.some((v) => v.length > 0), body: () => voicesBody(ctx) },
    { key: 'consensus', title: 'What several sources agree on', show: s.consensus.length > 0, body: () => consensusBody(ctx) },
    { key: 'single-source', title: 'Figures from a single source', show: s.singleSource.length > 0 && s.sources.length > 1, body: () => singleSourceBody(ctx) },
    { key: 'omissions', title: 'What each article leaves out', show: s.omissions.some((o) => o.kind !== 'statement'), body: () => omissionsBody(ctx) },
    { key: 'timeline', title: 'Timeline', show: s.timeline.length > 0, body: () => timelineBody(ctx) },
    { key: 'sources', title: 'Sources', show: true, body: () => sourcesBody(ctx), intro: `${plural(s.sources.length, 'independent source')}; twins (the same text retold) count once.` },
  ];
}

/** The story page's content, as markup. */
export function storyFragment(story: Story, articles: readonly ReportArticle[], links: Links, options: StoryPageOptions = {}): SafeHtml {
  const level = options.level ?? 1;
  const ctx = storyContext(story, articles, links, level + 1);
  const shown = parts(ctx).filter((p) => p.show);
  // Rendered in order so the citation numbers run from the top of the page down.
  const sections = shown.map((p) => section(ctx, p.key, p.title, p.body(), p.intro));
  const notes = ctx.citer.notes();
  const titleId = `${story.id}-title`;
  const groups = story.perspectives.length > 1 ? html`<ul class="legend">${story.perspectives.map((p, i) => html`<li><span class="swatch ${groupClass(i)}" aria-hidden="true"></span>${shortLabel(p.label)} (${plural(p.articleIds.length, 'article')})</li>`)}</ul>` : '';
  return html`<article class="story" aria-labelledby="${titleId}">
${level === 1 ? html`<h1 id="${titleId}">${story.title}</h1>` : html`<h2 id="${titleId}">${story.title}</h2>`}
<p class="meta">${plural(story.articleIds.length, 'article')} · ${plural(story.sources.length, 'independent source')} · ${dateRange(story.dates)} · ${plural(story.disputes.length, 'disputed figure')} · story ${story.id}</p>
${perspectiveBar(story)}${groups}
<nav class="toc" aria-label="${`Sections of ${story.title}`}"><p class="meta">${shown.map((p, i) => html`${i ? ' · ' : ''}<a href="${`#${encodeURIComponent(`${ctx.idPrefix}-${p.key}`)}`}">${p.title}</a>`)}${notes.value ? html` · <a href="${`#${encodeURIComponent(`${ctx.idPrefix}-notes`)}`}">Sources cited</a>` : ''}</p></nav>
${sections}
${notes.value ? section(ctx, 'notes', 'Sources cited', notes, 'Each number in the text links to the sentence it cites; so do these.') : ''}
<p class="meta"><a href="${links.storyList()}">← All stories</a></p>
</article>`;
}

/** A story page: brief with citations, disputes, coverage, perspectives, charts, voices, agreement, omissions, timeline, sources. */
export function renderStoryPage(story: Story, articles: readonly ReportArticle[], links: Links, options: StoryPageOptions = {}): string {
  return storyFragment(story, articles, links, options).value;
}
