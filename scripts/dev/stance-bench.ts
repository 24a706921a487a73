// Dev: throughput of findFrames + findStance against annotate, on the climate articles (~640 words each).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/annotate/annotate.js';
import { articleFromText } from '../../src/eval/pipeline.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findFrames } from '../../src/profile/frames/find-frames.js';
import { findStance } from '../../src/profile/stance/find-stance.js';

const dir = sharedPath('data', 'framing-narrative-climate');
if (!dir) throw new Error('framing-narrative-climate not found');
const texts = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const words = texts.reduce((a, t) => a + t.split(/\s+/).length, 0);
let t0 = performance.now();
const articles = texts.map((t) => {
  const a = articleFromText(t);
  return { ...a, ...annotateArticle(a) };
});
const annotate = performance.now() - t0;
t0 = performance.now();
for (const a of articles) findFrames(a);
const frames = performance.now() - t0;
t0 = performance.now();
for (const a of articles) findStance(a);
const stance = performance.now() - t0;
const rate = (ms: number) => ((texts.length / ms) * 1000 * (words / texts.length / 700)).toFixed(0);
console.log(`${texts.length} articles, ${(words / texts.length).toFixed(0)} words each`);
console.log(`annotate ${annotate.toFixed(0)} ms (${rate(annotate)} 700-word articles/s); frames ${frames.toFixed(0)} ms (${rate(frames)}/s, +${((frames / annotate) * 100).toFixed(0)}%); stance ${stance.toFixed(0)} ms (${rate(stance)}/s, +${((stance / annotate) * 100).toFixed(0)}%)`);
