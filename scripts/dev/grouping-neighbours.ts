// Dev: for a grouping set, each article's best same-story and best other-story similarity (all pairs).
import { readFileSync } from 'node:fs';
import { basilArticles, gvaArticles, neusArticles, neusStories, toReportArticle } from '../../src/eval/story-sets.js';
import { fingerprint } from '../../src/stories/fingerprint.js';
import { createStoryIndex } from '../../src/stories/story-index.js';
import { GROUPING_DEFAULTS } from '../../src/stories/group-stories.js';

const root = process.env.PARALLAX_SHARED ?? '../shared';
const which = process.argv[2] ?? 'neus';
const items = which === 'basil' ? basilArticles(readFileSync(`${root}/data/basil/basil.jsonl`, 'utf8')).items
  : which === 'gva' ? gvaArticles(readFileSync(`${root}/data/gva-incidents/articles.jsonl`, 'utf8')).items
  : neusArticles(neusStories(readFileSync(`${root}/data/neus-allsides/neus_val.jsonl`, 'utf8')).items);
const articles = items.map((l) => toReportArticle(l.article));
const gold = new Map(items.map((l) => [l.article.id, l.gold]));
const index = createStoryIndex({ ...GROUPING_DEFAULTS, storyThreshold: 9, maxCandidates: 1e9, postingsWindow: 1e9 });
const fps = articles.map(fingerprint);
for (const fp of fps) index.add(fp);
let shown = 0;
const stats = { sameBelow: 0, otherAbove: 0, n: 0 };
const tau = Number(process.argv[3] ?? 0.15);
for (const [k, fp] of fps.entries()) {
  const c = index.candidates(fp).filter((x) => x.id !== fp.id);
  const same = Math.max(0, ...c.filter((x) => gold.get(x.id) === gold.get(fp.id)).map((x) => x.similarity));
  const other = c.filter((x) => gold.get(x.id) !== gold.get(fp.id)).sort((a, b) => b.similarity - a.similarity)[0];
  stats.n++;
  if (same < tau) stats.sameBelow++;
  if ((other?.similarity ?? 0) >= tau) stats.otherAbove++;
  if (shown < 12 && other && other.similarity > same) {
    shown++;
    const o = articles.find((a) => a.id === other.id);
    console.log(`${same.toFixed(2)} vs ${other.similarity.toFixed(2)}: ${articles[k]?.title} || ${o?.title}`);
  }
}
console.log(stats);
