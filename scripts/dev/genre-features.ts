/** Genre features and scores of the seeds and the example corpus, run through the product. Run: npx tsx scripts/dev/genre-features.ts */
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { articleFeatures } from '../../src/profile/genre/01-article-features.js';
import { classifyGenre } from '../../src/profile/genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from '../../src/profile/loaded/score-sentences.js';

const seeds = sharedPath('corpus', 'seeds');
for (const dir of [seeds, 'examples']) {
  if (!dir) continue;
  const report = await analyze([dir]);
  for (const a of report.articles) {
    const sig = sentenceSignals(a);
    const f = articleFeatures(a, sig, scoreSentences(a, sig));
    const g = classifyGenre(a);
    console.log(a.id.slice(0, 12).padEnd(12), g.genre.padEnd(10), Object.entries(g.scores).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '), '|', Object.entries(f).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
  }
}
