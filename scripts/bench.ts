/**
 * `npm run bench`: throughput figures, measured in one run on this machine. Speed is measured
 * here, never by timed tests. Prints a table; `--json FILE` also writes it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractInputs } from '../src/analyze.js';
import { annotateArticle } from '../src/annotate/annotate.js';
import { profileArticle } from '../src/profile/profile-article.js';
import { benchHtml } from '../src/eval/html-bench.js';
import { articleFromText } from '../src/eval/pipeline.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import { extractText } from '../src/extract/text/extract-text.js';
import type { ExtractedArticle } from '../src/types.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { analyze } from '../src/analyze.js';
import { fingerprint, type Fingerprint } from '../src/stories/fingerprint.js';
import { GROUPING_DEFAULTS } from '../src/stories/group-stories.js';
import { createStoryIndex } from '../src/stories/story-index.js';
import { seededRandom } from '../src/lib/random.js';
import { openLibrary } from '../src/library/library.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { benchWorkers } from './bench-workers.js';

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
    // The profile stage on the same articles, as a share of the annotate stage's time (goal ≤ 30%).
    const annotated = articles.map((a) => ({ ...a, ...annotateArticle(a) }));
    const profilesPerSecond = rate(annotated, profileArticle, 3000);
    rows.push({ what: 'profile stage (loaded, opinion, genre, frames, stance) time vs annotate', unit: '% of annotate', value: (100 * perSecond) / profilesPerSecond, note: `${profilesPerSecond.toFixed(0)} articles/s profiled vs ${perSecond.toFixed(0)} annotated` });
  } else console.error(missingMessage('data/gva-incidents/articles.jsonl'));

  if (gva) rows.push(...groupingCost(gva), ...(await analyzeThroughput(gva)), ...(await libraryThroughput(gva)));

  // Workers against PostgreSQL (DATABASE_URL): 1 and 2 processes on 10,000 dev-set articles (PARALLAX_BENCH_WORKER_ARTICLES to change).
  rows.push(...(await benchWorkers(Number(process.env.PARALLAX_BENCH_WORKER_ARTICLES ?? 10_000))));

  const started = performance.now();
  let count = 0;
  for await (const item of extractInputs(['examples'])) if (item.kind === 'article') count++;
  rows.push({ what: 'end to end: ingest + extract of examples/', unit: 'articles/s', value: count / ((performance.now() - started) / 1000), note: `${count} articles, cold (includes module warm-up)` });

  console.log('| what | value | unit | note |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.what} | ${r.value.toFixed(1)} | ${r.unit} | ${r.note ?? ''} |`);
  const i = process.argv.indexOf('--json');
  if (i > 0 && process.argv[i + 1]) writeFileSync(process.argv[i + 1]!, `${JSON.stringify(rows, null, 2)}\n`);
}

/**
 * Grouping cost per article as the index grows: a synthetic corpus of fingerprints made from the GVA
 * articles, each copy with its own invented names and dates and a fifth of its terms dropped, so the
 * copies are look-alike events. Cost = time to add the next 1,000 articles at 1k, 10k and 100k.
 */
function groupingCost(gvaPath: string): BenchRow[] {
  const base = readFileSync(gvaPath, 'utf8').split('\n').filter(Boolean).slice(0, 1000).map((line) => {
    const row = JSON.parse(line) as { doc_id: string; content?: string; title?: string; dct?: string };
    const a = { ...articleFromText(row.content ?? '', row.dct ?? null, row.doc_id), title: row.title ?? null };
    return fingerprint({ ...a, ...annotateArticle(a) });
  });
  const next = seededRandom(7); // the same synthetic corpus every run
  let serial = 0;
  const synthetic = (): Fingerprint => {
    const b = base[serial % base.length] as Fingerprint;
    const copy = Math.floor(serial / base.length);
    serial++;
    const terms = new Map([...b.terms].filter(() => next() > 0.2));
    terms.set(`place${copy}x${serial % 97}`, 3);
    terms.set(`name${serial}`, 2);
    return { id: `${b.id}-${serial}`, terms, day: (b.day ?? 16000) + copy * 3 };
  };
  const index = createStoryIndex(GROUPING_DEFAULTS);
  const rows: BenchRow[] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    while (index.size < size) index.add(synthetic());
    const batch = Array.from({ length: 1000 }, synthetic);
    const started = performance.now();
    for (const fp of batch) index.add(fp);
    const ms = (performance.now() - started) / batch.length;
    rows.push({ what: `grouping: cost per article added at ${size.toLocaleString('en')} articles`, unit: 'ms/article', value: ms, note: 'synthetic look-alike corpus from 1,000 GVA articles; candidates via the inverted index' });
  }
  return rows;
}

/** Whole `analyze` (ingest, extract, annotate, stories) on 500 articles of about 700 words, from one JSONL file. */
async function analyzeThroughput(gvaPath: string): Promise<BenchRow[]> {
  const rows = readFileSync(gvaPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc_id: string; content?: string; title?: string; dct?: string });
  const long = rows.filter((r) => words(r.content ?? '') >= 300);
  const records = long.slice(0, 500).map((r, i) => {
    let text = r.content ?? '';
    // Pad to about 700 words with the next long article's paragraphs (the same kind of text).
    for (let k = 1; words(text) < 650; k++) text += `\n\n${long[(i + k) % long.length]?.content ?? ''}`;
    return { id: `${r.doc_id}-${i}`, title: r.title, published: r.dct, text: text.split(/\s+/).slice(0, 700).join(' ') };
  });
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
  await analyze([file]); // warm-up
  const started = performance.now();
  const report = await analyze([file]);
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return [{ what: 'analyze end to end (ingest, extract, annotate, stories)', unit: 'articles/s', value: report.articles.length / seconds, note: `${report.articles.length} GVA articles cut/padded to 700 words, ${report.stories.length} stories, one core` }];
}

/** The persistent library on embedded SQLite: ingest rate (analysis + commit + placement + re-derivation), then the reads a page makes. */
async function libraryThroughput(gvaPath: string): Promise<BenchRow[]> {
  const rows = readFileSync(gvaPath, 'utf8').split('\n').filter(Boolean).slice(0, 1000).map((l) => JSON.parse(l) as { doc_id: string; content?: string; title?: string; dct?: string });
  const articles = rows.map((r) => articleFromText(r.content ?? '', r.dct ?? null, r.doc_id));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-lib-'));
  const library = await openLibrary({ store: await openSqliteStore(join(dir, 'library')) });
  const started = performance.now();
  await library.add(articles);
  const seconds = (performance.now() - started) / 1000;
  const stories = await library.store.listStories();
  const ids = stories.map((s) => s.story.id);
  const p50 = async (fn: (i: number) => Promise<unknown>, n = 200) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await fn(i);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(n / 2)] as number;
  };
  const storyPage = await p50(async (i) => {
    const s = await library.store.getStory(ids[i % ids.length] as string);
    if (s) await library.store.getArticles(s.story.articleIds);
  });
  const list = await p50(() => library.store.listStories({ limit: 50 }));
  const search = await p50((i) => library.store.search(['police', 'shot', 'Chicago', 'wounded'][i % 4] as string, { limit: 50 }));
  await library.close();
  rmSync(dir, { recursive: true, force: true });
  const note = `${articles.length} GVA articles into a new SQLite library, ${stories.length} stories`;
  return [
    { what: 'library ingest (analyse, commit, place, re-derive stories)', unit: 'articles/s', value: articles.length / seconds, note },
    { what: 'library story page reads (story + its articles), p50', unit: 'ms', value: storyPage, note },
    { what: 'library story list (50 most recent), p50', unit: 'ms', value: list, note },
    { what: 'library search (one common word, 50 hits), p50', unit: 'ms', value: search, note },
  ];
}

await main();
