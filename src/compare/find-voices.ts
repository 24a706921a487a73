import { createRequire } from 'node:module';
import type { Quote, AnnotatedArticle } from '../types.js';

const require = createRequire(import.meta.url);
const { voices: M } = require('../../model/stories.json') as { voices: { speechCues: string[] } };
const SPEECH = new Set(M.speechCues);

/** Whether a quote is someone speaking: words in quotation marks, or a verb of saying that is not a possessive nominal. */
export function isVoice(quote: Quote, text: string): boolean {
  if (!quote.speaker) return false;
  if (quote.direct) return true;
  if (!quote.cue || !SPEECH.has(quote.cue.text.toLowerCase())) return false;
  // "the Taliban's stated willingness": the speaker owns a noun, it does not speak.
  const span = quote.speakerSpan;
  const between = span && span.end <= quote.cue.start ? text.slice(span.start, quote.cue.start) : '';
  return !/['’]s?\s+$/.test(between);
}

/** Who each article quotes or paraphrases, by canonical name, in order of first appearance. */
export function findVoices(articles: readonly AnnotatedArticle[]): Record<string, string[]> {
  return Object.fromEntries(articles.map((a) => [a.id, [...new Set(a.quotes.filter((q) => isVoice(q, a.text)).map((q) => q.speaker as string))]]));
}
