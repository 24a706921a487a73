import type { Block } from './06-blocks.js';
import { isLinkList, type TextJudge, type Verdict } from './11-select.js';
import { THRESHOLDS } from './model.js';

/**
 * The blocks Readability kept, found in its text in document order. A prose block is unique
 * enough to be found anywhere ahead; a short one ("Photo", "Home") only right where the last match
 * ended, or the word "Home" of the site menu would match a "Home" deep inside the article.
 */
export function alignKept(blocks: readonly Block[], kept: string): Set<number> {
  const found = new Set<number>();
  let cursor = 0;
  for (const block of blocks) {
    const at = kept.indexOf(block.text, cursor);
    if (at < 0) continue;
    if (block.words < THRESHOLDS.proseWords && at - cursor > THRESHOLDS.alignGapChars) continue;
    found.add(block.index);
    cursor = at + block.text.length;
  }
  return found;
}

/**
 * The fallback selection: exactly the blocks Readability kept, less those whose own text is known
 * boilerplate (a date line, "Advertisement", a share prompt) or a link list. Used when our own
 * selection kept much less than Readability did and nothing says why.
 */
export function readabilityBlocks(blocks: readonly Block[], kept: string, reasonOf: TextJudge): Verdict[] {
  const found = alignKept(blocks, kept);
  return blocks.filter((b) => found.has(b.index)).map((block) => ({ block, reason: reasonOf(block) ?? (isLinkList(block) ? 'related' : null) }));
}
