import type { Block } from './06-blocks.js';
import { THRESHOLDS } from './model.js';

/**
 * The region Readability's text came from: the deepest element holding most of the prose blocks
 * it kept (by text; short blocks are left out because their text is found anywhere). "Most", not
 * "all": one stray kept sentence in a sidebar must not widen the region to the whole page.
 * Returns -1 (the whole body) when no element qualifies, null when nothing was kept.
 */
export function keptRegion(blocks: readonly Block[], kept: (block: Block) => boolean): number | null {
  const words = new Map<number, { words: number; depth: number }>();
  let total = 0;
  for (const block of blocks) {
    const n = block.words;
    if (n < THRESHOLDS.proseWords || !kept(block)) continue;
    total += n;
    block.chain.forEach((id, i) => {
      const entry = words.get(id) ?? { words: 0, depth: block.chain.length - i };
      entry.words += n;
      words.set(id, entry);
    });
  }
  if (total === 0) return null;
  let best = -1;
  let bestDepth = 0;
  for (const [id, { words: w, depth }] of words) {
    if (w >= THRESHOLDS.regionShare * total && depth > bestDepth) [best, bestDepth] = [id, depth];
  }
  return best;
}
