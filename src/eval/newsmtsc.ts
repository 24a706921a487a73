import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { predictSoftmax } from '../profile/frames/predict-softmax.js';
import type { SoftmaxOptions } from '../profile/frames/train-softmax.js';
import { targetFeatures } from '../profile/stance/target-features.js';
import { trainStance, type StanceExample } from '../profile/stance/train-stance.js';
import { foldOf, macroF1 } from './macro-f1.js';
import type { EvalRow } from './types.js';

interface NewsMtscLine {
  readonly primary_gid: string;
  readonly sentence_normalized: string;
  readonly targets: readonly { readonly from: number; readonly to: number; readonly polarity: number }[];
}

/** The labelled targets of NewsMTSC dev, with the sentence id each comes from (the unit of folds). */
export function readNewsMtsc(dir: string): (StanceExample & { readonly group: string })[] {
  const label = (p: number) => (p <= 3 ? 'neg' : p >= 5 ? 'pos' : 'neu') as StanceExample['label'];
  return readFileSync(join(dir, 'train.jsonl'), 'utf8').split('\n').filter(Boolean).flatMap((l) => {
    const row = JSON.parse(l) as NewsMtscLine;
    return row.targets.map((t) => ({ sentence: row.sentence_normalized, from: t.from, to: t.to, label: label(t.polarity), group: row.primary_gid }));
  });
}

export const NEWSMTSC_FOLDS = 5;

/**
 * 5-fold cross-validation: targets go to folds by a hash of their sentence id (every target of a
 * sentence in one fold), each fold scored by a model trained on the other four. The shipped model
 * (`model/profile-stance.json`) is trained on all of dev and never scored here.
 */
export function crossValidateNewsMtsc(rows: readonly (StanceExample & { group: string })[], options?: SoftmaxOptions): { gold: string[]; predicted: string[] } {
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let fold = 0; fold < NEWSMTSC_FOLDS; fold++) {
    const model = trainStance(rows.filter((r) => foldOf(r.group, NEWSMTSC_FOLDS) !== fold), options);
    for (const r of rows.filter((x) => foldOf(x.group, NEWSMTSC_FOLDS) === fold)) {
      const p = predictSoftmax(model, targetFeatures(r.sentence, r.from, r.to));
      gold.push(r.label);
      predicted.push(model.classes[p.indexOf(Math.max(...p))]!);
    }
  }
  return { gold, predicted };
}

/** NewsMTSC: sentiment toward the named target (negative / neutral / positive), macro-F1. */
export async function evalNewsMtsc(dir: string): Promise<EvalRow[]> {
  const { gold, predicted } = crossValidateNewsMtsc(readNewsMtsc(dir));
  const { macro, perClass } = macroF1(gold, predicted);
  return [{ set: 'newsmtsc', metric: 'target sentiment macro-F1 (5-fold CV by sentence)', value: macro, target: 0.6, note: [...perClass].map(([c, s]) => `${c}:${s.f1.toFixed(2)}`).join(' ') }];
}
