/** The list views of the API: enough to show a row, without a story's analysis or an article's text. */
import type { StoredArticle, StoredStory } from '../store/store.js';
import type { Story } from '../types.js';

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly dates: Story['dates'];
  /** When the story was last re-derived (ISO 8601 UTC). */
  readonly updatedAt: string;
  readonly articles: number;
  /** Independent sources: twins (the same text retold) count once. */
  readonly sources: number;
  /** Figures the sources give differently. */
  readonly disputes: number;
  /** The perspective groups, for the bar: a label and how many articles tell it that way. */
  readonly perspectives: readonly { readonly label: string; readonly articles: number }[];
}

export function summarizeStory({ story, updatedAt }: StoredStory): StorySummary {
  return {
    id: story.id,
    title: story.title,
    dates: story.dates,
    updatedAt,
    articles: story.articleIds.length,
    sources: story.sources.length,
    disputes: story.disputes.length,
    perspectives: story.perspectives.map((p) => ({ label: p.label, articles: p.articleIds.length })),
  };
}

/**
 * Newest and most contested first. The store pages stories by `updatedAt` (newest first); within a
 * page, stories updated at the same moment (re-derived by one upload) put the most disputed first.
 */
export function byNewestThenContested(a: StorySummary, b: StorySummary): number {
  return cmp(b.updatedAt, a.updatedAt) || b.disputes - a.disputes || b.sources - a.sources || cmp(b.dates.last ?? '', a.dates.last ?? '') || cmp(a.id, b.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An article of a story, as the story's article list shows it. */
export interface ArticleCard {
  readonly id: string;
  readonly title: string | null;
  readonly dek: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly language: string;
  readonly genre: string;
  /** The article says it was written with an AI tool. */
  readonly aiDisclosed: boolean;
  /** Other articles of the story that are the same text retold (one independent source with it). */
  readonly twins: readonly string[];
  readonly addedAt: string;
}

export function articleCard({ article, addedAt }: StoredArticle, story: Pick<Story, 'sources'> | null): ArticleCard {
  return {
    id: article.id,
    title: article.title,
    dek: article.dek,
    outlet: article.outlet,
    byline: article.byline,
    published: article.published,
    url: article.url ?? null,
    language: article.language,
    genre: article.genre,
    aiDisclosed: article.aiDisclosure !== null,
    twins: story ? twinsOf(article.id, [story]) : [],
    addedAt,
  };
}

/** The articles that share a source group with this one in any of its stories. */
export function twinsOf(articleId: string, stories: readonly Pick<Story, 'sources'>[]): string[] {
  const twins = new Set<string>();
  for (const story of stories) for (const group of story.sources) if (group.includes(articleId)) for (const id of group) if (id !== articleId) twins.add(id);
  return [...twins].sort();
}
