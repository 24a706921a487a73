// Dev: B-cubed on the grouping sets for several settings, articles annotated once.
// npx tsx scripts/dev/grouping-sweep.ts '{"storyThreshold":[0.2,0.25,0.3]}'
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bcubed } from '../../src/eval/bcubed.js';
import { basilArticles, gvaArticles, neusArticles, neusStories, toReportArticle } from '../../src/eval/story-sets.js';
import { groupStories } from '../../src/stories/group-stories.js';

const root = process.env.PARALLAX_SHARED ?? '../shared';
const sets = {
  basil: basilArticles(readFileSync(`${root}/data/basil/basil.jsonl`, 'utf8')).items,
  neus: neusArticles(neusStories(readFileSync(`${root}/data/neus-allsides/neus_val.jsonl`, 'utf8')).items),
  gva: gvaArticles(readFileSync(`${root}/data/gva-incidents/articles.jsonl`, 'utf8')).items,
};
const annotated = Object.fromEntries(Object.entries(sets).map(([k, items]) => [k, { articles: items.map((l) => toReportArticle(l.article)), gold: new Map(items.map((l) => [l.article.id, l.gold])) }]));
const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
const keys = Object.keys(grid);
const combos: Record<string, number>[] = [{}];
for (const k of keys) combos.splice(0, combos.length, ...combos.flatMap((c) => (grid[k] ?? []).map((v) => ({ ...c, [k]: v }))));
// Keys "fields.x" set model/stories.json fingerprint fields in place (read at call time).
const model = createRequire(import.meta.url)('../../model/stories.json') as { fields: Record<string, number>; split: Record<string, number> };
const fields = model.fields;
const original = { ...fields };
const originalSplit = { ...model.split };
for (const combo of combos) {
  Object.assign(fields, original);
  Object.assign(model.split, originalSplit);
  for (const [k, v] of Object.entries(combo)) if (k.startsWith('fields.')) fields[k.slice(7)] = v;
  for (const [k, v] of Object.entries(combo)) if (k.startsWith('split.')) model.split[k.slice(6)] = v;
  const row = Object.entries(annotated).map(([k, { articles, gold }]) => {
    const s = bcubed(groupStories(articles, Object.fromEntries(Object.entries(combo).filter(([k]) => !k.includes('.')))).stories, gold);
    return `${k} ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})`;
  });
  console.log(JSON.stringify(combo), row.join(' | '));
}
