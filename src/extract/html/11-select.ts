import type { RemovalReason } from '../../types.js';
import type { Block } from './06-blocks.js';
import { furnitureOf, type Hint } from './07-hints.js';
import { BOILERPLATE_TEXT, THRESHOLDS } from './model.js';
import { squash } from './text.js';

export interface Verdict {
  readonly block: Block;
  /** Null when the block is body text. */
  readonly reason: RemovalReason | null;
}

export interface SelectContext {
  readonly hints: readonly Hint[];
  /** The region: blocks under one of these element ids are candidates (-1: the whole body). */
  readonly roots: ReadonlySet<number>;
  /** Whether Readability kept a block, when it ran: blocks it dropped need prose evidence to come back. */
  readonly kept: ((block: Block) => boolean) | null;
  /** Why a block's own text is not body text ({@link textJudge}). */
  readonly reasonOf: TextJudge;
}

/** What a block's own text is judged against: the page's title, byline and description. */
export interface PageTexts {
  readonly title: string | null;
  readonly byline: string | null;
  /** The page's description: a block repeating it is the standfirst, kept as `dek`. */
  readonly dek: string | null;
}

export type TextJudge = (block: Block) => RemovalReason | null;

const DATE_ONLY = /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\w+,?\s+)?(?:\d{1,2}\s+\w+\.?|\w+\.?\s+\d{1,2}),?\s+\d{4}(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}:\d{2})?$/i;

/** "Published: 10:48, Tue, Nov 19, 2019 | Updated: …" */
const DATE_LINE = /^(?:published|updated|posted|last (?:updated|modified)|modified|created|veröffentlicht|publicado|publié)\b.{0,30}\d/i;

function key(text: string): string {
  return squash(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Why one block's own text is not body text (repeated title, date, byline, boilerplate line), or
 * null. Configured once per page: the page's texts are keyed once and each block judged once, as
 * both selections ask about the same blocks.
 */
export function textJudge(page: PageTexts): TextJudge {
  const title = page.title ? key(page.title) : null;
  const dek = page.dek ? key(page.dek) : null;
  const byline = page.byline ? key(page.byline).replace(/^by /, '') : null;
  const judged = new Map<number, RemovalReason | null>();
  const judge = (block: Block): RemovalReason | null => {
    const text = block.text;
    const own = title !== null || byline !== null || (block.heading && dek !== null) ? key(text) : '';
    if (title !== null && own === title) return 'repeated-title';
    if (block.heading && dek !== null && own === dek) return 'metadata';
    if (DATE_ONLY.test(text) || (DATE_LINE.test(text) && text.length < 120)) return 'date';
    if (byline !== null && text.length < 120 && own.replace(/^by /, '') === byline) return 'byline';
    for (const { reason, pattern } of BOILERPLATE_TEXT) if (pattern.test(text)) return reason;
    return null;
  };
  return (block) => {
    let reason = judged.get(block.index);
    if (reason === undefined) judged.set(block.index, (reason = judge(block)));
    return reason;
  };
}

/** One block's reason, for a one-off question; a page's steps share one {@link textJudge}. */
export function textReason(block: Block, page: PageTexts): RemovalReason | null {
  return textJudge(page)(block);
}

/** Mostly link text, and little besides: a navigation item or a related-story teaser. */
export function isLinkList(block: Block): boolean {
  if (block.linkChars / block.text.length <= THRESHOLDS.maxLinkDensity) return false;
  const unlinked = block.text.length - block.linkChars;
  return unlinked / 6 < THRESHOLDS.minUnlinkedWords; // ~6 characters a word with its space
}

/** Enough words to be a sentence of the article: what Readability dropped comes back only on this evidence. */
function isProse(block: Block): boolean {
  return block.words >= THRESHOLDS.proseWords;
}

/** Whether Readability kept a block: its text (or, if Readability trimmed inside it, both ends) is in Readability's text. */
export function keptByText(text: string, kept: string): boolean {
  if (kept.includes(text)) return true;
  return text.length > 120 && kept.includes(text.slice(0, 50)) && kept.includes(text.slice(-50));
}

/** {@link keptByText} for the blocks of one page, each searched for once. */
export function keptIn(kept: string): (block: Block) => boolean {
  const found = new Map<number, boolean>();
  return (block) => {
    let hit = found.get(block.index);
    if (hit === undefined) found.set(block.index, (hit = keptByText(block.text, kept)));
    return hit;
  };
}

/** How many levels above a block its shared container with the nearest accepted block may be. */
function levelsToCommon(a: Block, b: Block): number {
  const set = new Set(b.chain);
  const i = a.chain.findIndex((id) => set.has(id));
  return i < 0 ? Infinity : i;
}

/**
 * Blocks Readability dropped come back when they are sandwiched between accepted blocks of the
 * same container (an embedded tweet, a list between paragraphs); teasers after the article are not.
 */
function restoreSandwiched(verdicts: Verdict[], dropped: ReadonlySet<number>): Verdict[] {
  const accepted = verdicts.map((v, i) => (v.reason === null && !dropped.has(i) ? i : -1)).filter((i) => i >= 0);
  return verdicts.map((v, i) => {
    if (!dropped.has(i) || v.reason !== null) return dropped.has(i) ? v : v;
    const prev = accepted.filter((j) => j < i).pop();
    const next = accepted.find((j) => j > i);
    if (prev === undefined || next === undefined) return { block: v.block, reason: 'boilerplate' };
    const near = Math.max(levelsToCommon(v.block, verdicts[prev]!.block), levelsToCommon(v.block, verdicts[next]!.block));
    return near <= THRESHOLDS.sandwichLevels ? v : { block: v.block, reason: 'boilerplate' };
  });
}

/** Decides, for every block inside the region, whether it is body text or why it is not. */
export function selectBlocks(blocks: readonly Block[], ctx: SelectContext): Verdict[] {
  const out: Verdict[] = [];
  const dropped = new Set<number>();
  for (const block of blocks) {
    if (!ctx.roots.has(-1) && !block.chain.some((id) => ctx.roots.has(id))) continue;
    const furniture = furnitureOf(block.chain, ctx.hints, ctx.roots);
    let reason = ctx.reasonOf(block) ?? furniture;
    if (!reason && isLinkList(block)) reason = 'related';
    if (ctx.kept !== null && !ctx.kept(block)) dropped.add(out.length);
    out.push({ block, reason });
  }
  return restoreSandwiched(out, dropped);
}
