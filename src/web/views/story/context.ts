import type { ReportArticle, Story } from '../../../types.js';
import { citeContext, createCiter, type CiteContext } from '../../cite.js';
import { groupOf } from '../../groups.js';
import type { Links } from '../../links.js';

/** What every section of a story page reads: the story, its articles in order, citations, colours. */
export interface StoryContext {
  readonly story: Story;
  /** The story's articles that were given, in `story.articleIds` order. */
  readonly articles: readonly ReportArticle[];
  readonly cite: CiteContext;
  readonly citer: ReturnType<typeof createCiter>;
  readonly groups: ReadonlyMap<string, number>;
  readonly names: ReadonlyMap<string, string>;
  readonly links: Links;
  /** Level of the section headings (2 on a story's own page, 3 inside the report). */
  readonly level: number;
  /** Unique in the page: prefixes section and chart ids. */
  readonly idPrefix: string;
}

export function storyContext(story: Story, given: readonly ReportArticle[], links: Links, level: number): StoryContext {
  const byId = new Map(given.map((a) => [a.id, a]));
  const articles = story.articleIds.map((id) => byId.get(id)).filter((a): a is ReportArticle => !!a);
  const cite = citeContext(articles.length ? articles : given, links);
  // An article the caller did not pass is still named by its id.
  const names = new Map([...story.articleIds.map((id): [string, string] => [id, id]), ...cite.names]);
  return { story, articles, cite: { ...cite, names }, citer: createCiter({ ...cite, names }), groups: groupOf(story), names, links, level, idPrefix: story.id };
}

export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
export const short = (text: string, n = 220) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
