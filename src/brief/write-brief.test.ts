import { describe, expect, it } from 'vitest';
import { collectFigures, groupFigures, toDispute } from '../compare/find-figures.js';
import { storyContext } from '../compare/story-context.js';
import { DISPUTED_STORY } from '../compare/testing.js';
import { writeBrief } from './write-brief.js';

const context = storyContext(DISPUTED_STORY, [['wire'], ['daily']]);
const disputes = groupFigures(collectFigures(context)).filter((g) => g.disputed).map(toDispute);

describe('writeBrief', () => {
  const brief = writeBrief(context, disputes, { briefWords: 80 });

  it('cites real spans of the story for every sentence', () => {
    expect(brief.sentences.length).toBeGreaterThan(1);
    for (const s of brief.sentences) {
      expect(s.cites.length).toBeGreaterThan(0);
      for (const c of s.cites) expect(DISPUTED_STORY.find((a) => a.id === c.article)?.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('presents disputed figures as who says what', () => {
    expect(brief.text).toMatch(/Figures differ on Varnian soldiers killed: Varnia says 3; Ostrel says 30\./);
  });

  it('keeps to the word cap and stays extractive by default', () => {
    expect(brief.text.split(/\s+/).length).toBeLessThanOrEqual(80);
    expect(brief.method).toBe('extractive');
    expect(writeBrief(context, disputes, { briefWords: 25 }).text.split(/\s+/).length).toBeLessThanOrEqual(25);
  });
});
