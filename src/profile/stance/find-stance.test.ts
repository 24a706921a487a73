import { expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import type { Entity, AnnotatedArticle, Span } from '../../types.js';
import { findStance } from './find-stance.js';

/** An invented article whose entities are given by hand, so the test pins stance alone. */
function article(text: string, names: Record<string, string>): AnnotatedArticle {
  const a = articleFromText(text);
  const spans = (name: string): Span[] => [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
  const entities: Entity[] = Object.entries(names).map(([id, name]) => ({ id, name, type: 'place', aliases: [], mentions: spans(name) }));
  return { ...a, ...annotateArticle(a), entities };
}

const TEXT = [
  'Norland shelled three villages in Sudmark overnight, killing civilians.',
  'The bombing of Sudmark drew condemnation from aid groups, who praised its medics.',
  'Norland has been accused of harboring militants and claims it hit only military targets.',
  'Sudmark civilians are suffering, and the world must protect Sudmark civilians.',
].join(' ');

it('casts the agent of violence as hostile, its victims as sympathetic', () => {
  const stance = findStance(article(TEXT, { norland: 'Norland', sudmark: 'Sudmark' }));
  const score = (id: string) => stance.find((s) => s.actorId === id)?.score ?? Number.NaN;
  expect(score('norland')).toBeLessThan(0);
  expect(score('sudmark')).toBeGreaterThan(score('norland'));
  expect(score('civilians')).toBeGreaterThan(0);
  expect(stance.find((s) => s.actorId === 'civilians')?.actor).toBe('Sudmark civilians');
});

it('scores in −1..1 with evidence that is real text', () => {
  const a = article(TEXT, { norland: 'Norland', sudmark: 'Sudmark' });
  for (const s of findStance(a)) {
    expect(Math.abs(s.score)).toBeLessThanOrEqual(1);
    for (const e of s.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  }
});
