import type { Removal } from '../../types.js';
import { AI_DISCLOSURE } from './model.js';
import { squash } from './text.js';

interface Paragraph {
  readonly text: string;
  readonly heading: boolean;
}

function key(text: string): string {
  return squash(text).toLowerCase().replace(/(?:\.\.\.|…)$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The standfirst: the page's description, unless it is only the opening of the first paragraph
 * (many sites fill og:description with the lede, cut short) — then the page has no separate dek.
 */
export function chooseDek(description: string | null, paragraphs: readonly Paragraph[]): string | null {
  if (!description) return null;
  const first = paragraphs.find((p) => !p.heading);
  const d = key(description);
  if (!d || (first && key(first.text).startsWith(d.slice(0, Math.min(d.length, 80))))) return null;
  return description;
}

/**
 * Takes an AI-generation notice out of the body ("This article was generated with the help of
 * AI…"). Only a short paragraph near the start or end counts: an article *about* AI-written text
 * quotes such phrases mid-body.
 */
export function takeAiDisclosure(paragraphs: Paragraph[], removed: Removal[]): string | null {
  const last = paragraphs.length - 1;
  const index = paragraphs.findIndex((p, i) => (i < 2 || i >= last - 3) && p.text.length < 400 && AI_DISCLOSURE.test(p.text));
  if (index < 0) return null;
  const [notice] = paragraphs.splice(index, 1);
  removed.push({ text: notice!.text.slice(0, 200), reason: 'ai-disclosure' });
  return notice!.text;
}
