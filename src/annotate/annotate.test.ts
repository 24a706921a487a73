import { expect, it } from 'vitest';
import { articleFromText } from '../eval/pipeline.js';
import { annotateArticle } from './annotate.js';

const GERMAN = 'Verteidigungsminister Halvard Renn sagte am Dienstag, 48 Kämpfer seien getötet worden. Die Regierung in Palleck bestreitet das.';
const ENGLISH = 'Defence Minister Halvard Renn said on Tuesday that 48 fighters were killed. The government in Palleck disputes that.';

it('annotates English text: entities, quotes, claims and dates', () => {
  const a = annotateArticle(articleFromText(ENGLISH, '2026-03-04'));
  expect(a.entities.map((e) => e.name)).toContain('Halvard Renn');
  expect(a.claims.map((c) => c.value)).toContain(48);
  expect(a.times.map((t) => t.value)).toContain('2026-03-03');
});

it('gives other languages sentences only, rather than inventing people from English rules', () => {
  const a = annotateArticle({ ...articleFromText(GERMAN, '2026-03-04'), language: 'de' });
  expect(a.sentences).toHaveLength(2);
  expect([a.entities, a.quotes, a.claims, a.times, a.events]).toEqual([[], [], [], [], []]);
});
