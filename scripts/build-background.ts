/**
 * Builds model/background-df.json: how many documents of a general news background carry each
 * content word, so grouping knows "said" or "government" from "Durand" before its own corpus is large.
 *
 * Built only from sets whose licence allows derived data to ship (../shared/data/README.md): the
 * article-extraction benchmark (MIT), Readability's test pages (Apache-2.0), narrative-framing
 * climate articles (MIT) and NewsMTSC sentences (MIT-style), grouped by their source article.
 * Only document frequencies of words in two or more documents are kept: no text ships.
 * Run: npx tsx scripts/build-background.ts [../shared]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentTerms } from '../src/stories/terms.js';

const root = process.argv[2] ?? process.env.PARALLAX_SHARED ?? '../shared';
const data = join(root, 'data');
const docs: string[] = [];

const bench = JSON.parse(readFileSync(join(data, 'article-extraction-benchmark/ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
for (const v of Object.values(bench)) if (v.articleBody) docs.push(v.articleBody);

const pages = join(data, 'readability-test-pages');
for (const dir of readdirSync(pages)) {
  const file = join(pages, dir, 'expected.html');
  if (existsSync(file)) docs.push(readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' '));
}

for (const line of readFileSync(join(data, 'framing-narrative-climate/articles.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) docs.push((JSON.parse(line) as { text: string }).text);
}

// NewsMTSC: sentences of one source article share the gid's head (`allsides_<article>`, `polusa_v1_<article>`).
const byArticle = new Map<string, string[]>();
for (const line of readFileSync(join(data, 'newsmtsc/train.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { primary_gid: string; sentence_normalized: string };
  const parts = row.primary_gid.split('_');
  const key = parts.slice(0, parts[0] === 'polusa' ? 3 : 2).join('_');
  byArticle.set(key, [...(byArticle.get(key) ?? []), row.sentence_normalized]);
}
for (const sentences of byArticle.values()) docs.push(sentences.join(' '));

const df = new Map<string, number>();
for (const doc of docs) for (const t of new Set(contentTerms(doc))) df.set(t, (df.get(t) ?? 0) + 1);
const kept = Object.fromEntries([...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
writeFileSync(
  'model/background-df.json',
  `${JSON.stringify({ about: 'Document frequencies of content words over a news background (see scripts/build-background.ts); words in fewer than two documents are left out.', docs: docs.length, df: kept })}\n`,
);
console.log(`${docs.length} documents, ${Object.keys(kept).length} words kept`);
