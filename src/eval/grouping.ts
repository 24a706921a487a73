import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed } from './bcubed.js';
import { missingMessage } from './shared-data.js';
import { basilArticles, gvaArticles, neusArticles, neusStories, toReportArticle, type LabelledArticle, type Loaded } from './story-sets.js';
import type { GroupFn } from './story-types.js';
import type { EvalRow } from './types.js';

interface GroupingSet {
  readonly set: string;
  /** Under the shared root. */
  readonly path: string;
  /** The goal set in the grouping issue. */
  readonly target: number;
  readonly load: (jsonl: string) => Loaded<LabelledArticle>;
}

const SETS: readonly GroupingSet[] = [
  { set: 'basil', path: 'data/basil/basil.jsonl', target: 0.92, load: basilArticles },
  { set: 'neus-allsides-val', path: 'data/neus-allsides/neus_val.jsonl', target: 0.92, load: (jsonl) => { const s = neusStories(jsonl); return { items: neusArticles(s.items), notes: s.notes }; } },
  { set: 'gva-incidents', path: 'data/gva-incidents/articles.jsonl', target: 0.85, load: gvaArticles },
];

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** B-cubed P/R/F1 of one grouping of labelled articles, which go through the annotate stage first. */
export function scoreGrouping(set: string, loaded: Loaded<LabelledArticle>, group: GroupFn, target?: number, who = 'parallax'): EvalRow[] {
  const started = performance.now();
  const articles = loaded.items.map((l) => toReportArticle(l.article));
  const annotated = seconds(started);
  const grouping = performance.now();
  const clusters = group(articles);
  const grouped = seconds(grouping);
  const gold = new Map(loaded.items.map((l) => [l.article.id, l.gold]));
  const s = bcubed(clusters, gold);
  const stories = new Set(gold.values()).size;
  const note = [`${articles.length} articles, ${stories} gold stories, ${clusters.filter((c) => c.length).length} predicted; annotate ${annotated}, group ${grouped}`, ...loaded.notes].join('; ');
  return [
    { set, metric: `B-cubed F1 (${who})`, value: s.f1, ...(target !== undefined ? { target } : {}), note },
    { set, metric: `B-cubed precision (${who})`, value: s.precision },
    { set, metric: `B-cubed recall (${who})`, value: s.recall },
  ];
}

/**
 * Story grouping on BASIL, NeuS val (stories pooled) and the GVA incidents, scored with B-cubed
 * against the gold story of each article. `root` is the shared folder (holding `data/`); sets that
 * are absent are skipped with a message.
 */
export async function evalGrouping(root: string, group: GroupFn, who = 'parallax'): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  for (const s of SETS) {
    const path = join(root, s.path);
    if (!existsSync(path)) {
      console.error(missingMessage(s.path));
      continue;
    }
    rows.push(...scoreGrouping(s.set, s.load(readFileSync(path, 'utf8')), group, s.target, who));
  }
  return rows;
}
