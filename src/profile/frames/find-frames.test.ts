import { expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import type { AnnotatedArticle } from '../../types.js';
import { findFrames } from './find-frames.js';
import { narrativeFrames } from './narrative-frames.js';

const article = (text: string): AnnotatedArticle => {
  const a = articleFromText(text);
  return { ...a, ...annotateArticle(a) };
};

const MILITARY = 'Troops shelled the border post overnight. The army said its soldiers repelled the attack. Militants fired rockets at a military base.';
const AID = 'Aid agencies said displaced families lack food and shelter. Refugees in the camps need medical care. Humanitarian groups called for the protection of civilians.';

it('finds security and defense in a military report, humanitarian in an aid report', () => {
  const top = (text: string) => findFrames(article(text)).slice(0, 3).map((f) => f.frame);
  expect(top(MILITARY)).toContain('security-defense');
  expect(top(AID)).toContain('humanitarian');
});

it('scores every frame in 0..1, strongest first, with evidence that is real text', () => {
  const a = article(`${MILITARY}\n\n${AID}`);
  const frames = findFrames(a);
  expect(frames.length).toBeGreaterThanOrEqual(16);
  frames.forEach((f, i) => {
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
    if (i) expect(f.score).toBeLessThanOrEqual(frames[i - 1]!.score);
    for (const e of f.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  });
});

it('maps policy frames to the five narrative frames', () => {
  const n = narrativeFrames([{ frame: 'economic', score: 0.3, evidence: [] }, { frame: 'morality', score: 0.1, evidence: [] }]);
  expect(n).toEqual({ RE: 0, HI: 0, CO: 0, MO: 0.1, EC: 0.3 });
});
