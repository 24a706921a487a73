import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze.js';
import type { EvalRow } from './types.js';

interface Gold {
  stories: Record<string, string[] | string>;
  twins: { pairs: [string, string][] };
  disputes: { about: string; values: { claimant: string; value: number }[] }[];
}

const SET = 'seeds-stories';
const key = (ids: readonly string[]) => [...ids].sort().join(',');

/**
 * The stories stage on the five seeds against ../shared/gold/seeds.json: the story partition, one
 * storyline holding every story, the twin pairs, and the disputes (matched by their set of values).
 */
export async function evalSeedStories(sharedRoot: string): Promise<EvalRow[]> {
  const gold = JSON.parse(readFileSync(join(sharedRoot, 'gold', 'seeds.json'), 'utf8')) as Gold;
  const report = await analyze([join(sharedRoot, 'corpus', 'seeds')]);
  const goldStories = Object.entries(gold.stories).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([, ids]) => key(ids));
  const ours = report.stories.map((s) => key(s.articleIds));
  const storiesFound = goldStories.filter((g) => ours.includes(g)).length;
  const storyline = report.storylines.length === 1 && report.storylines[0]?.storyIds.length === report.stories.length ? 1 : 0;
  const goldTwins = new Set(gold.twins.pairs.map((p) => key(p)));
  const ourTwins = new Set(report.twins.map((p) => key(p)));
  const twinsExact = goldTwins.size === ourTwins.size && [...goldTwins].every((p) => ourTwins.has(p)) ? 1 : 0;
  const disputes = report.stories.flatMap((s) => s.disputes);
  const valueSet = (values: readonly (number | null)[]) => [...new Set(values)].sort((a, b) => (a ?? 0) - (b ?? 0)).join('/');
  const ourValueSets = disputes.map((d) => valueSet(d.positions.map((p) => p.value)));
  const found = gold.disputes.filter((g) => ourValueSets.includes(valueSet(g.values.map((v) => v.value)))).length;
  const spurious = disputes.length - found;
  return [
    { set: SET, metric: 'stories matched exactly', value: storiesFound / goldStories.length, target: 1, note: `${storiesFound}/${goldStories.length}; ours: ${ours.map((o) => `{${o}}`).join(' ')}` },
    { set: SET, metric: 'one storyline of all stories', value: storyline, target: 1 },
    { set: SET, metric: 'twin pairs exact', value: twinsExact, target: 1, note: `ours: ${[...ourTwins].join(' ') || 'none'}` },
    { set: SET, metric: 'disputes found', value: found / gold.disputes.length, target: 1, note: `${found}/${gold.disputes.length}` },
    { set: SET, metric: 'spurious disputes', value: spurious, target: 0, better: 'lower' },
  ];
}
