/** Per-class precision, recall and F1 over gold and predicted labels, and their macro mean. */
export function macroF1(gold: readonly string[], predicted: readonly string[], classes?: readonly string[]): { macro: number; perClass: Map<string, { p: number; r: number; f1: number; n: number }> } {
  const labels = classes ?? [...new Set(gold)].sort();
  const perClass = new Map<string, { p: number; r: number; f1: number; n: number }>();
  for (const c of labels) {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (g === c && p === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    perClass.set(c, { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: tp + fn });
  }
  const macro = [...perClass.values()].reduce((a, x) => a + x.f1, 0) / Math.max(1, perClass.size);
  return { macro, perClass };
}

/** A stable fold for an id (FNV-1a hash): the same row lands in the same fold on every run. */
export function foldOf(id: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}
