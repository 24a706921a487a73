import { annotateArticle } from '../annotate/annotate.js';
import type { Annotations, ExtractedArticle, Span } from '../types.js';

/** A clean text as an article: paragraphs are separated by blank lines (single newlines for plain corpora). */
export function articleFromText(text: string, published: string | null = null, id = 'eval'): ExtractedArticle {
  const paragraphs: Span[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return { id, title: null, dek: null, outlet: null, byline: null, published, language: 'en', aiDisclosure: null, text, removed: [], paragraphs, headings: [], extraction: { method: 'eval' } };
}

/** The product's annotate stage on a text: what evaluations measure, so they measure what users get. */
export function annotateText(text: string, published: string | null = null): Annotations {
  return annotateArticle(articleFromText(text, published));
}
