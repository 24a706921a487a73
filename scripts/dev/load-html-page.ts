/**
 * Loads one dev page for the HTML dev scripts: `--set rdb` reads Readability's test pages
 * (`<case>/source.html`, expected text from `expected.html`), otherwise the extraction benchmark.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface DevPage {
  readonly id: string;
  readonly html: string;
  /** The expected article text, paragraphs separated by newlines. */
  readonly expected: string;
}

export function loadDevPage(prefix: string, argv: readonly string[]): DevPage {
  const data = resolve(process.cwd(), '../shared/data');
  if (argv.includes('--set') && argv[argv.indexOf('--set') + 1] === 'rdb') {
    const dir = resolve(data, 'readability-test-pages');
    const ids = readdirSync(dir).sort();
    const id = ids.find((k) => k === prefix) ?? ids.find((k) => k.startsWith(prefix));
    if (!id) throw new Error(`No Readability test page starts with "${prefix}"; expected one of ${ids.slice(0, 5).join(', ')}…`);
    const html = readFileSync(resolve(dir, id, 'source.html'), 'utf8');
    const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(resolve(dir, id, 'expected.html'), 'utf8')}</body></html>`);
    const expected = [...document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, pre, td, blockquote')].map((e) => e.textContent ?? '').join('\n');
    return { id, html, expected: expected.trim() ? expected : document.body?.textContent ?? '' };
  }
  const dir = resolve(data, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const id = Object.keys(truth).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`No benchmark page id starts with "${prefix}"`);
  return { id, html: gunzipSync(readFileSync(resolve(dir, 'html', `${id}.html.gz`))).toString('utf8'), expected: truth[id]!.articleBody };
}
