import { analyzeArticle } from '../analyze-article.js';
import { articleFromText } from '../eval/pipeline.js';
import type { ReportArticle } from '../types.js';

/** An invented article run through the annotate and profile stages, for tests of the story stages. */
export function storyArticle(id: string, title: string, text: string, published: string | null = null, outlet: string | null = null): ReportArticle {
  return analyzeArticle({ ...articleFromText(text, published, id), title, outlet });
}
