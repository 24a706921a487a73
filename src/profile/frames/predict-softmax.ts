import type { SoftmaxModel } from '../types-frames.js';

/** Class probabilities of a softmax model for one row of features (in `model.classes` order). */
export function predictSoftmax(model: SoftmaxModel, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const z = exp.reduce((a, x) => a + x, 0);
  return exp.map((x) => x / z);
}
