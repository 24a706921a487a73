/** Threshold sweep on BABE (dev only): F1 of the biased class and of opinionated sentences at each threshold. Run: npx tsx scripts/dev/babe-sweep.ts */
import { prf, scoreBabe } from '../../src/eval/babe.js';
import { sharedPath } from '../../src/eval/shared-data.js';

const dir = sharedPath('data', 'babe');
if (!dir) throw new Error('../shared/data/babe not found; set PARALLAX_SHARED');
const t0 = performance.now();
const scores = scoreBabe(dir);
console.log(`${scores.length} rows in ${(performance.now() - t0).toFixed(0)} ms`);
const row = (name: string, t: number, x: { p: number; r: number; f1: number }) => console.log(`${name} t=${t.toFixed(2)} P=${x.p.toFixed(3)} R=${x.r.toFixed(3)} F1=${x.f1.toFixed(3)}`);
for (let t = 0.05; t < 1; t += 0.05) row('biased', t, prf(scores.map((s) => [s.loaded >= t, s.biased])));
const op = scores.filter((s) => s.opinion !== null);
for (let t = 0.05; t < 1; t += 0.05) row('opinion', t, prf(op.map((s) => [s.opinionScore >= t, s.opinion !== 'factual'])));
// Ranking quality independent of the threshold.
const auc = (xs: { y: boolean; s: number }[]) => { const pos = xs.filter((x) => x.y).map((x) => x.s); const neg = xs.filter((x) => !x.y).map((x) => x.s); let c = 0; for (const p of pos) for (const n of neg) c += p > n ? 1 : p === n ? 0.5 : 0; return c / (pos.length * neg.length); };
console.log('AUC biased', auc(scores.map((s) => ({ y: s.biased, s: s.loaded }))).toFixed(3), 'AUC opinion', auc(op.map((s) => ({ y: s.opinion !== 'factual', s: s.opinionScore }))).toFixed(3));
for (const a of [0, 0.25, 0.5, 0.75]) {
  let best = { t: 0, f1: 0, p: 0, r: 0 };
  for (let t = 0.05; t < 1; t += 0.01) { const x = prf(scores.map((s) => [a * s.loaded + (1 - a) * s.opinionScore >= t, s.biased])); if (x.f1 > best.f1) best = { t, ...x }; }
  console.log(`combined a=${a} best t=${best.t.toFixed(2)} P=${best.p.toFixed(3)} R=${best.r.toFixed(3)} F1=${best.f1.toFixed(3)}`);
}
