import type { Block } from './06-blocks.js';
import { furnitureOf, type Hint } from './07-hints.js';
import { THRESHOLDS } from './model.js';
import { wordCount } from './text.js';

const NO_STOP: ReadonlySet<number> = new Set();
/** Share of a prose block's score given to its owner and each ancestor above (Readability's 1, 1/2, 1/3… decay). */
const DECAY = [1, 0.5, 1 / 3, 1 / 4, 1 / 5];

/**
 * Our own content container: every prose-like block (enough words, few links, no furniture hint)
 * scores its owner and a few ancestors, more for commas and length; the best-scoring element is
 * the region. Independent of Readability, so the two can be compared.
 */
export function ownRegion(blocks: readonly Block[], hints: readonly Hint[]): number | null {
  const scores = new Map<number, number>();
  for (const block of blocks) {
    if (wordCount(block.text) < THRESHOLDS.proseWords) continue;
    if (block.linkChars / block.text.length > 0.3) continue;
    if (furnitureOf(block.chain, hints, NO_STOP)) continue;
    const score = 1 + (block.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(block.text.length / 100), 3);
    block.chain.slice(0, DECAY.length).forEach((id, level) => scores.set(id, (scores.get(id) ?? 0) + score * DECAY[level]!));
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}
