import type { AnnotatedArticle, ArticleProfile, ReportArticle } from '../types.js';
import { findFrames } from './frames/find-frames.js';
import { classifyGenre } from './genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from './loaded/score-sentences.js';
import { findStance } from './stance/find-stance.js';

/**
 * The profile stage: loaded language and opinion per sentence, the genre, the frames and the
 * sympathy toward each actor — each with the sentences that show it. English only, like annotation:
 * other languages get neutral scores and genre `other`.
 */
export function profileArticle(article: AnnotatedArticle): ReportArticle {
  const empty: ArticleProfile = { genre: 'other', genreScores: {}, genreEvidence: [], frames: [], stance: [] };
  const neutral = article.sentences.map((s) => ({ ...s, loaded: 0, opinion: 0, loadedSpans: [] }));
  const base: ReportArticle = { ...article, ...empty, sentences: neutral };
  if (article.language !== 'en' && article.language !== 'und') return base;
  const signals = sentenceSignals(article); // one tokenize pass shared by scores and genre
  const profiles = scoreSentences(article, signals);
  const sentences = article.sentences.map((s, i) => ({ ...s, loaded: profiles[i]?.loaded ?? 0, opinion: profiles[i]?.opinion ?? 0, loadedSpans: profiles[i]?.loadedSpans ?? [] }));
  const genre = classifyGenre(article, signals, profiles);
  const withSentences = { ...base, sentences };
  return { ...withSentences, genre: genre.genre, genreScores: genre.scores, genreEvidence: genre.evidence, frames: findFrames(withSentences), stance: findStance(withSentences) };
}
