import type { Readability } from '@mozilla/readability';
import { FastReadability } from './readability-fast-paths.js';
import { squash, wordCount } from './text.js';

export interface ReadabilityPick {
  /** Readability's text, whitespace squashed: whether it kept a block is read from here, because it rewrites and re-parses elements as it goes. */
  readonly text: string;
  readonly words: number;
  readonly title: string | null;
  readonly byline: string | null;
}

/**
 * Runs Readability on the document. It rewrites the tree, so this must run after everything that
 * reads the DOM. Null when Readability finds nothing or fails.
 */
export function runReadability(document: Document): { pick: ReadabilityPick | null; note: string } {
  let article: ReturnType<Readability['parse']>;
  try {
    article = new FastReadability(document, { serializer: () => '' }).parse();
  } catch (error) {
    return { pick: null, note: `Readability threw: ${(error as Error).message}` };
  }
  const text = squash(article?.textContent ?? '');
  if (!text) return { pick: null, note: 'Readability found no article' };
  const words = wordCount(text);
  return { pick: { text, words, title: article?.title ?? null, byline: article?.byline ?? null }, note: `Readability kept ${words} words` };
}
