import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { evalGrouping } from '../src/eval/grouping.js';
import { evalSeedStories } from '../src/eval/seeds-stories.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import { evalSynthesis } from '../src/eval/synthesis.js';
import type { EvalRow } from '../src/eval/types.js';
import { writeStoryBrief } from '../src/stories/build-stories.js';
import { groupStories } from '../src/stories/group-stories.js';

// Floors that only go up: a little under the figures `npm run eval` measured when they were set.
const value = (rows: readonly EvalRow[], set: string, metric: string) => rows.find((r) => r.set === set && r.metric === metric)?.value ?? Number.NaN;
const seeds = sharedPath('gold/seeds.json');
const data = sharedPath('data/basil') && sharedPath('data/neus-allsides') && sharedPath('data/gva-incidents') ? sharedPath('data') : null;

describe('stories quality on ../shared', () => {
  it.skipIf(!seeds)(seeds ? 'seeds: the two stories, one storyline, the twins and the three disputes exactly, nothing spurious' : missingMessage('gold/seeds.json'), async () => {
    const rows = await evalSeedStories(dirname(dirname(seeds as string)));
    expect(value(rows, 'seeds-stories', 'stories matched exactly')).toBe(1);
    expect(value(rows, 'seeds-stories', 'twin pairs exact')).toBe(1);
    expect(value(rows, 'seeds-stories', 'one storyline of all stories')).toBe(1);
    expect(value(rows, 'seeds-stories', 'disputes found')).toBe(1);
    expect(value(rows, 'seeds-stories', 'spurious disputes')).toBe(0);
  });

  it.skipIf(!data)(data ? 'grouping B-cubed F1 floors on basil, neus-allsides val and gva-incidents' : missingMessage('data/basil, data/neus-allsides, data/gva-incidents'), async () => {
    const rows = await evalGrouping(dirname(data as string), (articles) => groupStories(articles).stories);
    expect(value(rows, 'basil', 'B-cubed F1 (parallax)')).toBeGreaterThanOrEqual(0.99);
    expect(value(rows, 'neus-allsides-val', 'B-cubed F1 (parallax)')).toBeGreaterThanOrEqual(0.8);
    expect(value(rows, 'gva-incidents', 'B-cubed F1 (parallax)')).toBeGreaterThanOrEqual(0.87);
  });

  it.skipIf(!data)(data ? 'brief ROUGE floors on neus-allsides val, every sentence cited, within 70 words' : missingMessage('data/neus-allsides'), async () => {
    const rows = await evalSynthesis(dirname(data as string), writeStoryBrief);
    expect(value(rows, 'neus-allsides-val', 'ROUGE-1 (parallax)')).toBeGreaterThanOrEqual(0.375);
    expect(value(rows, 'neus-allsides-val', 'ROUGE-2 (parallax)')).toBeGreaterThanOrEqual(0.17);
    expect(value(rows, 'neus-allsides-val', 'ROUGE-L (parallax)')).toBeGreaterThanOrEqual(0.265);
    expect(value(rows, 'neus-allsides-val', 'cited sentences valid (parallax)')).toBe(1);
    expect(value(rows, 'neus-allsides-val', 'briefs over 70 words (parallax)')).toBe(0);
  });
});
