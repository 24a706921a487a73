import { describe, expect, it } from 'vitest';
import { storyContext } from '../compare/story-context.js';
import { storyArticle } from '../stories/testing.js';
import type { ActorStance, ReportArticle } from '../types.js';
import { findPerspectives } from './find-perspectives.js';

const text = 'The Orna bridge closed on Monday after engineers found a crack. The river council said ferries would run.';
const withStance = (a: ReportArticle, stance: [string, number][]): ReportArticle => ({ ...a, stance: stance.map(([actor, score]): ActorStance => ({ actor, actorId: actor.toLowerCase(), score, evidence: [] })) });
const a = withStance(storyArticle('a', 'Bridge shut', text), [['Council', 0.5], ['Engineers', 0.4]]);
const b = withStance(storyArticle('b', 'Bridge shut again', `${text} Drivers were angry.`), [['Council', 0.3], ['Engineers', 0.2]]);
const mirror = withStance(storyArticle('c', 'Bridge shut', text), [['Council', -0.6], ['Engineers', 0.4]]);

describe('findPerspectives', () => {
  it('groups articles that treat the same actors the same way, and labels the group by its sympathies', () => {
    const found = findPerspectives(storyContext([a, b], [['a'], ['b']]), {}, []);
    expect(found.map((p) => p.articleIds)).toEqual([['a', 'b']]);
    expect(found[0]?.label).toMatch(/^sympathetic to Council and Engineers/);
  });

  it('keeps a mirror-image rewrite apart: same words, opposite sympathy', () => {
    const found = findPerspectives(storyContext([a, mirror], [['a', 'c']]), {}, []);
    expect(found.map((p) => p.articleIds)).toEqual([['a'], ['c']]);
    for (const p of found) for (const c of p.cites) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
