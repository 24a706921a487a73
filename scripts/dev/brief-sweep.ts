// Dev: ROUGE of the brief on NeuS val for several brief settings (model/stories.json "brief" mutated in place).
// npx tsx scripts/dev/brief-sweep.ts '{"redundancy":[0.3,0.5]}'
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { scoreRouge } from '../../src/eval/rouge.js';
import { neusStories, toReportArticle } from '../../src/eval/story-sets.js';
import { writeStoryBrief } from '../../src/stories/build-stories.js';

const require = createRequire(import.meta.url);
const model = require('../../model/stories.json') as { brief: Record<string, unknown> };
const root = process.env.PARALLAX_SHARED ?? '../shared';
const stories = neusStories(readFileSync(`${root}/data/neus-allsides/neus_val.jsonl`, 'utf8')).items.map((s) => ({ reference: s.reference, articles: s.articles.map(toReportArticle) }));
const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown[]>;
const combos: Record<string, unknown>[] = [{}];
for (const k of Object.keys(grid)) combos.splice(0, combos.length, ...combos.flatMap((c) => (grid[k] ?? []).map((v) => ({ ...c, [k]: v }))));
const original = { ...model.brief };
for (const combo of combos) {
  Object.assign(model.brief, original, combo);
  let r1 = 0, r2 = 0, rl = 0;
  for (const s of stories) {
    const brief = writeStoryBrief(s.articles, { briefWords: 70 });
    const r = scoreRouge(brief.sentences.map((x) => x.text).join('\n'), s.reference, { stem: false });
    r1 += r.rouge1.f1; r2 += r.rouge2.f1; rl += r.rougeL.f1;
  }
  const n = stories.length;
  console.log(JSON.stringify(combo), (r1 / n).toFixed(4), (r2 / n).toFixed(4), (rl / n).toFixed(4));
}
