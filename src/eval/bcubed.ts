/**
 * B-cubed precision and recall of a clustering (Bagga & Baldwin 1998; Amigó et al. 2009): for each
 * item, precision is the share of its predicted cluster that shares its gold label, recall the share
 * of its gold class that shares its predicted cluster; both are averaged over items, F1 is their
 * harmonic mean. Unlike pairwise F1 it does not let one huge cluster dominate.
 */

export interface BcubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Why `clusters` is not a partition of the gold items, or null when it is: each gold id exactly
 * once and nothing else. A grouping that breaks this is a bug in the grouping, not a low score.
 */
export function partitionProblem(clusters: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): string | null {
  const seen = new Set<string>();
  for (const cluster of clusters) {
    for (const id of cluster) {
      if (!gold.has(id)) return `clusters name "${id}", which is not an input article; expected only the ${gold.size} input ids`;
      if (seen.has(id)) return `clusters name "${id}" more than once; expected every input id exactly once`;
      seen.add(id);
    }
  }
  if (seen.size < gold.size) {
    const missing = [...gold.keys()].filter((id) => !seen.has(id));
    return `clusters leave out ${missing.length} of ${gold.size} input ids (first: "${missing[0]}"); expected every input id exactly once`;
  }
  return null;
}

/** B-cubed P/R/F1 of predicted clusters of ids against gold labels (id → gold class). Throws when the clusters are not a partition of the gold ids. */
export function bcubed(clusters: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): BcubedScore {
  const problem = partitionProblem(clusters, gold);
  if (problem) throw new Error(`Cannot score a grouping: ${problem}`);
  if (gold.size === 0) return { precision: 1, recall: 1, f1: 1 };
  const classSize = new Map<string, number>();
  for (const label of gold.values()) classSize.set(label, (classSize.get(label) ?? 0) + 1);
  let precision = 0;
  let recall = 0;
  for (const cluster of clusters) {
    const inCluster = new Map<string, number>(); // gold label → how many of this cluster carry it
    for (const id of cluster) inCluster.set(gold.get(id)!, (inCluster.get(gold.get(id)!) ?? 0) + 1);
    // every item of label L in this cluster has the same per-item precision and recall
    for (const [label, shared] of inCluster) {
      precision += shared * (shared / cluster.length);
      recall += shared * (shared / classSize.get(label)!);
    }
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}
