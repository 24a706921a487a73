/**
 * Shows what one benchmark page's extraction got wrong: `npx tsx scripts/dev/diff-page.ts <id-prefix> [--rdb] [--set rdb]`.
 * "+" lines were extracted but are not in the ground truth; "-" truth paragraphs were missed.
 */
import { extractHtml } from '../../src/extract/html/index.js';
import { readabilityBaseline } from '../../src/eval/readability-baseline.js';
import { shingles } from '../../src/eval/shingles.js';

import { loadDevPage } from './load-html-page.js';

const { id, html, expected } = loadDevPage(process.argv[2] ?? '', process.argv);
const useRdb = process.argv.includes('--rdb');
const out = useRdb ? null : extractHtml(html);
const predicted = useRdb ? readabilityBaseline(html).text.split(/\n\s*\n|\n/) : out!.paragraphs.map((p) => (p.heading ? '## ' : '') + p.text);
const truthSh = shingles(expected);
const predSh = shingles(predicted.join('\n'));
const cut = (s: string): string => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
console.log(id, out?.method, out?.attempts);
console.log('title:', out?.title, '| byline:', out?.byline, '| date:', out?.published, '| outlet:', out?.outlet, '| dek:', out?.dek && cut(out.dek));
for (const p of predicted) {
  const s = shingles(p);
  const hit = [...s].filter((x) => truthSh.has(x)).length;
  if (p.trim() && (s.size === 0 ? !expected.includes(p.trim()) : hit / s.size < 0.5)) console.log('+', cut(p.trim()));
}
for (const p of expected.split(/\n+/)) {
  const s = shingles(p);
  const hit = [...s].filter((x) => predSh.has(x)).length;
  if (p.trim() && (s.size === 0 ? !predicted.join(' ').includes(p.trim()) : hit / s.size < 0.5)) console.log('-', cut(p.trim()));
}
if (process.argv.includes('--removed')) for (const r of out?.removed ?? []) console.log('x', r.reason, cut(r.text));
