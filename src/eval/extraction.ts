import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../extract/html/index.js';
import { readabilityBaseline } from './readability-baseline.js';
import { shingleScore, type ShingleScore } from './shingles.js';
import type { EvalRow } from './types.js';

/** One page scored for one extractor: what `--per-page` debug output prints. */
export interface PageScore extends ShingleScore {
  readonly id: string;
  readonly method: string;
  readonly titleMatch?: boolean;
  readonly bylineMatch?: boolean;
}

export interface PageScores {
  readonly parallax: PageScore[];
  readonly readability: PageScore[];
}

/** Published full-benchmark F1 of the best open-source extractor: the quality target. */
const BENCHMARK_TARGET_F1 = 0.97;

export function paragraphsText(paragraphs: readonly { text: string }[]): string {
  return paragraphs.map((p) => p.text).join('\n\n');
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function scoreRows(set: string, who: string, pages: readonly PageScore[], target?: number): EvalRow[] {
  const note = `${pages.length} pages`;
  return [
    { set, metric: `F1 (${who})`, value: mean(pages.map((p) => p.f1)), ...(target !== undefined ? { target } : {}), note },
    { set, metric: `precision (${who})`, value: mean(pages.map((p) => p.precision)), note },
    { set, metric: `recall (${who})`, value: mean(pages.map((p) => p.recall)), note },
  ];
}

function matchRows(set: string, who: string, pages: readonly PageScore[]): EvalRow[] {
  const rate = (key: 'titleMatch' | 'bylineMatch'): number => mean(pages.map((p) => (p[key] ? 1 : 0)));
  return [
    { set, metric: `title exact match (${who})`, value: rate('titleMatch'), note: 'case-insensitive, whitespace-normalised' },
    { set, metric: `byline exact match (${who})`, value: rate('bylineMatch'), note: 'null matches null' },
  ];
}

/** Per-page scores on the article-extraction benchmark (`html/<id>.html.gz` + `ground-truth.json`). */
export async function scoreExtractionBenchmark(dir: string, options: { baseline?: boolean } = {}): Promise<PageScores> {
  const truth = JSON.parse(await readFile(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const parallax: PageScore[] = [];
  const readability: PageScore[] = [];
  for (const id of Object.keys(truth).sort()) {
    const html = gunzipSync(await readFile(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const expected = truth[id]?.articleBody ?? '';
    const ours = extractHtml(html);
    parallax.push({ id, method: ours.method, ...shingleScore(paragraphsText(ours.paragraphs), expected) });
    if (options.baseline !== false) readability.push({ id, method: 'readability.js', ...shingleScore(readabilityBaseline(html).text, expected) });
  }
  return { parallax, readability };
}

export async function evalExtractionBenchmark(dir: string): Promise<EvalRow[]> {
  const { parallax, readability } = await scoreExtractionBenchmark(dir);
  const set = 'extraction-benchmark';
  return [...scoreRows(set, 'parallax', parallax, BENCHMARK_TARGET_F1), ...scoreRows(set, 'readability.js', readability)];
}

/** Per-page scores on Readability's test pages (`<case>/{source.html, expected.html, expected-metadata.json}`). */
export async function scoreReadabilityPages(dir: string): Promise<PageScores> {
  const parallax: PageScore[] = [];
  const readability: PageScore[] = [];
  for (const id of (await readdir(dir)).sort()) {
    let html: string;
    let expectedHtml: string;
    let meta: { title?: string | null; byline?: string | null };
    try {
      html = await readFile(join(dir, id, 'source.html'), 'utf8');
      expectedHtml = await readFile(join(dir, id, 'expected.html'), 'utf8');
      meta = JSON.parse(await readFile(join(dir, id, 'expected-metadata.json'), 'utf8')) as typeof meta;
    } catch {
      continue; // not a test case folder
    }
    const expected = parseHTML(`<!doctype html><html><body>${expectedHtml}</body></html>`).document.body?.textContent ?? '';
    const ours = extractHtml(html);
    parallax.push({
      id, method: ours.method, ...shingleScore(paragraphsText(ours.paragraphs), expected),
      titleMatch: sameText(ours.title, meta.title), bylineMatch: sameText(ours.byline, meta.byline),
    });
    const base = readabilityBaseline(html);
    readability.push({
      id, method: 'readability.js', ...shingleScore(base.text, expected),
      titleMatch: sameText(base.title, meta.title), bylineMatch: sameText(base.byline, meta.byline),
    });
  }
  return { parallax, readability };
}

export async function evalReadabilityPages(dir: string): Promise<EvalRow[]> {
  const { parallax, readability } = await scoreReadabilityPages(dir);
  const set = 'readability-test-pages';
  return [
    ...scoreRows(set, 'parallax', parallax), ...matchRows(set, 'parallax', parallax),
    ...scoreRows(set, 'readability.js', readability), ...matchRows(set, 'readability.js', readability),
  ];
}
