import type { Cue, CueKind, Word } from '../types.js';
import { SCARE_QUOTE_WORDS } from './02-find-cues.js';
import { KIND_BIT, LOADED_MODEL, type Scoring } from './model.js';

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

/**
 * The sentence-level weights of the loaded mass, beside the word weights of `Scoring` (same JSON
 * section, model/profile-loaded.json `scoring`; optional so a model without them scores as before).
 */
export interface MassWeights {
  /** Each evaluative word ("misguided", "unacceptable") and each first-person word ("we", "our"): the writer's voice. */
  readonly evaluativeWeight?: number;
  readonly firstPersonWeight?: number;
  /** A rhetorical question or an exclamation in the writer's sentence. */
  readonly questionWeight?: number;
  readonly exclamationWeight?: number;
  /** Multipliers for the marks of reporting: content attributed to a speaker, a dated event. */
  readonly attributedFactor?: number;
  readonly datedFactor?: number;
}

const COPULA = new Set(['is', 'are', "isn't", "aren't", "it's", "that's"]);
/** The cue is a whole short quoted run inside the sentence (see scareQuotes in 02-find-cues). */
const isScareQuote = (words: readonly Word[], c: Cue) =>
  c.kind === 'loaded' && c.first > 0 && c.last - c.first <= SCARE_QUOTE_WORDS && !words[c.first - 1]!.quoted && !words[c.last]?.quoted && words.slice(c.first, c.last).every((w) => w.quoted);
const WORDS_ONLY: MassWeights = { evaluativeWeight: 0, firstPersonWeight: 0, questionWeight: 0, exclamationWeight: 0, attributedFactor: 1, datedFactor: 1 };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The sentence's loaded-language mass: each word counts once, at its strongest reading (a
 * hand-listed loaded word or scare-quoted term, or a VADER valence in an evaluative slot scaled by
 * `sentimentWeight`); words inside quotation marks are the speaker's, so they count `quotedWeight`;
 * intensifiers, evaluative and first-person words add a little, and so does a question or an
 * exclamation. Reporting lowers the mass: content attributed to someone ("X said") or dated ("on
 * Friday") is less likely the writer's own charged wording.
 */
export function loadedMass(s: SentenceSignals, p: Scoring & MassWeights = LOADED_MODEL.scoring): number {
  const x: MassWeights = p;
  const best = new Map<number, number>();
  for (const c of s.cues) {
    let w = c.kind === 'loaded' ? c.weight : c.kind === 'sentiment' ? (p.sentimentWeight * c.weight) / 2 : c.kind === 'intensifier' ? p.intensifierWeight : c.kind === 'evaluative' ? (x.evaluativeWeight ?? 0) : c.kind === 'firstPerson' ? (x.firstPersonWeight ?? 0) : 0;
    if (w === 0) continue;
    // Quoted words are the speaker's; a scare-quoted term is the writer's own judgement.
    if (s.words[c.first]?.quoted && !isScareQuote(s.words, c)) w *= p.quotedWeight;
    for (let i = c.first; i < c.last; i++) best.set(i, Math.max(best.get(i) ?? 0, w / (c.last - c.first)));
  }
  let sum = 0;
  for (const w of best.values()) sum += w;
  if (s.question) sum += x.questionWeight ?? 0;
  if (s.exclamation) sum += x.exclamationWeight ?? 0;
  if (s.attributed) sum *= x.attributedFactor ?? 1;
  if (s.times > 0) sum *= x.datedFactor ?? 1;
  return sum;
}

/** Loaded: 1 − e^(−scale·mass), so one clearly loaded word gives ≈ 0.63 and more saturate towards 1. */
export function loadedScore(s: SentenceSignals, p: Scoring & MassWeights = LOADED_MODEL.scoring): number {
  return 1 - Math.exp(-p.loadedScale * loadedMass(s, p));
}

/**
 * Opinion: a logistic sum of the writer's own voice (first person, "must"/"should", evaluative
 * words, intensifiers, hedges, questions, exclamations, loaded words) minus attribution ("X said"
 * hands the claim to someone else). Cues inside quotation marks are not the writer's and are skipped.
 * `loaded` is kept for callers; the charged-word part is recomputed without the voice terms so they count once.
 */
export function opinionScore(s: SentenceSignals, loaded: number, p: Scoring = LOADED_MODEL.scoring): number {
  const w = p.opinion;
  const count = ownCueCounts(s);
  let z = w.bias ?? 0;
  for (const k of VOICE) z += (w[k] ?? 0) * Math.min(count[KIND_INDEX[k]]!, 2);
  if (s.question) z += w.question ?? 0;
  if (s.exclamation) z += w.exclamation ?? 0;
  // Only the charged words count here: the voice and reporting terms of the loaded mass are already counted above.
  void loaded;
  z += (w.loaded ?? 0) * (1 - Math.exp(-p.loadedScale * loadedMass(s, wordsOnly(p)))) * 2;
  if (s.attributed || count[KIND_INDEX.attribution]! > 0) z += w.attribution ?? 0;
  // Present-tense "is/are" states a judgement as a general truth ("the idea is fallacious").
  let copulas = 0;
  for (const x of s.words) if (!x.quoted && COPULA.has(x.word)) copulas++;
  z += (w.copula ?? 0) * Math.min(copulas, 2);
  z += (w.dated ?? 0) * Math.min(s.times, 1) + (w.figures ?? 0) * Math.min(s.numbers, 1);
  return sigmoid(z);
}

/** The kinds of the writer's voice, in the order their weights are added. */
const VOICE = ['firstPerson', 'obligation', 'evaluative', 'intensifier', 'hedge'] as const;
const KIND_INDEX: Readonly<Record<CueKind, number>> = { loaded: 0, sentiment: 1, intensifier: 2, hedge: 3, obligation: 4, firstPerson: 5, evaluative: 6, attribution: 7 };

/** The kinds of the cues the writer uses (outside quotation marks), one bit each (`KIND_BIT`). */
export function ownKinds(s: SentenceSignals): number {
  let kinds = 0;
  for (const c of s.cues) if (!s.words[c.first]?.quoted) kinds |= KIND_BIT[c.kind];
  return kinds;
}

/** How many cues of each kind (by `KIND_INDEX`) the writer uses: those outside quotation marks. */
function ownCueCounts(s: SentenceSignals): number[] {
  const count = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const c of s.cues) if (!s.words[c.first]?.quoted) count[KIND_INDEX[c.kind]]!++;
  return count;
}

/** The scoring with the sentence-level mass weights off (`WORDS_ONLY`), made once per scoring. */
const wordsOnlyOf = new WeakMap<Scoring, Scoring & MassWeights>();
function wordsOnly(p: Scoring): Scoring & MassWeights {
  let found = wordsOnlyOf.get(p);
  if (!found) wordsOnlyOf.set(p, (found = { ...p, ...WORDS_ONLY }));
  return found;
}
