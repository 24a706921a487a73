import { createRequire } from 'node:module';
import type { AnnotatedArticle } from '../types.js';
import { areTwins, twinShape } from './find-twins.js';
import type { Fingerprint } from './fingerprint.js';
import { createStoryIndex, type StoryIndexOptions } from './story-index.js';

const require = createRequire(import.meta.url);
const { split: M } = require('../../model/stories.json') as { split: { minArticles: number; maxArticles: number; ratio: number; minSources: number } };

/** Pairwise similarity of a story's articles, as the index scores them (symmetric: the mean of both directions). */
function similarities(fps: readonly Fingerprint[], options: StoryIndexOptions): number[][] {
  const index = createStoryIndex({ ...options, storyThreshold: Infinity, maxCandidates: Infinity, postingsWindow: Infinity });
  for (const fp of fps) index.add(fp);
  const position = new Map(fps.map((fp, i) => [fp.id, i]));
  const sims = fps.map(() => fps.map(() => 0));
  fps.forEach((fp, i) => {
    for (const c of index.candidates(fp)) {
      const j = position.get(c.id);
      if (j !== undefined && j !== i) (sims[i] as number[])[j] = c.similarity;
    }
  });
  return sims.map((row, i) => row.map((x, j) => (x + (sims[j]?.[i] ?? 0)) / 2));
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * Two events of one matter that the incremental pass chained into one story: split the story in two
 * (average linkage) when each part has at least two independent sources (twins count once) and the
 * parts are clearly less alike across than within. Only batch runs refine; the index itself never
 * recomputes.
 */
export function splitStory(members: readonly AnnotatedArticle[], fps: readonly Fingerprint[], options: StoryIndexOptions): string[][] {
  const ids = members.map((a) => a.id);
  // Pairwise similarities cost n²: a very large story is left as the index built it.
  if (members.length < M.minArticles || members.length > M.maxArticles) return [ids];
  const sims = similarities(fps, options);
  const link = (a: readonly number[], b: readonly number[]) => mean(a.flatMap((i) => b.map((j) => sims[i]?.[j] ?? 0)));
  const shapes = members.map(twinShape);
  const twins = (i: number, j: number) => areTwins(shapes[i]!, shapes[j]!);
  // Twins are one text retold: they start as one unit and are never parted.
  let clusters: number[][] = [];
  members.forEach((_, i) => {
    const unit = clusters.find((c) => c.some((j) => twins(i, j)));
    if (unit) unit.push(i);
    else clusters.push([i]);
  });
  while (clusters.length > 2) {
    let best = [0, 1];
    let bestSim = -Infinity;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        const s = link(clusters[x] as number[], clusters[y] as number[]);
        if (s > bestSim) bestSim = s, best = [x, y];
      }
    }
    const [x, y] = best as [number, number];
    clusters = [...clusters.filter((_, k) => k !== x && k !== y), [...(clusters[x] as number[]), ...(clusters[y] as number[])]];
  }
  const [a = [], b = []] = clusters;
  const within = (c: readonly number[]) => mean(c.flatMap((i) => c.filter((j) => j > i).map((j) => sims[i]?.[j] ?? 0)));
  // Independent sources in a part: twins (copies, mirror rewrites) count once.
  const sources = (c: readonly number[]) => c.filter((i, k) => !c.slice(0, k).some((j) => twins(i, j))).length;
  if (sources(a) < M.minSources || sources(b) < M.minSources) return [ids];
  if (link(a, b) >= M.ratio * Math.min(within(a), within(b))) return [ids];
  return [a.map((i) => ids[i] as string), b.map((i) => ids[i] as string)];
}
