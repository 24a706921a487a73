import { annotateArticle } from './annotate/annotate.js';
import { profileArticle } from './profile/profile-article.js';
import type { ExtractedArticle, ReportArticle } from './types.js';

/** One article through annotate and profile, on its own (no alignment of actors across articles). */
export function analyzeArticle(article: ExtractedArticle): ReportArticle {
  return profileArticle({ ...article, ...annotateArticle(article) });
}
