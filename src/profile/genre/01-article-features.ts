import type { AnnotatedArticle } from '../../types.js';
import { ownKinds, type SentenceSignals } from '../loaded/05-combine-scores.js';
import { KIND_BIT } from '../loaded/model.js';
import type { SentenceProfile } from '../types.js';
import { GENRE_MODEL } from './model.js';

/** Per-sentence rates an article's genre is read from: each 0..1 (share of sentences) unless named otherwise. */
export interface GenreFeatures {
  /** Sentences whose content is attributed ("X said", a quote, a claimed figure). */
  readonly attributed: number;
  /** Sentences with an opinion score ≥ 0.5, and the mean opinion score. */
  readonly opinionated: number;
  readonly opinionMean: number;
  /** Sentences where the writer prescribes ("must", "should", "need to") outside quotes. */
  readonly prescriptive: number;
  /** Sentences that talk to the reader or think aloud: "you", "I", contractions, interjections, questions. */
  readonly conversational: number;
  /** Sentences with hedges ("may", "likely", "perhaps") outside quotes: the analyst weighing outcomes. */
  readonly hedged: number;
  /** Sentences that weigh causes and outcomes ("likely", "whether", "could", "signals") outside quotes. */
  readonly analytic: number;
  /** 1 when the title or dek weighs an outcome ("Offer of talks tests whether the crisis can be contained"). */
  readonly headlineAnalytic: number;
  /** Mean loaded score. */
  readonly loadedMean: number;
  /** Quotes (direct and reported) per paragraph. */
  readonly quotesPerParagraph: number;
}

/** Contractions ("don't", "we're", "it's"): each holds an apostrophe, so only words with one are tested. */
const CONTRACTION = /^[a-z]+(?:n't|'re|'ve|'ll|'m|'d)$|^(?:it|that|there|here|what|who|let)'s$/;
const INTERJECTION = new Set(['oh', 'well', 'honestly', 'frankly', 'look', 'sure', 'alas', 'wow', 'yes', 'no']);

export function articleFeatures(article: Pick<AnnotatedArticle, 'paragraphs' | 'quotes' | 'title' | 'dek'>, signals: readonly SentenceSignals[], profiles: readonly SentenceProfile[], analyticWords: ReadonlySet<string> = GENRE_MODEL.analytic): GenreFeatures {
  const n = Math.max(1, signals.length);
  let analytic = 0, attributed = 0, opinionated = 0, opinionSum = 0, prescriptive = 0, conversational = 0, hedged = 0, loadedSum = 0;
  signals.forEach((s, i) => {
    const own = ownKinds(s);
    if (s.attributed || own & KIND_BIT.attribution) attributed++;
    const p = profiles[i];
    if (p && p.opinion >= 0.5) opinionated++;
    opinionSum += p?.opinion ?? 0;
    loadedSum += p?.loaded ?? 0;
    if (own & KIND_BIT.obligation) prescriptive++;
    if (own & KIND_BIT.hedge) hedged++;
    let analyticHere = false;
    let chatty = s.question || s.exclamation || INTERJECTION.has(s.words[0]?.word ?? '');
    for (const w of s.words) {
      if (w.quoted) continue;
      analyticHere ||= analyticWords.has(w.word);
      chatty ||= w.word === 'you' || w.word === 'i' || (w.word.includes("'") && CONTRACTION.test(w.word));
    }
    if (analyticHere) analytic++;
    if (chatty) conversational++;
  });
  return {
    attributed: attributed / n,
    opinionated: opinionated / n,
    opinionMean: opinionSum / n,
    prescriptive: prescriptive / n,
    conversational: conversational / n,
    hedged: hedged / n,
    analytic: analytic / n,
    headlineAnalytic: `${article.title ?? ''} ${article.dek ?? ''}`.toLowerCase().split(/[^a-z']+/).some((w) => analyticWords.has(w)) ? 1 : 0,
    loadedMean: loadedSum / n,
    quotesPerParagraph: article.quotes.length / Math.max(1, article.paragraphs.length),
  };
}
