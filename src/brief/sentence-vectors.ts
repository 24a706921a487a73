import { backgroundIdf } from '../stories/background.js';
import { contentTerms } from '../stories/terms.js';

export type Vector = ReadonlyMap<string, number>;

/** A text's content words weighted by tf × background idf, unit length. */
export function vectorOf(text: string): Map<string, number> {
  return vectorOfTerms(contentTerms(text));
}

export function vectorOfTerms(terms: readonly string[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + backgroundIdf(t));
  return normalise(v);
}

export function normalise(v: Map<string, number>): Map<string, number> {
  const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/** Sum of unit vectors, normalised: the centre of several texts. */
export function centroid(vectors: readonly Vector[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v) c.set(t, (c.get(t) ?? 0) + w);
  return normalise(c);
}
