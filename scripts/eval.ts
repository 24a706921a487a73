/**
 * `npm run eval`: scores each stage on ../shared (or $PARALLAX_SHARED) and prints one table.
 * Sets that are absent are skipped with a message. `--json FILE` also writes the rows.
 * Later stages add their evaluations to STAGES; floors pinned in tests only go up.
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { evalSeedEntities } from '../src/annotate/entities/eval-seeds.js';
import { evalGva } from '../src/eval/gva.js';
import { annotateText } from '../src/eval/pipeline.js';
import { evalPolnear } from '../src/eval/polnear.js';
import { evalSeedQuotesClaims } from '../src/eval/seeds-annotation.js';
import { evalExtractionBenchmark, evalReadabilityPages } from '../src/eval/extraction.js';
import { evalSeedArticles } from '../src/eval/seeds-articles.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import type { EvalRow } from '../src/eval/types.js';
import { evalGrouping } from '../src/eval/grouping.js';
import { evalSeedStories } from '../src/eval/seeds-stories.js';
import { evalSynthesis } from '../src/eval/synthesis.js';
import { groupStories } from '../src/stories/group-stories.js';
import { writeStoryBrief } from '../src/stories/build-stories.js';
import { evalBabe } from '../src/eval/babe.js';
import { evalFrac } from '../src/eval/frac.js';
import { evalNarrativeClimate } from '../src/eval/narrative-climate.js';
import { evalNewsMtsc } from '../src/eval/newsmtsc.js';
import { evalExampleGenre, evalSeedGenre } from '../src/eval/seeds-genre.js';
import { evalSeedRelations } from '../src/eval/seeds-relations.js';

interface Evaluation {
  readonly stage: string;
  /** Path under ../shared the evaluation needs. */
  readonly needs: string;
  readonly run: (path: string) => Promise<EvalRow[]>;
}

const STAGES: readonly Evaluation[] = [
  { stage: 'extract', needs: '.', run: (root) => evalSeedArticles(root) },
  { stage: 'extract', needs: 'data/article-extraction-benchmark', run: evalExtractionBenchmark },
  { stage: 'extract', needs: 'data/readability-test-pages', run: evalReadabilityPages },
  { stage: 'annotate', needs: '.', run: (root) => evalSeedEntities(root) },
  { stage: 'annotate', needs: '.', run: (root) => evalSeedQuotesClaims(root, (text) => annotateText(text)) },
  { stage: 'annotate', needs: 'data/polnear', run: evalPolnear },
  { stage: 'annotate', needs: 'data/gva-incidents', run: evalGva },
  { stage: 'stories', needs: '.', run: (root) => evalSeedStories(root) },
  { stage: 'stories', needs: 'data', run: (data) => evalGrouping(dirname(data), (articles) => groupStories(articles).stories) },
  { stage: 'stories', needs: 'data/neus-allsides', run: (neus) => evalSynthesis(dirname(dirname(neus)), writeStoryBrief) },
  { stage: 'profile', needs: '.', run: (root) => evalSeedGenre(root) },
  { stage: 'profile', needs: '.', run: () => evalExampleGenre('examples') },
  { stage: 'profile', needs: '.', run: (root) => evalSeedRelations(root) },
  { stage: 'profile', needs: 'data/babe', run: evalBabe },
  { stage: 'profile', needs: 'data/framing-frac', run: evalFrac },
  { stage: 'profile', needs: 'data/framing-narrative-climate', run: evalNarrativeClimate },
  { stage: 'profile', needs: 'data/newsmtsc', run: evalNewsMtsc },
];

function fmt(value: number | undefined): string {
  if (value === undefined) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

async function main(): Promise<void> {
  const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
  const rows: (EvalRow & { stage: string; seconds: number })[] = [];
  for (const evaluation of STAGES) {
    const path = evaluation.needs === '.' ? (sharedPath('gold/seeds.json') ? sharedPath('.') : null) : sharedPath(evaluation.needs);
    if (!path) {
      console.error(missingMessage(evaluation.needs === '.' ? 'gold/seeds.json' : evaluation.needs));
      continue;
    }
    const started = performance.now();
    const result = await evaluation.run(path);
    const seconds = (performance.now() - started) / 1000;
    for (const row of result) rows.push({ ...row, stage: evaluation.stage, seconds });
  }
  const header = ['stage', 'set', 'metric', 'value', 'target', 'met', 'note'];
  const lines = rows.map((r) => [r.stage, r.set, r.metric, fmt(r.value), fmt(r.target), r.target === undefined ? '' : (r.better === 'lower' ? r.value <= r.target : r.value >= r.target) ? 'yes' : 'NO', r.note ?? '']);
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const line of lines) console.log(`| ${line.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
