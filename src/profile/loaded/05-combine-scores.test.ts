import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import { scoreSentences } from './score-sentences.js';

const loaded = (text: string) => {
  const a = articleFromText(text);
  return scoreSentences({ ...a, ...annotateArticle(a) })[0]!.loaded;
};

describe('loadedScore', () => {
  it.each([
    ['Three people died and five were injured in the crash on Route 9 on Friday.'],
    ['The committee approved the plan and said it would support the farmers.'],
    ['Officials said the fire was put out by the evening.'],
  ])('keeps plain reporting below the threshold: %j', (text) => {
    expect(loaded(text)).toBeLessThan(0.2);
  });

  it.each([
    ['The so-called reform is a reckless giveaway to the governor\'s cronies.'],
    ['The senator slammed the plan as a shameful betrayal of voters.'],
    ['Their "peace plan" changes nothing.'],
    ['How can anyone still defend this?'],
  ])('reads charged wording as loaded: %j', (text) => {
    expect(loaded(text)).toBeGreaterThanOrEqual(0.2);
  });

  it('weighs a scare-quoted term as the writer\'s, not as someone else\'s words', () => {
    expect(loaded('The agency praised its "reforms" again.')).toBeGreaterThan(loaded('The agency praised its reforms again.'));
  });
});
