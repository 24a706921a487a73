/**
 * Dev loop for the HTML extractor: `npx tsx scripts/dev/eval-html.ts [--per-page] [--set bench|rdb] [--worst N]`.
 * Prints the summary rows of both sets and, with --per-page, each page's F1 for parallax and
 * readability.js, worst first, so the pages that lose can be studied.
 */
import { resolve } from 'node:path';
import { scoreExtractionBenchmark, scoreReadabilityPages, type PageScores } from '../../src/eval/extraction.js';

const args = process.argv.slice(2);
const perPage = args.includes('--per-page');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const worst = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : Infinity;
const data = resolve(process.cwd(), '../shared/data');

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function report(name: string, s: PageScores): void {
  for (const who of ['parallax', 'readability'] as const) {
    const pages = s[who];
    const extra = pages[0]?.titleMatch !== undefined
      ? ` title ${mean(pages.map((p) => (p.titleMatch ? 1 : 0))).toFixed(3)} byline ${mean(pages.map((p) => (p.bylineMatch ? 1 : 0))).toFixed(3)}`
      : '';
    console.log(`${name.padEnd(12)} ${who.padEnd(12)} P ${mean(pages.map((p) => p.precision)).toFixed(4)} R ${mean(pages.map((p) => p.recall)).toFixed(4)} F1 ${mean(pages.map((p) => p.f1)).toFixed(4)}${extra}`);
  }
  if (!perPage) return;
  const rows = s.parallax.map((p, i) => ({ p, r: s.readability[i]! })).sort((a, b) => a.p.f1 - b.p.f1).slice(0, worst);
  for (const { p, r } of rows) {
    console.log(`  ${p.id.slice(0, 16).padEnd(16)} ours P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)} | rdb F1 ${r.f1.toFixed(3)} ${p.method}${p.titleMatch === false ? ' [title]' : ''}${p.bylineMatch === false ? ' [byline]' : ''}`);
  }
}

const t0 = Date.now();
if (only !== 'rdb') report('benchmark', await scoreExtractionBenchmark(resolve(data, 'article-extraction-benchmark')));
if (only !== 'bench') report('readability', await scoreReadabilityPages(resolve(data, 'readability-test-pages')));
console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
