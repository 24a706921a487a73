import type { Span } from '../../types.js';
import { ownKinds, type SentenceSignals } from '../loaded/05-combine-scores.js';
import { KIND_BIT } from '../loaded/model.js';
import type { Genre, SentenceProfile } from '../types.js';

/** 1 when the kinds `own` hold `kind`, else 0. */
const has = (own: number, kind: number) => (own & kind ? 1 : 0);

/** How strongly one sentence shows each genre: the per-sentence form of the article features. */
function sentenceWeight(genre: Genre, s: SentenceSignals, p: SentenceProfile): number {
  const own = ownKinds(s);
  if (genre === 'report') return (s.attributed ? 1 : 0) + has(own, KIND_BIT.attribution) * 0.5 + (s.times > 0 ? 0.5 : 0) - p.opinion;
  if (genre === 'opinion') return has(own, KIND_BIT.obligation) + p.opinion + p.loaded * 0.5;
  if (genre === 'commentary') return (s.question ? 1 : 0) + has(own, KIND_BIT.firstPerson) + has(own, KIND_BIT.intensifier) * 0.5 + p.opinion * 0.5;
  if (genre === 'analysis') return has(own, KIND_BIT.hedge) + (s.attributed ? 0.5 : 0) + p.opinion * 0.5;
  return 0;
}

/** The sentences that best show the winning genre, in text order. */
export function genreEvidence(genre: Genre, signals: readonly SentenceSignals[], profiles: readonly SentenceProfile[], count: number): Span[] {
  return profiles
    .map((p, i) => ({ p, w: sentenceWeight(genre, signals[i]!, p) }))
    .filter((x) => x.w > 0)
    .sort((a, b) => b.w - a.w || a.p.start - b.p.start)
    .slice(0, count)
    .sort((a, b) => a.p.start - b.p.start)
    .map(({ p }) => ({ start: p.start, end: p.end, text: p.text }));
}
