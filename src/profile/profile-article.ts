import type { AnnotatedArticle, ReportArticle } from '../types.js';
import { findFrames } from './frames/find-frames.js';
import { classifyGenre } from './genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from './loaded/score-sentences.js';
import { profileContext } from './sentence-tokens.js';
import { findStance } from './stance/find-stance.js';

/**
 * The profile stage: loaded language and opinion per sentence, the genre, the frames and the
 * sympathy toward each actor — each with the sentences that show it. English only, like annotation:
 * other languages get neutral scores and genre `other`.
 */
export function profileArticle(article: AnnotatedArticle): ReportArticle {
  if (article.language !== 'en' && article.language !== 'und') {
    const sentences = article.sentences.map((s) => extend(s, { loaded: 0, opinion: 0, loadedSpans: [] }));
    return extend(article, { sentences, genre: 'other', genreScores: {}, genreEvidence: [], frames: [], stance: [] });
  }
  const signals = sentenceSignals(article); // one tokenize pass shared by scores and genre
  const profiles = scoreSentences(article, signals);
  const genre = classifyGenre(article, signals, profiles);
  const sentences = article.sentences.map((s, i) => {
    const p = profiles[i];
    return extend(s, { loaded: p?.loaded ?? 0, opinion: p?.opinion ?? 0, loadedSpans: p?.loadedSpans ?? [] });
  });
  // Frames and stance read the annotations only, not the profiled sentences; they share one reading of each sentence.
  const context = profileContext(article);
  return extend(article, { sentences, genre: genre.genre, genreScores: genre.scores, genreEvidence: genre.evidence, frames: findFrames(article, context), stance: findStance(article, context) });
}

/**
 * `{ ...base, ...fields }`, the same keys in the same order. Built with Object.assign: in Node 20 a
 * spread followed by more properties takes a slow path, some twenty times slower per sentence here.
 */
function extend<T extends object, U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields);
}
