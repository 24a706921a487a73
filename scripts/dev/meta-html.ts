/** `npx tsx scripts/dev/meta-html.ts [title|byline]`: Readability test pages whose title or byline we get wrong, ours vs expected. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractHtml } from '../../src/extract/html/index.js';

const which = (process.argv[2] ?? 'title') as 'title' | 'byline';
const dir = resolve(process.cwd(), '../shared/data/readability-test-pages');
const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
let wrong = 0;
for (const id of readdirSync(dir).sort()) {
  let meta: { title?: string | null; byline?: string | null };
  try {
    meta = JSON.parse(readFileSync(resolve(dir, id, 'expected-metadata.json'), 'utf8')) as typeof meta;
  } catch {
    continue;
  }
  const ours = extractHtml(readFileSync(resolve(dir, id, 'source.html'), 'utf8'))[which];
  if (norm(ours) === norm(meta[which])) continue;
  wrong++;
  console.log(`${id.padEnd(24)} ours ${JSON.stringify(ours?.slice(0, 90))}\n${''.padEnd(24)} want ${JSON.stringify(norm(meta[which]).slice(0, 90))}`);
}
console.log(`${wrong} wrong`);
