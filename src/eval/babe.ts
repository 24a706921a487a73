import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../annotate/annotate.js';
import { LOADED_MODEL } from '../profile/loaded/model.js';
import { scoreSentences } from '../profile/loaded/score-sentences.js';
import { articleFromText } from './pipeline.js';
import type { EvalRow } from './types.js';

/** One BABE row (Spinde et al. 2021, SG2): a news sentence with expert bias and opinion labels. */
interface BabeRow { text: string; label_bias: string; label_opinion: string }

/** A BABE sentence as the product scores it: the highest loaded and opinion score over its sentences. */
export interface BabeScore { readonly biased: boolean; readonly opinion: 'factual' | 'mixed' | 'opinion' | null; readonly loaded: number; readonly opinionScore: number }

const SET = 'babe';

export function readBabe(dir: string): BabeRow[] {
  return readFileSync(join(dir, 'babe_sg2.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BabeRow);
}

const OPINION: Record<string, BabeScore['opinion']> = {
  'Entirely factual': 'factual',
  'Somewhat factual but also opinionated': 'mixed',
  'Expresses writer’s opinion': 'opinion',
};

/** Each labelled BABE sentence run through annotate and the loaded-language profile (rows without expert agreement dropped). */
export function scoreBabe(dir: string): BabeScore[] {
  return readBabe(dir)
    .filter((r) => r.label_bias === 'Biased' || r.label_bias === 'Non-biased')
    .map((r) => {
      const extracted = articleFromText(r.text);
      const profile = scoreSentences({ ...extracted, ...annotateArticle(extracted) });
      return {
        biased: r.label_bias === 'Biased',
        opinion: OPINION[r.label_opinion] ?? null,
        loaded: Math.max(0, ...profile.map((p) => p.loaded)),
        opinionScore: Math.max(0, ...profile.map((p) => p.opinion)),
      };
    });
}

export interface Prf { readonly p: number; readonly r: number; readonly f1: number }
export function prf(pairs: readonly (readonly [predicted: boolean, gold: boolean])[]): Prf {
  let tp = 0, fp = 0, fn = 0;
  for (const [p, g] of pairs) if (p && g) tp++; else if (p) fp++; else if (g) fn++;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * Sentence-level loaded language on BABE (dev use only: AGPL, nothing derived from it ships):
 * F1/P/R of the biased class with the shipped threshold (`loaded ≥ loadedThreshold`), and
 * opinion F1 against the writer's-opinion label (opinionated = "Expresses writer's opinion" or
 * "Somewhat factual but also opinionated"; rows without agreement dropped).
 */
export async function evalBabe(dir: string): Promise<EvalRow[]> {
  const scores = scoreBabe(dir);
  const { loadedThreshold, opinionThreshold } = LOADED_MODEL.scoring;
  const bias = prf(scores.map((s) => [s.loaded >= loadedThreshold, s.biased]));
  const byOpinion = prf(scores.map((s) => [s.opinionScore >= opinionThreshold, s.biased]));
  const op = scores.filter((s) => s.opinion !== null);
  const opinion = prf(op.map((s) => [s.opinionScore >= opinionThreshold, s.opinion !== 'factual']));
  const strong = prf(op.map((s) => [s.opinionScore >= opinionThreshold, s.opinion === 'opinion']));
  const note = `${scores.length} sentences`;
  return [
    { set: SET, metric: 'biased F1 (parallax)', value: bias.f1, target: 0.75, note: `${note}; fine-tuned BERT 0.804` },
    { set: SET, metric: 'biased P (parallax)', value: bias.p },
    { set: SET, metric: 'biased R (parallax)', value: bias.r },
    { set: SET, metric: 'biased F1 (opinion score)', value: byOpinion.f1, note: 'biased predicted by opinion >= opinionThreshold: BABE bias labels follow its opinion labels closely' },
    { set: SET, metric: 'opinionated F1 (parallax)', value: opinion.f1, note: `${op.length} sentences with an opinion label; opinionated = writer's opinion or mixed` },
    { set: SET, metric: "writer's-opinion F1 (parallax)", value: strong.f1, note: 'positive = "Expresses writer\'s opinion" only' },
  ];
}
