import type { AnnotatedArticle } from '../../types.js';
import type { SentenceSignals } from '../loaded/05-combine-scores.js';
import { scoreSentences, sentenceSignals } from '../loaded/score-sentences.js';
import type { Genre, GenreProfile, SentenceProfile } from '../types.js';
import { articleFeatures } from './01-article-features.js';
import { declaredGenre } from './02-declared-genre.js';
import { genreScores } from './03-genre-scores.js';
import { genreEvidence } from './04-genre-evidence.js';
import { GENRE_MODEL } from './model.js';

/**
 * The article's genre — report, analysis, opinion, commentary, or other — with each candidate's
 * score and the sentences that show it. Pass the sentence signals and profiles when they are
 * already computed (the profile stage does) to skip a second pass.
 */
export function classifyGenre(
  article: AnnotatedArticle,
  signals: readonly SentenceSignals[] = sentenceSignals(article),
  profiles: readonly SentenceProfile[] = scoreSentences(article, signals),
): GenreProfile {
  // Too short, or a language the cue lists are not written for: nothing to read the genre from.
  if (article.sentences.length < GENRE_MODEL.minSentences || !['en', 'und'].includes(article.language)) return { genre: 'other', scores: {}, evidence: [] };
  const declared = declaredGenre(article); // "PoliticsOpinion", "This commentary was generated…"
  const features = articleFeatures(article, signals, profiles); // attribution, prescription, chat, hedging rates
  const scores = genreScores(features, declared);
  const genre = (Object.entries(scores).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other') as Genre;
  return { genre, scores, evidence: genreEvidence(genre, signals, profiles, GENRE_MODEL.evidencePerGenre) };
}
