import type { Story } from '../../types.js';
import { perspectiveBar } from '../charts/perspective-bar.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../links.js';

export interface StoryListItem {
  readonly story: Story;
  /** When the story last changed (ISO date or timestamp); default: its last article's date. */
  readonly updatedAt?: string;
}

export interface StoryListOptions {
  /** Level of the list's heading: 1 on its own page (default), 2 inside the report. */
  readonly level?: 1 | 2;
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
const day = (item: StoryListItem) => (item.updatedAt ?? item.story.dates.last ?? '').slice(0, 10);

/** "2026-03-03 – 2026-03-07", one date when they agree, "undated" when none is known. */
export function dateRange(dates: Story['dates']): string {
  if (!dates.first && !dates.last) return 'undated';
  if (!dates.first || !dates.last || dates.first === dates.last) return dates.first ?? dates.last ?? '';
  return `${dates.first} – ${dates.last}`;
}

/**
 * Newest first, by day (`updatedAt`, else the story's last date; undated last); among stories of
 * the same day the most contested first (most disputed figures), then the most independent
 * sources, then by title — so the order is stable.
 */
export function sortStories(items: readonly StoryListItem[]): StoryListItem[] {
  return [...items].sort(
    (x, y) =>
      day(y).localeCompare(day(x)) ||
      y.story.disputes.length - x.story.disputes.length ||
      y.story.sources.length - x.story.sources.length ||
      x.story.title.localeCompare(y.story.title) ||
      x.story.id.localeCompare(y.story.id),
  );
}

function row(item: StoryListItem, links: Links, level: number): SafeHtml {
  const s = item.story;
  const heading = html`<a href="${links.story(s.id)}">${s.title}</a>`;
  return html`<li>
${level === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
<p class="meta">${dateRange(s.dates)} · ${plural(s.sources.length, 'independent source')} · ${plural(s.articleIds.length, 'article')}${s.disputes.length ? html` · <span class="badge disputed">${plural(s.disputes.length, 'disputed figure')}</span>` : ' · no disputed figures'}</p>
${perspectiveBar(s)}
</li>`;
}

/** The list of stories, newest and most contested first (see `sortStories`), as markup. */
export function storyListFragment(stories: readonly (StoryListItem | Story)[], links: Links, options: StoryListOptions = {}): SafeHtml {
  const level = options.level ?? 1;
  const items = sortStories(stories.map((s) => ('story' in s ? s : { story: s })));
  const title = level === 1 ? html`<h1 id="stories-title">Stories</h1>` : html`<h2 id="stories-title">Stories</h2>`;
  if (!items.length) return html`<section class="stories" aria-labelledby="stories-title">${title}<p>No stories yet: add articles (the <em>Add articles</em> page of <code>parallax serve</code>, or <code>parallax ingest PATH…</code>).</p></section>`;
  return html`<section class="stories" aria-labelledby="stories-title">${title}
<p class="meta">${plural(items.length, 'story', 'stories')}, newest first; on the same day the most contested first. The bar under each story shows its perspective groups.</p>
<ol class="story-list">${items.map((item) => row(item, links, level + 1))}</ol>
</section>`;
}

/** The story list page's content: each story's title, dates, sources, articles, disputes and perspective bar. */
export function renderStoryList(stories: readonly (StoryListItem | Story)[], links: Links, options: StoryListOptions = {}): string {
  return storyListFragment(stories, links, options).value;
}
