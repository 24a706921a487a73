import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface BaselineResult {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
}

/**
 * Plain @mozilla/readability on a fresh linkedom document: the baseline every evaluation and the
 * speed bench compare against. A page Readability cannot handle yields empty text, not an exception.
 */
export function readabilityBaseline(html: string): BaselineResult {
  try {
    const { document } = parseHTML(html);
    const parsed = new Readability(document as unknown as Document).parse();
    return { text: parsed?.textContent ?? '', title: parsed?.title ?? null, byline: parsed?.byline ?? null };
  } catch {
    return { text: '', title: null, byline: null };
  }
}
