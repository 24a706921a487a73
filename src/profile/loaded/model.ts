import { createRequire } from 'node:module';
import type { CueKind } from '../types.js';

const require = createRequire(import.meta.url);
interface Raw {
  loadedWords: Record<string, string[] | string>;
  intensifiers: string[];
  hedges: string[];
  obligation: string[];
  firstPerson: string[];
  evaluative: string[];
  attributionCues: string[];
  sentimentWords: Record<string, number>;
  scoring: Scoring;
}

/** The scalar weights and thresholds of scoring, each documented in model/profile-loaded.json. */
export interface Scoring {
  readonly minSentiment: number;
  readonly sentimentWeight: number;
  readonly quotedWeight: number;
  readonly intensifierWeight: number;
  readonly loadedScale: number;
  readonly loadedThreshold: number;
  readonly opinion: Readonly<Record<string, number>>;
  readonly opinionThreshold: number;
  readonly mergeGap: number;
}

/** One entry of the model: the words after the first, what it is, and its weight. */
export interface Entry {
  readonly rest: readonly string[];
  readonly kind: CueKind;
  readonly weight: number;
}

/** One bit per cue kind, for sets of kinds. */
export const KIND_BIT: Readonly<Record<CueKind, number>> = { loaded: 1, sentiment: 2, intensifier: 4, hedge: 8, obligation: 16, firstPerson: 32, evaluative: 64, attribution: 128 };

const raw = require('../../../model/profile-loaded.json') as Raw;
/** A word lower-cased, with straight apostrophes. */
export function normWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  const add = (phrase: string, kind: CueKind, weight: number) => {
    const [first, ...rest] = normWord(phrase).split(/\s+/);
    if (!first) return;
    const list = index.get(first) ?? [];
    // Longest phrases first, so the first match is the longest.
    list.push({ rest, kind, weight });
    list.sort((a, b) => b.rest.length - a.rest.length);
    index.set(first, list);
  };
  for (const [weight, words] of Object.entries(raw.loadedWords)) if (Array.isArray(words)) for (const w of words) add(w, 'loaded', Number(weight));
  for (const [w, v] of Object.entries(raw.sentimentWords)) if (Math.abs(v) >= raw.scoring.minSentiment) add(w, 'sentiment', Math.abs(v));
  for (const w of raw.intensifiers) add(w, 'intensifier', 1);
  for (const w of raw.hedges) add(w, 'hedge', 1);
  for (const w of raw.obligation) add(w, 'obligation', 1);
  for (const w of raw.firstPerson) add(w, 'firstPerson', 1);
  for (const w of raw.evaluative) add(w, 'evaluative', 1);
  for (const w of raw.attributionCues) add(w, 'attribution', 1);
  return index;
}

/** The loaded-language model, compiled once at load (habit 7). */
export const LOADED_MODEL = { index: buildIndex(), scoring: raw.scoring } as const;
