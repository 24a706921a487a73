import type { AnnotatedArticle, Span } from '../../types.js';
import type { SentenceProfile } from '../types.js';
import { sentenceWords } from './01-sentence-words.js';
import { findCues } from './02-find-cues.js';
import { loadedSpans } from './03-loaded-spans.js';
import { attributedSentences } from './04-attribution.js';
import { loadedScore, opinionScore, type SentenceSignals } from './05-combine-scores.js';

/** How many of the sorted spans start inside each sentence (two pointers). */
function countIn(sentences: readonly Span[], spans: readonly Span[]): number[] {
  const out = sentences.map(() => 0);
  let s = 0;
  for (const x of [...spans].sort((a, b) => a.start - b.start)) {
    while (s < sentences.length && sentences[s]!.end <= x.start) s++;
    if (s < sentences.length && sentences[s]!.start <= x.start) out[s]!++;
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

type ProfiledArticle = Pick<AnnotatedArticle, 'text' | 'sentences' | 'quotes' | 'claims' | 'times'>;

/** The cues and reporting marks of every sentence: what the scores (and the genre) are computed from. */
export function sentenceSignals(article: ProfiledArticle): SentenceSignals[] {
  const { text, sentences } = article;
  const words = sentenceWords(text, sentences, article.quotes); // one tokenize pass, quoted words marked
  const times = countIn(sentences, article.times); // "on Friday": reporting is dated
  const attributed = attributedSentences(sentences, article.quotes, article.claims); // "X said", "according to"
  return sentences.map((sentence, i) => {
    const w = words[i] ?? [];
    const cues = findCues(w); // lexicon entries: loaded, sentiment, intensifiers, modals, first person…
    const tail = text.slice(Math.max(sentence.start, sentence.end - 3), sentence.end);
    const signals = { words: w, cues, question: /\?\s*$/.test(tail), exclamation: /!["”’']?\s*$/.test(tail), attributed: attributed[i] ?? false, times: times[i] ?? 0, numbers: /\d/.test(sentence.text) ? 1 : 0 };
    return signals;
  });
}

/** Loaded-language and opinion scores for every sentence of an article, in sentence order. */
export function scoreSentences(article: ProfiledArticle, signals: readonly SentenceSignals[] = sentenceSignals(article)): SentenceProfile[] {
  return article.sentences.map((sentence, i) => {
    const s = signals[i]!;
    const loaded = loadedScore(s);
    return { start: sentence.start, end: sentence.end, text: sentence.text, loaded: round(loaded), opinion: round(opinionScore(s, loaded)), loadedSpans: loadedSpans(article.text, s.words, s.cues) };
  });
}
