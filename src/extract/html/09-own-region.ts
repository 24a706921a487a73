import type { Block } from './06-blocks.js';
import { furnitureOf, type Hint } from './07-hints.js';
import { THRESHOLDS } from './model.js';

const NO_STOP: ReadonlySet<number> = new Set();
/** Share of a prose block's score given to its owner and each ancestor above (Readability's 1, 1/2, 1/3… decay). */
const DECAY = [1, 0.5, 1 / 3, 1 / 4, 1 / 5];
/** Elements that hold one paragraph: two of them side by side must make their container the region, not the first of them. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Our own content container: every prose-like block (enough words, few links, no furniture hint)
 * scores its owner and a few ancestors, more for commas and length; the best-scoring element is
 * the region. Independent of Readability, so the two can be compared.
 */
export function ownRegion(blocks: readonly Block[], hints: readonly Hint[]): number | null {
  const scores = new Map<number, number>();
  for (const block of blocks) {
    if (block.words < THRESHOLDS.proseWords) continue;
    if (block.linkChars / block.text.length > 0.3) continue;
    if (furnitureOf(block.chain, hints, NO_STOP)) continue;
    const score = 1 + (block.text.match(/[,，、]/g)?.length ?? 0) + Math.min(Math.floor(block.text.length / 100), 3);
    // A paragraph is never the region itself: like Readability, its score goes to its container and up.
    const chain = PARAGRAPH_TAGS.has(block.tag) ? block.chain.slice(1) : block.chain;
    chain.slice(0, DECAY.length).forEach((id, level) => scores.set(id, (scores.get(id) ?? 0) + score * DECAY[level]!));
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}
