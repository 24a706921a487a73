// Dev: the profile stage's parts against annotate on 500 GVA articles (what `npm run bench` measures),
// and with `--dump FILE` every profile as JSON, to check a speed change leaves outputs identical.
import { readFileSync, writeFileSync } from 'node:fs';
import { annotateArticle } from '../../src/annotate/annotate.js';
import { articleFromText } from '../../src/eval/pipeline.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findFrames } from '../../src/profile/frames/find-frames.js';
import { classifyGenre } from '../../src/profile/genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from '../../src/profile/loaded/score-sentences.js';
import { profileArticle } from '../../src/profile/profile-article.js';
import { findStance } from '../../src/profile/stance/find-stance.js';

const gva = sharedPath('data/gva-incidents/articles.jsonl');
if (!gva) throw new Error('data/gva-incidents/articles.jsonl not found');
const lines = readFileSync(gva, 'utf8').split('\n').filter(Boolean).slice(0, 500);
const articles = lines.map((line) => {
  const row = JSON.parse(line) as { doc_id: string; content?: string; dct?: string };
  const a = articleFromText(row.content ?? '', row.dct ?? null, row.doc_id);
  return { ...a, ...annotateArticle(a) };
});
const time = (fn: () => void, rounds = 3) => {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};
const dump = process.argv.indexOf('--dump');
if (dump > 0) {
  writeFileSync(process.argv[dump + 1]!, JSON.stringify(articles.map((a) => { const p = profileArticle(a); return { genre: p.genre, genreScores: p.genreScores, frames: p.frames, stance: p.stance, sentences: p.sentences.map((s) => [s.loaded, s.opinion, s.loadedSpans]) }; })));
}
const annotate = time(() => articles.forEach((a) => annotateArticle(a)));
const parts = {
  signals: time(() => articles.forEach((a) => sentenceSignals(a))),
  scores: time(() => articles.forEach((a) => scoreSentences(a, sentenceSignals(a)))),
  genre: time(() => articles.forEach((a) => { const s = sentenceSignals(a); classifyGenre(a, s, scoreSentences(a, s)); })),
  frames: time(() => articles.forEach((a) => findFrames(a))),
  stance: time(() => articles.forEach((a) => findStance(a))),
  profile: time(() => articles.forEach((a) => profileArticle(a))),
};
console.log(`annotate ${annotate.toFixed(0)} ms`);
for (const [k, v] of Object.entries(parts)) console.log(`${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms  ${((100 * v) / annotate).toFixed(1)}% of annotate`);
