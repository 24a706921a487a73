import type { AnnotatedArticle } from '../types.js';

/** What every comparison step of one story reads: its articles, and which of them are one source (twins). */
export interface StoryContext {
  readonly articles: readonly AnnotatedArticle[];
  readonly byId: ReadonlyMap<string, AnnotatedArticle>;
  /** Article id → index of its independent source (twins share one). */
  readonly sourceOf: ReadonlyMap<string, number>;
  /** Names of the places the story's articles mention, for reading demonyms the gazetteer does not know. */
  readonly places: readonly string[];
}

export function storyContext(articles: readonly AnnotatedArticle[], sources: readonly (readonly string[])[]): StoryContext {
  const sourceOf = new Map<string, number>();
  sources.forEach((group, i) => group.forEach((id) => sourceOf.set(id, i)));
  for (const a of articles) if (!sourceOf.has(a.id)) sourceOf.set(a.id, sourceOf.size + sources.length);
  const places = [...new Set(articles.flatMap((a) => a.entities.filter((e) => e.type === 'place').map((e) => e.name)))];
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), sourceOf, places };
}

/** The independent sources among some articles: twins count once. */
export function sourceCount(context: StoryContext, articleIds: Iterable<string>): number {
  return new Set([...articleIds].map((id) => context.sourceOf.get(id))).size;
}
