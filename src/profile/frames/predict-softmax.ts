import type { SoftmaxModel } from '../types-frames.js';

/** A model's weights as a map of typed arrays, built once per model (a large JSON object is slow to index). */
const compiled = new WeakMap<SoftmaxModel, ReadonlyMap<string, Float64Array>>();

function weightsOf(model: SoftmaxModel): ReadonlyMap<string, Float64Array> {
  let weights = compiled.get(model);
  if (!weights) compiled.set(model, (weights = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]))));
  return weights;
}

/** Class probabilities of a softmax model for one row of features (in `model.classes` order). */
export function predictSoftmax(model: SoftmaxModel, features: readonly string[]): number[] {
  const weights = weightsOf(model);
  const scores = Float64Array.from(model.bias);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  let max = -Infinity;
  for (const x of scores) if (x > max) max = x;
  let z = 0;
  const exp = Array.from(scores, (x) => {
    const e = Math.exp(x - max);
    z += e;
    return e;
  });
  return exp.map((x) => x / z);
}
