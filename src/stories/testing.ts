import { annotateArticle } from '../annotate/annotate.js';
import { articleFromText } from '../eval/pipeline.js';
import type { ReportArticle } from '../types.js';

/** An invented article run through the annotate stage, for tests of the story stages. */
export function storyArticle(id: string, title: string, text: string, published: string | null = null, outlet: string | null = null): ReportArticle {
  const extracted = { ...articleFromText(text, published, id), title, outlet };
  return { ...extracted, ...annotateArticle(extracted) };
}
