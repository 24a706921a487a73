import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface Raw {
  titles: { words: string[] };
  beforeNumber: { words: string[] };
  continuesUnlessStarter: { words: string[] };
  sentenceStarters: { words: string[] };
  quotes: { maxChars: number };
  bullets: { chars: string };
}
const raw = require('../../../model/annotate-sentences.json') as Raw;

/** The sentence splitter's word lists, read once from `model/annotate-sentences.json`. */
export const SENTENCE_MODEL = {
  titles: new Set(raw.titles.words),
  beforeNumber: new Set(raw.beforeNumber.words),
  continuesUnlessStarter: new Set(raw.continuesUnlessStarter.words),
  sentenceStarters: new Set(raw.sentenceStarters.words),
  quoteMaxChars: raw.quotes.maxChars,
  bullets: new Set(Array.from(raw.bullets.chars, (c) => c.charCodeAt(0))),
} as const;
