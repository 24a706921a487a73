import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { ExtractedArticle, Span } from '../types.js';
import { annotateArticle } from './annotate.js';

function article(text: string, published: string | null): ExtractedArticle {
  const paragraphs: Span[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + part.length, text: part });
    at += part.length + 2;
  }
  return { id: 'a', title: null, dek: null, outlet: null, byline: null, published, language: 'en', aiDisclosure: null, text, removed: [], paragraphs, headings: [], extraction: { method: 'test' } };
}

const holds = (text: string, s: Span) => s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text;

// Words that make the annotators work: names, titles, cue verbs, numbers, quotes, dates.
const vocabulary = fc.constantFrom('Defence Minister Ana Kell', 'said', 'says', '"', '“', '”', 'according to', 'Korvan', 'the Front (FKF)', 'killed', '48', 'three', 'over 200', 'soldiers', 'on Friday', 'March 3, 2026', '.', ',', '\n\n', ' ', 'He', 'wounded', 'claims', ':');
const newsy = fc.array(vocabulary, { maxLength: 60 }).map((w) => w.join(' '));

it('never throws and every span points at the text it names, on arbitrary text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy), fc.constantFrom(null, '2026-03-04'), (text, published) => {
      const a = annotateArticle(article(text, published));
      const spans: Span[] = [
        ...a.sentences,
        ...a.entities.flatMap((e) => e.mentions),
        ...a.quotes.flatMap((q) => [q, ...(q.speakerSpan ? [q.speakerSpan] : []), ...(q.cue ? [q.cue] : [])]),
        ...a.claims.flatMap((c) => [c, ...(c.claimantSpan ? [c.claimantSpan] : []), ...(c.sentence ? [c.sentence] : [])]),
        ...a.times,
        ...a.events.flatMap((e) => [e, ...(e.when ? [e.when] : [])]),
      ];
      for (const s of spans) expect(holds(text, s), JSON.stringify(s)).toBe(true);
      for (let i = 1; i < a.sentences.length; i++) expect(a.sentences[i]!.start).toBeGreaterThanOrEqual(a.sentences[i - 1]!.end);
    }),
    { numRuns: 300 },
  );
});
