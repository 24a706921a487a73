import { seededRandom } from '../../lib/random.js';
import type { LabelledFeatures, SoftmaxModel } from '../types-frames.js';

export interface SoftmaxOptions {
  /** Passes over the data. */
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per step (weight decay). */
  readonly l2: number;
  /** Features seen in fewer rows are dropped. */
  readonly minCount: number;
  /** Weights below this magnitude are dropped from the stored model (keeps `model/*.json` small). */
  readonly prune: number;
  /** Weigh classes by inverse frequency: macro-F1 counts rare classes as much as common ones. */
  readonly balanced: boolean;
  /** Seed of the row shuffle, for reproducible models. */
  readonly seed: number;
}


/**
 * Trains a multinomial logistic regression by stochastic gradient descent: small, linear at run
 * time, and inspectable (each feature's weights are in the JSON). Used by `scripts/build-profile-*.ts`
 * and by the evaluations' cross-validation, which train on the folds they do not score.
 */
export function trainSoftmax(rows: readonly LabelledFeatures[], options: SoftmaxOptions): SoftmaxModel {
  const classes = [...new Set(rows.map((r) => r.label))].sort();
  const k = classes.length;
  const df = new Map<string, number>();
  for (const r of rows) for (const f of new Set(r.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of df) if (n >= options.minCount) index.set(f, index.size);
  const w = new Float64Array(index.size * k);
  const b = new Float64Array(k);
  const counts = classes.map((c) => rows.filter((r) => r.label === c).length);
  const classWeight = counts.map((n) => (options.balanced ? rows.length / (k * n) : 1));
  const encoded = rows.map((r) => {
    const feats = new Map<number, number>();
    for (const f of r.features) {
      const i = index.get(f);
      if (i !== undefined) feats.set(i, (feats.get(i) ?? 0) + 1);
    }
    return { feats: [...feats], y: classes.indexOf(r.label) };
  });
  const rand = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const at of order) {
      const { feats, y } = encoded[at]!;
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = b[c]!;
        for (const [f, v] of feats) s += w[f * k + c]! * v;
        p[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < k; c++) z += p[c] = Math.exp(p[c]! - max);
      const scale = rate * classWeight[y]!;
      for (let c = 0; c < k; c++) {
        const g = (p[c]! / z - (c === y ? 1 : 0)) * scale;
        b[c] = b[c]! - g;
        for (const [f, v] of feats) w[f * k + c] = w[f * k + c]! * (1 - rate * options.l2) - g * v;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of index) {
    const row = Array.from(w.subarray(i * k, i * k + k), (x) => Math.round(x * 1000) / 1000);
    if (row.some((x) => Math.abs(x) >= options.prune)) weights[f] = row;
  }
  return { classes, bias: Array.from(b, (x) => Math.round(x * 1000) / 1000), weights };
}
