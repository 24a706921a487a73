import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import { scoreSentences } from './score-sentences.js';

const profile = (text: string) => {
  const a = articleFromText(text);
  return scoreSentences({ ...a, ...annotateArticle(a) });
};

describe('scoreSentences', () => {
  it('gives one profile per sentence, in order, with spans that point at real text', () => {
    const text = 'The brutal regime of Varnia must be stopped. Officials met on Tuesday in the capital.\n\nThe talks lasted three hours.';
    const a = articleFromText(text);
    const ann = annotateArticle(a);
    const ps = scoreSentences({ ...a, ...ann });
    expect(ps.map((p) => [p.start, p.end])).toEqual(ann.sentences.map((s) => [s.start, s.end]));
    for (const p of ps) for (const s of p.loadedSpans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['The Ostrel junta answered years of cross-border aggression with silence.', 'cross-border aggression'],
    ['Any appeasement of radical elements only emboldens them.', 'appeasement of radical elements only emboldens'],
    ['The shelling of the market was devastating.', 'devastating'],
    ['Observers say the shelling amounts to war crimes.', 'war crimes'],
    ['The commanders have acted with impunity for years.', 'impunity'],
  ])('finds the loaded phrase in %j', (text, phrase) => {
    const [p] = profile(text);
    expect(p!.loadedSpans.map((s) => s.text)).toContain(phrase);
    expect(p!.loaded).toBeGreaterThan(0.5);
  });

  it('scores plain reporting low and a charged sentence high', () => {
    const [plain] = profile('The council met on Tuesday and approved the budget for 2026.');
    const [charged] = profile('This shameful, brutal regime has slaughtered innocent villagers.');
    // "approved" carries a mild VADER valence: plain reporting is low, not zero.
    expect(plain!.loaded).toBeLessThan(0.3);
    expect(charged!.loaded).toBeGreaterThan(0.9);
  });

  it('reads "must" and "we" as opinion, and attribution as lowering it', () => {
    const [own] = profile('We must never accept this reckless policy.');
    const [attributed] = profile('"We must never accept this reckless policy," the minister said on Monday.');
    const [fact] = profile('The minister met the delegation on Monday, the ministry said.');
    expect(own!.opinion).toBeGreaterThan(0.8);
    expect(attributed!.opinion).toBeLessThan(own!.opinion);
    expect(fact!.opinion).toBeLessThan(0.5);
  });

  it('does not read a capitalised name as a judgement', () => {
    const [p] = profile('The delegation flew to the United States on Friday.');
    expect(p!.loadedSpans).toEqual([]);
  });
});
