import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.js';
import { GROUPING_DEFAULTS, groupStories } from './group-stories.js';
import { splitStory } from './split-story.js';
import { storyArticle } from './testing.js';

// One matter, two events: a bridge closed after a crack (two reports), and weeks-old talks on a toll
// (two reports) that share the bridge, the towns and the council with them.
const closure = [
  storyArticle('c1', 'Orna bridge closed after engineers find a crack', 'Engineers closed the Orna bridge between Tarrow and Lisk on Monday after finding a crack in a pier. The river council said repairs would take three weeks and ferries would run meanwhile.'),
  storyArticle('c2', 'Crack in pier shuts Orna bridge for weeks', 'A crack found in a pier of the Orna bridge has shut the crossing between Tarrow and Lisk for three weeks, the river council said. Ferries will carry commuters while engineers repair the pier.'),
];
const toll = [
  storyArticle('t1', 'Council proposes toll on Orna bridge to fund upkeep', 'The river council proposed a toll on the Orna bridge to pay for its upkeep. Drivers between Tarrow and Lisk would pay two crowns a crossing under the plan, which the Tarrow mayor opposes.'),
  storyArticle('t2', 'Tarrow mayor rejects Orna bridge toll plan', 'The mayor of Tarrow rejected the river council\'s plan for a toll on the Orna bridge, saying drivers from Lisk and Tarrow already pay for its upkeep through their taxes. The council will vote on the toll next month.'),
];

describe('splitStory', () => {
  it('parts a story chained across two events', () => {
    const all = [...closure, ...toll];
    const parts = splitStory(all, all.map(fingerprint), { ...GROUPING_DEFAULTS, storyThreshold: 0 });
    expect(parts.map((p) => [...p].sort().join(',')).sort()).toEqual(['c1,c2', 't1,t2']);
  });

  it('leaves a story of fewer than four articles alone', () => {
    const three = [...closure, toll[0]!];
    expect(splitStory(three, three.map(fingerprint), GROUPING_DEFAULTS)).toEqual([['c1', 'c2', 't1']]);
  });

  it('keeps both halves in one storyline after a batch grouping', () => {
    const { stories, storylines } = groupStories([...closure, ...toll], { storyThreshold: 0.01 });
    expect(stories.length).toBe(2);
    expect(storylines).toEqual([[0, 1]]);
  });
});
