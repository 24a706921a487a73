/** `npx tsx scripts/dev/bench-html.ts`: pages/s of extractHtml vs Readability over the benchmark pages. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchHtml } from '../../src/eval/html-bench.js';

const dir = resolve(process.cwd(), '../shared/data/article-extraction-benchmark/html');
const pages = readdirSync(dir).map((f) => gunzipSync(readFileSync(resolve(dir, f))).toString('utf8'));
console.log(await benchHtml(pages));
