/** Profile throughput (sentences/s) on the seeds and examples, annotate excluded, and the seed loaded spans. Run: npx tsx scripts/dev/babe-throughput.ts */
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { classifyGenre } from '../../src/profile/genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from '../../src/profile/loaded/score-sentences.js';

const dirs = [sharedPath('corpus', 'seeds'), 'examples'].filter((d): d is string => d !== null);
const articles = (await analyze(dirs)).articles;
for (const a of articles.filter((x) => ['000', '001'].includes(x.id))) console.log(a.id, scoreSentences(a).flatMap((s) => s.loadedSpans.map((x) => x.text)).join(' | '));
const rounds = 200;
let sentences = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) { const sig = sentenceSignals(a); classifyGenre(a, sig, scoreSentences(a, sig)); sentences += a.sentences.length; }
const s = (performance.now() - t0) / 1000;
console.log(`${(sentences / s).toFixed(0)} sentences/s, ${((articles.length * rounds) / s).toFixed(0)} articles/s (scores + genre)`);
