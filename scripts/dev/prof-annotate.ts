/**
 * Where the annotate stage spends its time: runs each step of `annotateArticle` over the same 500
 * GVA articles as `npm run bench` and prints words/s per step and overall. Also usable under
 * `node --cpu-prof --import tsx scripts/dev/prof-annotate.ts` to read self times per function.
 */
import { readFileSync } from 'node:fs';
import { findClaims } from '../../src/annotate/claims/index.js';
import { findEntities } from '../../src/annotate/entities/index.js';
import { findQuotes } from '../../src/annotate/quotes/index.js';
import { createActorResolver } from '../../src/annotate/resolve-actor.js';
import { splitSentences } from '../../src/annotate/sentences/split-sentences.js';
import { findTimes } from '../../src/annotate/time/find-times.js';
import { missingMessage, sharedPath } from '../../src/eval/shared-data.js';

const STEPS = ['sentences', 'entities', 'resolver', 'quotes', 'claims', 'times'] as const;
type Step = (typeof STEPS)[number];

const gva = sharedPath('data/gva-incidents/articles.jsonl');
if (!gva) throw new Error(missingMessage('data/gva-incidents/articles.jsonl'));
const rounds = Number(process.argv[2] ?? 5);
const articles = readFileSync(gva, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 500)
  .map((line) => {
    const row = JSON.parse(line) as { title?: string; content?: string; dct?: string };
    const text = row.content ?? '';
    return { text, title: row.title ?? null, published: row.dct ?? null, paragraphs: [{ start: 0, end: text.length, text }] };
  });
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);

const spent: Record<Step, number> = { sentences: 0, entities: 0, resolver: 0, quotes: 0, claims: 0, times: 0 };
function timed<T>(step: Step, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  spent[step] += performance.now() - started;
  return result;
}

for (let round = 0; round <= rounds; round++) {
  if (round === 1) for (const s of STEPS) spent[s] = 0; // round 0 warms up
  for (const a of articles) {
    const sentences = timed('sentences', () => splitSentences(a.text, a.paragraphs));
    const entities = timed('entities', () => findEntities(a.text, { title: a.title }));
    const resolveActor = timed('resolver', () => createActorResolver(entities));
    const quotes = timed('quotes', () => findQuotes({ text: a.text, sentences, resolveActor }));
    timed('claims', () => findClaims({ text: a.text, sentences, resolveActor }, quotes));
    timed('times', () => findTimes(a.text, a.published));
  }
}

const total = STEPS.reduce((n, s) => n + spent[s], 0);
const rate = (ms: number) => ((words * rounds) / (ms / 1000)).toFixed(0).padStart(10);
console.log(`${articles.length} GVA articles, ${words} words, ${rounds} timed rounds`);
for (const s of STEPS) console.log(`${s.padEnd(10)} ${rate(spent[s])} words/s  ${((100 * spent[s]) / total).toFixed(1).padStart(5)}%`);
console.log(`${'overall'.padEnd(10)} ${rate(total)} words/s`);
