import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSentenceFramer } from '../profile/frames/find-frames.js';
import { FRAMES_MODEL, type FramesModel } from '../profile/frames/model.js';
import { trainFrames } from '../profile/frames/train-frames.js';
import type { SoftmaxOptions } from '../profile/frames/train-softmax.js';
import { foldOf, macroF1 } from './macro-f1.js';
import type { EvalRow } from './types.js';

export interface FracRow { readonly sentence: string; readonly label: string; readonly id: string; readonly type?: string }

export function readFrac(dir: string): FracRow[] {
  return readFileSync(join(dir, 'frac.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FracRow).filter((r) => r.label);
}

/** Folds of the cross-validation: rows go to a fold by a hash of their FrAC id (see `foldOf`). */
export const FRAC_FOLDS = 5;

/** The code the product gives a sentence: the most probable of the learned model. */
export function predictCode(framer: ReturnType<typeof createSentenceFramer>, sentence: string): string {
  const { classes, codes } = framer(sentence);
  let best = '15';
  let top = -1;
  codes.forEach((p, i) => {
    if (p > top) (best = classes[i] ?? best), (top = p);
  });
  return best;
}

/**
 * 5-fold cross-validation on FrAC: for each fold the sentence → code model is trained on the other
 * four (the hand-written cues stay as shipped) and scores the held-out fold with the product's own
 * sentence scorer. The shipped model is trained on all of FrAC dev, so it is never scored here.
 */
export function crossValidateFrac(rows: readonly FracRow[], options?: SoftmaxOptions, base: FramesModel = FRAMES_MODEL): { gold: string[]; predicted: string[] } {
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let fold = 0; fold < FRAC_FOLDS; fold++) {
    const train = rows.filter((r) => foldOf(r.id, FRAC_FOLDS) !== fold);
    const test = rows.filter((r) => foldOf(r.id, FRAC_FOLDS) === fold);
    const learned = trainFrames(train, base.frames, options);
    const framer = createSentenceFramer({ ...base, learned });
    for (const r of test) {
      gold.push(r.label);
      predicted.push(predictCode(framer, r.sentence));
    }
  }
  return { gold, predicted };
}

/** FrAC sentence frame codes: macro-F1 over its ten codes, 5-fold cross-validated. */
export async function evalFrac(dir: string): Promise<EvalRow[]> {
  const rows = readFrac(dir);
  const { gold, predicted } = crossValidateFrac(rows);
  const { macro, perClass } = macroF1(gold, predicted);
  const detail = [...perClass].map(([c, s]) => `${c}:${s.f1.toFixed(2)}`).join(' ');
  return [
    { set: 'framing-frac', metric: 'frame code macro-F1 (5-fold CV by id)', value: macro, target: 0.55, note: detail },
    { set: 'framing-frac', metric: 'frame code accuracy (5-fold CV by id)', value: gold.filter((g, i) => g === predicted[i]).length / Math.max(1, gold.length) },
  ];
}
