import { BLOCK_TAGS, DROP_TAGS, HEADING_TAGS } from './model.js';
import { isHidden } from './hidden.js';
import { squash, wordCount } from './text.js';

/** One run of text between block boundaries: the unit every later step keeps or removes. */
export interface Block {
  readonly index: number;
  readonly text: string;
  /** {@link wordCount} of the text, counted once: every later step asks for it. */
  readonly words: number;
  /** The nearest block-level element holding the text. */
  readonly owner: Element;
  /** The owner's id (-1 for `<body>`). */
  readonly ownerId: number;
  readonly tag: string;
  readonly heading: boolean;
  /** Characters of the text inside links. */
  readonly linkChars: number;
  /** Element ids (indexes into `elements`) from the nearest ancestor up to `<body>`, taken before Readability rewrites the tree. */
  readonly chain: readonly number[];
}

export interface BlockIndex {
  readonly blocks: readonly Block[];
  /** Every visible element of the body; its index is its id. */
  readonly elements: readonly Element[];
  /** The id of each element's parent (-1 for children of `<body>`). */
  readonly parents: readonly number[];
  /** The deepest element nesting seen below `<body>`. */
  readonly maxDepth: number;
}

/** Deeper than this, nesting is machine-made junk; its text is dropped rather than overflow the stack. */
const MAX_DEPTH = 300;

/**
 * Splits the body into text runs at block boundaries and `<br>`, numbering elements so later
 * steps can reason about containers after Readability has rewritten the tree.
 */
export function collectBlocks(body: Element): BlockIndex {
  for (const el of body.querySelectorAll(DROP_TAGS.join(','))) el.remove();
  const elements: Element[] = [];
  const parents: number[] = [];
  const blocks: Block[] = [];
  const chain: number[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owner = body;
  let ownerId = -1;
  let maxDepth = 0;

  const flush = (): void => {
    const text = squash(parts.join(''));
    if (text) {
      const tag = owner.localName;
      blocks.push({ index: blocks.length, text, words: wordCount(text), owner, ownerId, tag, heading: HEADING_TAGS.has(tag), linkChars: Math.min(linkChars, text.length), chain: [...chain].reverse() });
    }
    parts = [];
    linkChars = 0;
  };

  const visit = (el: Element, inLink: boolean, depth: number, parentId: number): void => {
    // Sibling links, not `childNodes`: linkedom builds a fresh list for every `childNodes` read.
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const text = (node as Text).data;
        parts.push(text);
        if (inLink) linkChars += squash(text).length;
        continue;
      }
      if (node.nodeType !== 1 || depth > MAX_DEPTH) continue;
      if (depth > maxDepth) maxDepth = depth;
      const child = node as Element;
      const tag = child.localName;
      if (tag === 'br') {
        flush();
        continue;
      }
      if (isHidden(child)) continue;
      const id = elements.push(child) - 1;
      parents.push(parentId);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        const [outer, outerId] = [owner, ownerId];
        [owner, ownerId] = [child, id];
        chain.push(id);
        visit(child, inLink, depth + 1, id);
        flush();
        chain.pop();
        [owner, ownerId] = [outer, outerId];
      } else {
        if (tag === 'img' || tag === 'picture') continue;
        chain.push(id);
        visit(child, inLink || tag === 'a', depth + 1, id);
        chain.pop();
      }
    }
  };
  visit(body, false, 0, -1);
  flush();
  return { blocks, elements, parents, maxDepth };
}
