import type { SoftmaxModel } from '../types-frames.js';
import { trainSoftmax, type SoftmaxOptions } from '../frames/train-softmax.js';
import { targetFeatures } from './target-features.js';

/** One labelled target: a sentence, the target's offsets, and its polarity class (`neg`, `neu`, `pos`). */
export interface StanceExample {
  readonly sentence: string;
  readonly from: number;
  readonly to: number;
  readonly label: 'neg' | 'neu' | 'pos';
}

/** Learner settings, chosen by 5-fold CV on NewsMTSC dev (`scripts/dev/stance-newsmtsc.ts`): macro-F1 0.620 (rate 0.05/8 epochs 0.600–0.617, 0.01/12 0.616). */
export const STANCE_TRAINING: SoftmaxOptions = { epochs: 12, learningRate: 0.02, l2: 0.0005, minCount: 2, prune: 0.02, balanced: true, seed: 11 };

/** Trains the target-sentiment model (neg / neu / pos) on labelled targets. */
export function trainStance(rows: readonly StanceExample[], options: SoftmaxOptions = STANCE_TRAINING): SoftmaxModel {
  return trainSoftmax(rows.map((r) => ({ features: targetFeatures(r.sentence, r.from, r.to), label: r.label })), options);
}
