import { predictSoftmax } from '../frames/predict-softmax.js';
import type { SoftmaxModel } from '../types-frames.js';
import { targetFeatures } from './target-features.js';

/**
 * The learned model's stance toward a target in one sentence: P(positive) − P(negative), in −1..1.
 * `from`/`to` are offsets of the mention within the sentence.
 */
export function mentionStance(model: SoftmaxModel, sentence: string, from: number, to: number): number {
  const p = predictSoftmax(model, targetFeatures(sentence, from, to));
  const at = (c: string) => p[model.classes.indexOf(c)] ?? 0;
  return at('pos') - at('neg');
}
