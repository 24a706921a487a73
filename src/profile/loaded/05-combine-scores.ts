import type { Cue, Word } from '../types.js';
import { LOADED_MODEL, type Scoring } from './model.js';

export interface SentenceSignals {
  readonly words: readonly Word[];
  readonly cues: readonly Cue[];
  /** The sentence's text ends in "?" or "!" outside quotation marks. */
  readonly question: boolean;
  readonly exclamation: boolean;
  /** Its content is attributed to a speaker or claimant. */
  readonly attributed: boolean;
  /** Time expressions and figures in the sentence: the marks of reporting ("on Friday", "12 people"). */
  readonly times: number;
  readonly numbers: number;
}

const COPULA = new Set(['is', 'are', "isn't", "aren't", "it's", "that's"]);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The sentence's loaded-language mass: each word counts once, at its strongest reading (a
 * hand-listed loaded word, or a VADER valence scaled by `sentimentWeight`); words inside
 * quotation marks are the speaker's, so they count `quotedWeight`; intensifiers add a little.
 */
export function loadedMass(s: SentenceSignals, p: Scoring = LOADED_MODEL.scoring): number {
  const best = new Map<number, number>();
  for (const c of s.cues) {
    let w = c.kind === 'loaded' ? c.weight : c.kind === 'sentiment' ? (p.sentimentWeight * c.weight) / 2 : c.kind === 'intensifier' ? p.intensifierWeight : 0;
    if (w === 0) continue;
    if (s.words[c.first]?.quoted) w *= p.quotedWeight;
    for (let i = c.first; i < c.last; i++) best.set(i, Math.max(best.get(i) ?? 0, w / (c.last - c.first)));
  }
  let sum = 0;
  for (const w of best.values()) sum += w;
  return sum;
}

/** Loaded: 1 − e^(−scale·mass), so one clearly loaded word gives ≈ 0.63 and more saturate towards 1. */
export function loadedScore(s: SentenceSignals, p: Scoring = LOADED_MODEL.scoring): number {
  return 1 - Math.exp(-p.loadedScale * loadedMass(s, p));
}

/**
 * Opinion: a logistic sum of the writer's own voice (first person, "must"/"should", evaluative
 * words, intensifiers, hedges, questions, exclamations, loaded words) minus attribution ("X said"
 * hands the claim to someone else). Cues inside quotation marks are not the writer's and are skipped.
 */
export function opinionScore(s: SentenceSignals, loaded: number, p: Scoring = LOADED_MODEL.scoring): number {
  const w = p.opinion;
  const count: Record<string, number> = {};
  for (const c of s.cues) if (!s.words[c.first]?.quoted) count[c.kind] = (count[c.kind] ?? 0) + 1;
  const capped = (k: string) => Math.min(count[k] ?? 0, 2);
  let z = w.bias ?? 0;
  for (const k of ['firstPerson', 'obligation', 'evaluative', 'intensifier', 'hedge']) z += (w[k] ?? 0) * capped(k);
  if (s.question) z += w.question ?? 0;
  if (s.exclamation) z += w.exclamation ?? 0;
  z += (w.loaded ?? 0) * loaded * 2;
  if (s.attributed || (count.attribution ?? 0) > 0) z += w.attribution ?? 0;
  // Present-tense "is/are" states a judgement as a general truth ("the idea is fallacious").
  z += (w.copula ?? 0) * Math.min(s.words.filter((x) => !x.quoted && COPULA.has(x.word)).length, 2);
  z += (w.dated ?? 0) * Math.min(s.times, 1) + (w.figures ?? 0) * Math.min(s.numbers, 1);
  return sigmoid(z);
}

