import type { Evidence, ReportArticle, Story } from '../../types.js';

/** What a source needs of its article: its sentences (to widen a bare figure to its sentence) and its outlet. */
export type SourceArticle = Pick<ReportArticle, 'id' | 'sentences' | 'outlet'>;

/** "48" → "The ministry said 48 people were killed.": the sentence that holds the span, when it is known. */
function widen(e: Evidence, articles: ReadonlyMap<string, SourceArticle>): Evidence {
  const sentence = articles.get(e.article)?.sentences.find((s) => s.start <= e.start && e.end <= s.end);
  return sentence ? { article: e.article, start: sentence.start, end: sentence.end, text: sentence.text } : { article: e.article, start: e.start, end: e.end, text: e.text };
}

/**
 * The story's source sentences as the model sees them, numbered from 1 in this order: what the
 * extractive brief cites, then the spans of its disputes' positions. A dispute's span is a bare
 * figure ("48"); with the articles given, each span becomes the sentence it stands in. Each span once.
 */
export function numberSources(story: Story, articles: readonly SourceArticle[] = []): Evidence[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const spans = [...story.brief.sentences.flatMap((s) => s.cites), ...story.disputes.flatMap((d) => d.positions)].map((e) => widen(e, byId));
  const seen = new Set<string>();
  return spans.filter((e) => {
    const key = `${e.article}\u0000${e.start}\u0000${e.end}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}
