import type { SoftmaxModel } from '../types-frames.js';

/**
 * A softmax model compiled for scoring: each feature's weights as a typed array, filed under the
 * feature's prefix and then its key (`w:attack` under "w", "attack"), so a scorer looks features up
 * from strings it already holds instead of building `prefix:key` strings for every row.
 */
export interface CompiledSoftmax {
  readonly classes: readonly string[];
  readonly bias: Float64Array;
  readonly byPrefix: ReadonlyMap<string, ReadonlyMap<string, Float64Array>>;
  readonly weights: ReadonlyMap<string, Float64Array>;
}

/** Built once per model (a large JSON object is slow to index). */
const compiled = new WeakMap<SoftmaxModel, CompiledSoftmax>();

export function compileSoftmax(model: SoftmaxModel): CompiledSoftmax {
  let found = compiled.get(model);
  if (found) return found;
  const weights = new Map(Object.entries(model.weights).map(([f, w]) => [f, Float64Array.from(w)]));
  const byPrefix = new Map<string, Map<string, Float64Array>>();
  for (const [f, w] of weights) {
    const colon = f.indexOf(':');
    const prefix = colon < 0 ? '' : f.slice(0, colon);
    let keys = byPrefix.get(prefix);
    if (!keys) byPrefix.set(prefix, (keys = new Map()));
    keys.set(f.slice(colon + 1), w);
  }
  compiled.set(model, (found = { classes: model.classes, bias: Float64Array.from(model.bias), byPrefix, weights }));
  return found;
}

/** Adds one feature's weights (if the model knows it) to a row's class scores. */
export function addWeights(scores: Float64Array, w: Float64Array | undefined): void {
  if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
}

/** Turns class scores into probabilities, in place. */
export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of scores) if (x > max) max = x;
  let z = 0;
  for (let c = 0; c < scores.length; c++) z += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c] = scores[c]! / z;
  return scores;
}

/** Class probabilities of a softmax model for one row of features (in `model.classes` order). */
export function predictSoftmax(model: SoftmaxModel, features: readonly string[]): number[] {
  const { bias, weights } = compileSoftmax(model);
  const scores = Float64Array.from(bias);
  for (const f of features) addWeights(scores, weights.get(f));
  return Array.from(softmaxInPlace(scores));
}
