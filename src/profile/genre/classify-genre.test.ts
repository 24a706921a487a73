import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import type { AnnotatedArticle } from '../../types.js';
import { classifyGenre } from './classify-genre.js';

const article = (text: string, extra: Partial<AnnotatedArticle> = {}): AnnotatedArticle => {
  const a = articleFromText(text);
  return { ...a, ...annotateArticle(a), ...extra };
};

const REPORT = [
  'Varnian drones struck a border post at Dunmoor on Tuesday, the defence ministry said.',
  '"The operation achieved its aims," Defence Minister Halvard Renn told reporters in Korvan.',
  'Ostrel said 17 border guards were killed, according to a statement from the council.',
  'Officials in Palleck said the strike hit a barracks, a claim Korvan denied on Wednesday.',
].join('\n\n');

const OPINION = [
  'We cannot keep pretending that this reckless dam is anything but a provocation.',
  'Our leaders must stop appeasing a regime that only understands force.',
  'The world should act now, before the next flood drowns another valley.',
  'Anything less would be a shameful betrayal of the people who suffered.',
].join('\n\n');

const COMMENTARY = [
  "Well, here we go again, don't we?",
  "Honestly, you'd think the two capitals had learned something by now.",
  "And the latest word from Palleck? It's the same old promise, wrapped in new paper.",
  "You see, nobody there really believes it, and frankly, who could blame them?",
].join('\n\n');

describe('classifyGenre', () => {
  it.each([
    ['report', REPORT],
    ['opinion', OPINION],
    ['commentary', COMMENTARY],
  ])('reads %s from the text', (genre, text) => {
    const g = classifyGenre(article(text));
    expect(g.genre).toBe(genre);
    expect(g.evidence.length).toBeGreaterThan(0);
    for (const e of g.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('takes the genre an outlet declares into account', () => {
    const g = classifyGenre(article(REPORT, { removed: [{ text: 'WorldAnalysis', reason: 'section-tag' }] }));
    expect(g.scores.analysis).toBeGreaterThan(classifyGenre(article(REPORT)).scores.analysis!);
  });

  it('says other for a text too short to read', () => {
    expect(classifyGenre(article('A short note.')).genre).toBe('other');
  });
});
