import { createHash } from 'node:crypto';
import { findPerspectives } from '../brief/find-perspectives.js';
import { centroid, cosine, vectorOf } from '../brief/sentence-vectors.js';
import { storyTimeline } from '../brief/story-timeline.js';
import { writeBrief, type BriefOptions } from '../brief/write-brief.js';
import { coverageMatrix } from '../compare/coverage.js';
import { findConsensus } from '../compare/find-consensus.js';
import { collectFigures, groupFigures, singleSourceClaims, toDispute } from '../compare/find-figures.js';
import { findOmissions } from '../compare/find-omissions.js';
import { findVoices } from '../compare/find-voices.js';
import { storyContext } from '../compare/story-context.js';
import type { AnnotatedArticle, Story, Storyline } from '../types.js';
import { findTwins } from './find-twins.js';
import { groupStories } from './group-stories.js';

export interface StoriesOptions extends BriefOptions {}

const shortHash = (prefix: string, ids: readonly string[]) => `${prefix}-${createHash('sha1').update([...ids].sort().join('\u0000')).digest('hex').slice(0, 10)}`;

/** Twins merge into one source; every other article is a source of its own. */
function sourcesOf(ids: readonly string[], twins: readonly (readonly [string, string])[]): string[][] {
  const groupOf = new Map(ids.map((id) => [id, [id]]));
  for (const [a, b] of twins) {
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (!ga || !gb || ga === gb) continue;
    ga.push(...gb);
    for (const id of gb) groupOf.set(id, ga);
  }
  return [...new Set(groupOf.values())];
}

/**
 * The title of the article whose title is nearest the centre of all its story's titles, among the
 * articles that quote someone when there are any (reports over opinion pieces).
 */
function storyTitle(articles: readonly AnnotatedArticle[], voices: Readonly<Record<string, readonly string[]>>): string {
  const reporting = articles.filter((a) => a.title && (voices[a.id]?.length ?? 0) > 0);
  const titled = reporting.length ? reporting : articles.filter((a) => a.title);
  const vectors = titled.map((a) => vectorOf(a.title ?? ''));
  const centre = centroid(vectors);
  let best = 0;
  vectors.forEach((v, i) => {
    if (cosine(v, centre) > cosine(vectors[best] ?? new Map(), centre)) best = i;
  });
  return titled[best]?.title ?? articles[0]?.title ?? articles[0]?.id ?? 'Untitled story';
}

/** One story: its sources, what they agree on, dispute and leave out, its timeline, brief and perspectives. */
export function buildStory(articles: readonly AnnotatedArticle[], twins: readonly (readonly [string, string])[], options: StoriesOptions = {}): Story {
  const ids = articles.map((a) => a.id);
  const sources = sourcesOf(ids, twins);
  const context = storyContext(articles, sources);
  const figures = collectFigures(context);
  const groups = groupFigures(figures);
  const disputes = groups.filter((g) => g.disputed).map(toDispute);
  const voices = findVoices(articles);
  const consensus = findConsensus(context, groups);
  const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  return {
    id: shortHash('s', ids),
    title: storyTitle(articles, voices),
    articleIds: ids,
    sources,
    dates: { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null },
    consensus,
    disputes,
    singleSource: singleSourceClaims(groups, context),
    voices,
    omissions: findOmissions(context, groups, consensus, voices),
    coverage: coverageMatrix(context, groups, consensus),
    timeline: storyTimeline(articles),
    brief: writeBrief(context, disputes, options),
    perspectives: findPerspectives(context, voices, figures),
  };
}

/** The cluster, compare and synthesize stages over a report's articles. */
export function buildStories(articles: readonly AnnotatedArticle[], options: StoriesOptions = {}): { stories: Story[]; storylines: Storyline[]; twins: [string, string][] } {
  const grouping = groupStories(articles);
  const twins = findTwins(articles, grouping.stories);
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Stories in input order of their first article, so reports read in the order the user gave.
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const clusters = grouping.stories.map((ids, index) => ({ index, ids: [...ids].sort((x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0)) }));
  const stories = clusters.map((c) => buildStory(c.ids.map((id) => byId.get(id) as AnnotatedArticle), twins.filter(([a]) => c.ids.includes(a)), options));
  const storylines = grouping.storylines.map((members) => {
    const storyIds = members.map((i) => (stories[i] as Story).id);
    const largest = [...members].sort((a, b) => (stories[b] as Story).articleIds.length - (stories[a] as Story).articleIds.length)[0] as number;
    return { id: shortHash('l', storyIds), title: (stories[largest] as Story).title, storyIds };
  });
  const order = (s: Story) => Math.min(...s.articleIds.map((id) => position.get(id) ?? 0));
  return { stories: [...stories].sort((a, b) => order(a) - order(b)), storylines, twins };
}

/** The brief of one story's articles taken as one story (twins found among them): what synthesis evaluations score. */
export function writeStoryBrief(articles: readonly AnnotatedArticle[], options: StoriesOptions = {}): Story['brief'] {
  const ids = articles.map((a) => a.id);
  return buildStory(articles, findTwins(articles, [ids]), options).brief;
}
