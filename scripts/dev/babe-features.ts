/** Per-feature ranking quality on BABE (dev only): AUC of each sentence signal against the biased label. Run: npx tsx scripts/dev/babe-features.ts */
import { annotateArticle } from '../../src/annotate/annotate.js';
import { readBabe } from '../../src/eval/babe.js';
import { articleFromText } from '../../src/eval/pipeline.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { sentenceWords } from '../../src/profile/loaded/01-sentence-words.js';
import { findCues } from '../../src/profile/loaded/02-find-cues.js';
import { attributedSentences } from '../../src/profile/loaded/04-attribution.js';
import { loadedMass, loadedScore, opinionScore } from '../../src/profile/loaded/05-combine-scores.js';

const dir = sharedPath('data', 'babe');
if (!dir) throw new Error('../shared/data/babe not found');
const rows = readBabe(dir).filter((r) => r.label_bias !== 'No agreement');
const feats: Record<string, number>[] = [];
const ys: boolean[] = [];
for (const r of rows) {
  const a = articleFromText(r.text);
  const ann = annotateArticle(a);
  const words = sentenceWords(a.text, ann.sentences, ann.quotes);
  const att = attributedSentences(ann.sentences, ann.quotes, ann.claims);
  const f: Record<string, number> = { loadedMass: 0, attributed: 0, len: 0, digits: (r.text.match(/\d/g) ?? []).length > 0 ? 1 : 0, quoteMarks: /["“”]/.test(r.text) ? 1 : 0 };
  ann.sentences.forEach((s, i) => {
    const w = words[i] ?? [];
    const cues = findCues(w);
    const sig = { words: w, cues, question: /\?\s*$/.test(s.text), exclamation: /!\s*$/.test(s.text), attributed: att[i] ?? false, times: 0, numbers: 0 };
    f.loadedMass = Math.max(f.loadedMass!, loadedMass(sig));
    f.opinion = Math.max(f.opinion ?? 0, opinionScore(sig, loadedScore(sig)));
    f.times = ann.times.length;
    f.mentions = ann.entities.reduce((n, e) => n + e.mentions.length, 0) / Math.max(1, w.length);
    f.ed = w.filter((x) => x.word.endsWith('ed')).length / Math.max(1, w.length);
    f.be = w.filter((x) => ['is', 'are', 'be', "isn't", "aren't"].includes(x.word)).length;
    f.names = w.filter((x) => x.name).length / Math.max(1, w.length);
    f.quoted = w.filter((x) => x.quoted).length / Math.max(1, w.length);
    if (att[i]) f.attributed = 1;
    f.len! += w.length;
    for (const c of cues) f[c.kind] = (f[c.kind] ?? 0) + (c.kind === 'sentiment' ? c.weight : 1);
  });
  feats.push(f);
  ys.push(r.label_bias === 'Biased');
}
const auc = (s: number[]) => { const idx = s.map((x, i) => [x, ys[i]] as const).sort((a, b) => a[0] - b[0]); let rank = 0, sumPos = 0, nPos = 0; for (let i = 0; i < idx.length;) { let j = i; while (j < idx.length && idx[j]![0] === idx[i]![0]) j++; const r = (i + j + 1) / 2; for (let k = i; k < j; k++) if (idx[k]![1]) sumPos += r, nPos++; rank = j; i = j; } const nNeg = idx.length - nPos; void rank; return (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg); };
const keys = [...new Set(feats.flatMap((f) => Object.keys(f)))];
for (const k of keys) console.log(k.padEnd(12), auc(feats.map((f) => f[k] ?? 0)).toFixed(3));

// Exploratory ceiling (never shipped): 5-fold cross-validated logistic regression over these features.
const K = keys;
const mean = K.map((k) => feats.reduce((a, f) => a + (f[k] ?? 0), 0) / feats.length);
const sd = K.map((k, j) => Math.sqrt(feats.reduce((a, f) => a + ((f[k] ?? 0) - mean[j]!) ** 2, 0) / feats.length) || 1);
const X = feats.map((f) => K.map((k, j) => ((f[k] ?? 0) - mean[j]!) / sd[j]!));
const pred: number[] = new Array(X.length).fill(0);
for (let fold = 0; fold < 5; fold++) {
  const w = new Array(K.length).fill(0); let b = 0;
  for (let it = 0; it < 500; it++) { const g = new Array(K.length).fill(0); let gb = 0; let n = 0;
    X.forEach((x, i) => { if (i % 5 === fold) return; n++; const z = b + x.reduce((a, v, j) => a + v * w[j], 0); const e = 1 / (1 + Math.exp(-z)) - (ys[i] ? 1 : 0); gb += e; x.forEach((v, j) => (g[j] += e * v)); });
    w.forEach((_, j) => (w[j] -= (0.5 * g[j]) / n)); b -= (0.5 * gb) / n; }
  X.forEach((x, i) => { if (i % 5 === fold) pred[i] = b + x.reduce((a, v, j) => a + v * w[j], 0); });
  if (fold === 0) console.log(K.map((k, j) => `${k}:${w[j].toFixed(2)}`).join(' '));
}
console.log('CV AUC', auc(pred).toFixed(3));
let best = 0; for (let t = -3; t < 3; t += 0.05) { let tp = 0, fp = 0, fn = 0; pred.forEach((p, i) => { if (p >= t && ys[i]) tp++; else if (p >= t) fp++; else if (ys[i]) fn++; }); best = Math.max(best, (2 * tp) / (2 * tp + fp + fn)); }
console.log('CV best F1', best.toFixed(3));
