import { describe, expect, it } from 'vitest';
import { buildStory } from '../../stories/build-stories.js';
import { buildPrompt } from './build-prompt.js';
import { numberSources } from './number-sources.js';
import { ferryArticles } from './testing.js';

describe('numberSources and buildPrompt', () => {
  const articles = ferryArticles();
  const story = buildStory(articles, []);
  const sources = numberSources(story, articles);

  it('numbers each cited span once, disputed figures widened to their sentences', () => {
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const s of sources) expect(texts.get(s.article)?.slice(s.start, s.end)).toBe(s.text);
    expect(new Set(sources.map((s) => `${s.article}:${s.start}`)).size).toBe(sources.length);
    expect(story.disputes.length).toBeGreaterThan(0);
    for (const p of story.disputes.flatMap((d) => d.positions)) {
      expect(sources.some((s) => s.article === p.article && s.start <= p.start && p.end <= s.end && s.text.length > p.text.length)).toBe(true);
    }
  });

  it('keeps bare spans when the articles are not given', () => {
    expect(numberSources(story).some((s) => /^\d+$/.test(s.text))).toBe(true);
  });

  it('asks for cited JSON within the word cap, with the sources, disputes and draft', () => {
    const [system, user] = buildPrompt(story, sources, 80);
    expect(system?.role).toBe('system');
    expect(system?.content).toMatch(/at most 80 words/);
    expect(system?.content).toMatch(/\{"sentences":\[\{"text":"…","cites":\[1,3\]\}\]\}/);
    expect(system?.content).toMatch(/attributed/);
    expect(system?.content).toMatch(/disputed/i);
    sources.forEach((s, i) => expect(user?.content).toContain(`[${i + 1}] ${s.text}`));
    expect(user?.content).toMatch(/Disputed figures:\n- .*212.*\[\d+\].*190.*\[\d+\]/);
    expect(user?.content).toContain(`Draft brief:\n${story.brief.sentences[0]?.text} [1]`);
  });
});
