import { createRequire } from 'node:module';
import type { AnnotatedArticle } from '../types.js';
import { BACKGROUND } from './background.js';
import { fingerprint } from './fingerprint.js';
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
export function groupStories(articles: readonly AnnotatedArticle[], options: Partial<StoryIndexOptions> = {}): Grouping {
  const index = createStoryIndex({ ...GROUPING_DEFAULTS, ...options });
  const order = articles.map((a, i) => ({ a, i })).sort((x, y) => {
    const dx = x.a.published ?? '\uffff';
    const dy = y.a.published ?? '\uffff';
    return dx < dy ? -1 : dx > dy ? 1 : x.i - y.i;
  });
  for (const { a } of order) index.add(fingerprint(a));
  return { stories: index.stories(), storylines: index.storylines() };
}
