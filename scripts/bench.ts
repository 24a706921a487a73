/**
 * `npm run bench`: throughput figures, measured in one run on this machine. Speed is measured
 * here, never by timed tests. Prints a table; `--json FILE` also writes it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractInputs } from '../src/analyze.js';
import { annotateArticle } from '../src/annotate/annotate.js';
import { benchHtml } from '../src/eval/html-bench.js';
import { articleFromText } from '../src/eval/pipeline.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import { extractText } from '../src/extract/text/extract-text.js';
import type { ExtractedArticle } from '../src/types.js';

interface BenchRow {
  readonly what: string;
  readonly unit: string;
  readonly value: number;
  readonly note?: string;
}

/** Runs `fn` over `items` repeatedly for at least `minMs`, returning items per second. */
function rate<T>(items: readonly T[], fn: (item: T) => unknown, minMs = 2000): number {
  for (const item of items) fn(item); // warm-up
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) {
    for (const item of items) fn(item);
    done += items.length;
  }
  return done / ((performance.now() - started) / 1000);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const benchmark = sharedPath('data/article-extraction-benchmark/html');
  if (benchmark) {
    const pages = readdirSync(benchmark).filter((f) => f.endsWith('.html.gz')).map((f) => gunzipSync(readFileSync(join(benchmark, f))).toString('utf8'));
    for (const r of await benchHtml(pages)) rows.push({ what: `HTML extraction: ${r.method}`, unit: 'pages/s', value: r.pagesPerSecond, note: `${pages.length} benchmark pages, same run` });
  } else console.error(missingMessage('data/article-extraction-benchmark'));

  const seeds = sharedPath('corpus/seeds');
  const texts = seeds ? readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8')) : [readFileSync(new URL('../README.md', import.meta.url), 'utf8')];
  rows.push({ what: 'plain-text extraction (extractText)', unit: 'articles/s', value: rate(texts, (t) => extractText(t)), note: seeds ? `${texts.length} seed articles` : 'README as input' });

  const gva = sharedPath('data/gva-incidents/articles.jsonl');
  if (gva) {
    const lines = readFileSync(gva, 'utf8').split('\n').filter(Boolean).slice(0, 500);
    const articles: ExtractedArticle[] = lines.map((line) => {
      const row = JSON.parse(line) as { doc_id: string; content?: string; dct?: string };
      return articleFromText(row.content ?? '', row.dct ?? null, row.doc_id);
    });
    const total = articles.reduce((n, a) => n + words(a.text), 0);
    const perSecond = rate(articles, annotateArticle, 3000);
    rows.push({ what: 'annotate stage (sentences, entities, quotes, claims, times, events)', unit: 'words/s', value: (perSecond * total) / articles.length, note: `${articles.length} GVA articles, ${total} words, one core` });
  } else console.error(missingMessage('data/gva-incidents/articles.jsonl'));

  const started = performance.now();
  let count = 0;
  for await (const item of extractInputs(['examples'])) if (item.kind === 'article') count++;
  rows.push({ what: 'end to end: ingest + extract of examples/', unit: 'articles/s', value: count / ((performance.now() - started) / 1000), note: `${count} articles, cold (includes module warm-up)` });

  console.log('| what | value | unit | note |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.value.toFixed(1)} | ${r.unit} | ${r.note ?? ''} |`);
  const i = process.argv.indexOf('--json');
  if (i > 0 && process.argv[i + 1]) writeFileSync(process.argv[i + 1]!, `${JSON.stringify(rows, null, 2)}\n`);
}

await main();
