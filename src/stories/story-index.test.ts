import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint.js';
import { GROUPING_DEFAULTS, groupStories } from './group-stories.js';
import { createStoryIndex } from './story-index.js';
import { storyArticle } from './testing.js';

// Two invented events with the same kind of actors: a dam flood and a mountain-pass avalanche.
const flood = [
  storyArticle('f1', 'Flood at Tarrow after the Lindvale dam opens its gates', 'The Lindvale dam released water overnight and the river flooded the town of Tarrow. Mayor Ines Kolby said 300 homes in Tarrow were under water by morning.\n\nThe dam operator said the release was needed to protect the structure.', '2031-05-02'),
  storyArticle('f2', 'Tarrow counts damage as Lindvale dam release floods streets', 'Residents of Tarrow waded through flooded streets after the Lindvale dam opened its spillway. Ines Kolby, the mayor, said about 300 homes were flooded.\n\nEngineers at the dam defended the release.', '2031-05-03'),
];
const avalanche = [
  storyArticle('a1', 'Avalanche buries road over the Skarn pass', 'An avalanche buried the road over the Skarn pass on Friday, trapping twelve lorries. Rescue teams from Oddby dug through the snow through the night.', '2031-05-02'),
  storyArticle('a2', 'Lorry drivers rescued after Skarn pass avalanche', 'Twelve lorry drivers trapped by an avalanche on the Skarn pass were rescued by teams from Oddby, the regional rescue service said.', '2031-05-03'),
];

describe('groupStories', () => {
  it('puts the articles of one event together and keeps look-alike events apart', () => {
    const { stories, storylines } = groupStories([...flood, ...avalanche]);
    const sorted = stories.map((s) => [...s].sort().join(',')).sort();
    expect(sorted).toEqual(['a1,a2', 'f1,f2']);
    expect(storylines.flat().sort()).toEqual([0, 1]);
  });
});

describe('createStoryIndex', () => {
  it('assigns a later article to the existing story without recomputing the others', () => {
    const index = createStoryIndex(GROUPING_DEFAULTS);
    const first = index.add(fingerprint(flood[0]!));
    index.add(fingerprint(avalanche[0]!));
    const later = index.add(fingerprint(flood[1]!));
    expect(later.story).toBe(first.story);
    expect(later.nearest?.id).toBe('f1');
    expect(index.stories()).toEqual([['f1', 'f2'], ['a1']]);
  });

  it('finds candidates only through shared distinctive terms', () => {
    const index = createStoryIndex(GROUPING_DEFAULTS);
    index.add(fingerprint(avalanche[0]!));
    expect(index.candidates(fingerprint(flood[0]!)).filter((c) => c.similarity > 0.05)).toEqual([]);
  });

  it('scales the similarity of articles far apart in time, more the further apart', () => {
    const far = storyArticle('f3', flood[1]!.title!, flood[1]!.text, '2032-01-01');
    const near = createStoryIndex(GROUPING_DEFAULTS);
    near.add(fingerprint(flood[0]!));
    const apart = createStoryIndex(GROUPING_DEFAULTS);
    apart.add(fingerprint(flood[0]!));
    const a = near.add(fingerprint(flood[1]!)).nearest?.similarity ?? 0;
    const b = apart.add(fingerprint(far)).nearest?.similarity ?? 0;
    const gap = 244; // 2031-05-02 → 2032-01-01
    expect(b).toBeCloseTo(a * GROUPING_DEFAULTS.farFactor * (GROUPING_DEFAULTS.dayWindow / gap) ** GROUPING_DEFAULTS.farDecay, 5);
  });

  it('keeps an article months later apart as a story, but in the same storyline', () => {
    const index = createStoryIndex(GROUPING_DEFAULTS);
    const first = index.add(fingerprint(flood[0]!));
    const months = index.add(fingerprint(storyArticle('f9', flood[1]!.title!, flood[1]!.text, '2031-11-20')));
    expect(months.story).not.toBe(first.story);
    expect(months.storyline).toBe(first.storyline);
  });
});
