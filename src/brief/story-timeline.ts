import { createRequire } from 'node:module';
import { jaccard } from '../lib/sets.js';
import { contentTerms } from '../stories/terms.js';
import type { AnnotatedArticle, StoryTimelineEntry } from '../types.js';

const require = createRequire(import.meta.url);
const { timeline: M } = require('../../model/stories.json') as { timeline: { sameEvent: number; maxEntries: number } };


/**
 * The story's dated events from all its articles, oldest first; undated ones follow in article order.
 * The same event told by two articles (same date, mostly the same words) is listed once, from the first.
 */
export function storyTimeline(articles: readonly AnnotatedArticle[]): StoryTimelineEntry[] {
  const entries: (StoryTimelineEntry & { terms: Set<string>; order: number })[] = [];
  let order = 0;
  for (const a of articles) {
    for (const e of a.events) {
      const terms = new Set(contentTerms(e.what));
      // "and", "nearby villages": a clause too short to say what happened is no entry.
      if (terms.size < 3) continue;
      if (entries.some((x) => x.date === e.date && e.date !== null && jaccard(x.terms, terms) >= M.sameEvent)) continue;
      entries.push({ date: e.date, when: e.when?.text ?? a.published ?? '', what: e.what, article: a.id, start: e.start, end: e.end, text: e.text, terms, order: order++ });
    }
  }
  entries.sort((x, y) => (x.date === y.date ? x.order - y.order : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? -1 : 1));
  return entries.slice(0, M.maxEntries).map(({ terms: _t, order: _o, ...entry }) => entry);
}
