/** Grid over loaded-mass weights on BABE (dev only): F1 at the shipped threshold and at the best one. Run: npx tsx scripts/dev/babe-ablate.ts '{"attributedFactor":[1,0.8,0.6]}' */
import { annotateArticle } from '../../src/annotate/annotate.js';
import { readBabe, prf } from '../../src/eval/babe.js';
import { articleFromText } from '../../src/eval/pipeline.js';
import { sentenceSignals } from '../../src/profile/loaded/score-sentences.js';
import { loadedScore } from '../../src/profile/loaded/05-combine-scores.js';
import { LOADED_MODEL } from '../../src/profile/loaded/model.js';
import { sharedPath } from '../../src/eval/shared-data.js';
const rows = readBabe(sharedPath('data', 'babe') ?? '../shared/data/babe').filter((r) => r.label_bias === 'Biased' || r.label_bias === 'Non-biased');
const sigs = rows.map((r) => { const a = articleFromText(r.text); return sentenceSignals({ ...a, ...annotateArticle(a) }); });
const ys = rows.map((r) => r.label_bias === 'Biased');
const report = (name: string, p: any) => {
  const s = sigs.map((ss) => Math.max(0, ...ss.map((x) => loadedScore(x, p))));
  let best = { t: 0, f1: 0, p: 0, r: 0 };
  for (let t = 0.02; t < 1; t += 0.02) { const x = prf(s.map((v, i) => [v >= t, ys[i]!])); if (x.f1 > best.f1) best = { t, ...x }; }
  const at = prf(s.map((v, i) => [v >= p.loadedThreshold, ys[i]!]));
  console.log(name.padEnd(40), 'at', at.f1.toFixed(3), 'best', best.t.toFixed(2), best.p.toFixed(3), best.r.toFixed(3), best.f1.toFixed(3));
  return best.f1;
};
const sc = LOADED_MODEL.scoring as any;
report('current', sc);
const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
const keys = Object.keys(grid);
const rec = (k: number, acc: Record<string, number>) => { if (k === keys.length) { report(JSON.stringify(acc), { ...sc, ...acc }); return; } for (const v of grid[keys[k]!]!) rec(k + 1, { ...acc, [keys[k]!]: v }); };
if (keys.length) rec(0, {});
