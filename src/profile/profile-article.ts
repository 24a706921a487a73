import type { AnnotatedArticle, ReportArticle } from '../types.js';
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
  if (article.language !== 'en' && article.language !== 'und') {
    const sentences = article.sentences.map((s) => ({ ...s, loaded: 0, opinion: 0, loadedSpans: [] }));
    return { ...article, sentences, genre: 'other', genreScores: {}, genreEvidence: [], frames: [], stance: [] };
  }
  const signals = sentenceSignals(article); // one tokenize pass shared by scores and genre
  const profiles = scoreSentences(article, signals);
  const genre = classifyGenre(article, signals, profiles);
  const sentences = article.sentences.map((s, i) => {
    const p = profiles[i];
    return { ...s, loaded: p?.loaded ?? 0, opinion: p?.opinion ?? 0, loadedSpans: p?.loadedSpans ?? [] };
  });
  // Frames and stance read the annotations only; they do not need the profiled sentences.
  return { ...article, sentences, genre: genre.genre, genreScores: genre.scores, genreEvidence: genre.evidence, frames: findFrames(article), stance: findStance(article) };
}
