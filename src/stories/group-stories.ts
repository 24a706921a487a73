import { createRequire } from 'node:module';
import type { AnnotatedArticle } from '../types.js';
import { BACKGROUND } from './background.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { splitStory } from './split-story.js';
import { createStoryIndex, type StoryIndexOptions } from './story-index.js';

const require = createRequire(import.meta.url);
const { grouping } = require('../../model/stories.json') as { grouping: Omit<StoryIndexOptions, 'background'> };

export const GROUPING_DEFAULTS: StoryIndexOptions = { ...grouping, background: BACKGROUND };

export interface Grouping {
  /** Article ids per story. */
  readonly stories: readonly (readonly string[])[];
  /** Story indexes (into `stories`) per storyline. */
  readonly storylines: readonly (readonly number[])[];
}

/**
 * Groups articles into stories and storylines from scratch, oldest first (an article's story is decided
 * when it arrives, as it would be in a library that grows). Undated articles come after dated ones, in input order.
 */
export function groupStories(articles: readonly AnnotatedArticle[], options: Partial<StoryIndexOptions> = {}, refine = true): Grouping {
  const index = createStoryIndex({ ...GROUPING_DEFAULTS, ...options });
  const order = articles.map((a, i) => ({ a, i })).sort((x, y) => {
    const dx = x.a.published ?? '\uffff';
    const dy = y.a.published ?? '\uffff';
    return dx < dy ? -1 : dx > dy ? 1 : x.i - y.i;
  });
  const fps = new Map(order.map(({ a }) => [a.id, fingerprint(a)] as const));
  for (const { a } of order) index.add(fps.get(a.id) as Fingerprint);
  if (!refine) return { stories: index.stories(), storylines: index.storylines() };
  // Batch refinement: a story chained across two events splits; both halves stay in its storyline.
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: string[][] = [];
  const lineOf: number[] = [];
  const lines = index.storylines();
  index.stories().forEach((ids, s) => {
    const line = lines.findIndex((l) => l.includes(s));
    const parts = splitStory(ids.map((id) => byId.get(id) as AnnotatedArticle), ids.map((id) => fps.get(id) as Fingerprint), { ...GROUPING_DEFAULTS, ...options });
    for (const part of parts) stories.push(part), lineOf.push(line);
  });
  const storylines: number[][] = [];
  lineOf.forEach((line, s) => (storylines[line] ??= []).push(s));
  return { stories, storylines: storylines.filter(Boolean) };
}
