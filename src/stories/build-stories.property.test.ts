import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Evidence, AnnotatedArticle } from '../types.js';
import { buildStories } from './build-stories.js';
import { storyArticle } from './testing.js';

// Texts biased towards what the story stages read: figures, claimants, quotes, names, dates.
const pieces = fc.constantFrom('Varnia says ', 'Ostrel claims ', '12 soldiers were killed. ', '"We held," said Piet Larsen. ', 'on Tuesday ', 'the border ', 'dam ', '\n\n', 'killed 40 fighters', ' and 3 wounded. ', 'According to Kabul, ', 'No one was hurt. ', 'It ', '. ');
const text = fc.oneof(fc.string({ maxLength: 120 }), fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join('')));
const corpus = fc.array(fc.record({ title: fc.oneof(fc.constant(''), text), text, day: fc.integer({ min: 1, max: 28 }) }), { minLength: 1, maxLength: 5 });

function evidenceOf(report: ReturnType<typeof buildStories>): Evidence[] {
  return report.stories.flatMap((s) => [
    ...s.consensus.flatMap((c) => c.support),
    ...s.disputes.flatMap((d) => d.positions.flatMap((p) => [p, ...p.support])),
    ...s.singleSource,
    ...s.timeline,
    ...s.brief.sentences.flatMap((x) => x.cites),
    ...s.perspectives.flatMap((p) => p.cites),
  ]);
}

describe('buildStories invariants', () => {
  it('never throws, puts every article in exactly one story, and every citation points at real text', () => {
    fc.assert(
      fc.property(corpus, (items) => {
        const articles: AnnotatedArticle[] = items.map((x, i) => storyArticle(`a${i}`, x.title, x.text, `2031-03-${String(x.day).padStart(2, '0')}`));
        const report = buildStories(articles);
        expect(report.stories.flatMap((s) => s.articleIds).sort()).toEqual(articles.map((a) => a.id).sort());
        const byId = new Map(articles.map((a) => [a.id, a.text]));
        for (const e of evidenceOf(report)) expect(byId.get(e.article)?.slice(e.start, e.end)).toBe(e.text);
        for (const s of report.stories) for (const sentence of s.brief.sentences) expect(sentence.cites.length).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
