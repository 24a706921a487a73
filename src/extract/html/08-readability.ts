import { Readability } from '@mozilla/readability';
import { squash } from './text.js';

export interface ReadabilityPick {
  /** `data-px` ids of every original element Readability kept. */
  readonly kept: ReadonlySet<number>;
  /** Readability's text, whitespace squashed: whether it kept a block is read from here, because it rewrites elements (and their ids) as it goes. */
  readonly text: string;
  /** The kept elements at the top of its output (its top candidate and the siblings it joined). */
  readonly roots: ReadonlySet<number>;
  readonly words: number;
  readonly title: string | null;
  readonly byline: string | null;
}

function id(el: Element | null): number | null {
  const v = el?.getAttribute('data-px');
  return v == null ? null : Number(v);
}

/**
 * Runs Readability on the (already tagged) document and reads back which original elements it
 * kept. It rewrites the tree, so this must run after everything that reads the DOM. Null when
 * Readability finds nothing or fails.
 */
export function runReadability(document: Document, parents: readonly number[]): { pick: ReadabilityPick | null; note: string } {
  let article: ReturnType<Readability<Element>['parse']>;
  try {
    article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch (error) {
    return { pick: null, note: `Readability threw: ${(error as Error).message}` };
  }
  const root = article?.content;
  if (!root) return { pick: null, note: 'Readability found no article' };
  const kept = new Set<number>();
  for (const el of root.querySelectorAll('[data-px]')) {
    const n = id(el);
    if (n !== null) kept.add(n);
  }
  const self = id(root);
  if (self !== null) kept.add(self);
  // Roots by the original tree: Readability's retries re-parse its cached HTML, so output nesting can differ.
  const roots = new Set([...kept].filter((n) => !kept.has(parents[n] ?? -1)));
  const words = (article?.textContent ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return { pick: { kept, text: squash(article?.textContent ?? ''), roots, words, title: article?.title ?? null, byline: article?.byline ?? null }, note: `Readability kept ${kept.size} elements, ${words} words` };
}
