// Dumps PolNeAR misses and false positives for error analysis: `tsx scripts/dev/polnear-errors.ts [train|dev] > out.jsonl`.
// Same matching as src/eval/polnear.ts (word-overlap F1 ≥ 0.5, greedy); one JSON line per error with its sentence context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../../src/eval/pipeline.js';

interface Part { spans: [number, number][]; text: string }
interface Attribution { content?: Part; source?: Part; cue?: Part }
interface Doc { text: string; attributions: Attribution[] }

const split = process.argv[2] ?? 'train';
const dir = process.env.POLNEAR_DIR ?? '../shared/data/polnear';
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string, spans: readonly (readonly [number, number])[]) => {
  const out = new Set<number>();
  for (const [a, b] of spans) for (const m of text.slice(a, b).matchAll(WORD)) out.add(a + m.index);
  return out;
};
const f1 = (a: Set<number>, b: Set<number>) => {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : (2 * inter) / (a.size + b.size);
};
const docs = readFileSync(join(dir, `polnear_${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
docs.forEach((doc, di) => {
  const { quotes } = annotateText(doc.text);
  const preds = quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end && (o.end - o.start > q.end - q.start || o.direct === false)));
  const golds = doc.attributions.filter((a) => a.content && a.content.spans.length > 0);
  const gw = golds.map((g) => words(doc.text, g.content!.spans));
  const pw = preds.map((p) => words(doc.text, [[p.start, p.end]]));
  const pairs: [number, number, number][] = [];
  gw.forEach((g, i) => pw.forEach((p, j) => { const s = f1(g, p); if (s >= 0.5) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) if (!gUsed.has(i) && !pUsed.has(j)) { gUsed.add(i); pUsed.add(j); }
  golds.forEach((g, i) => {
    if (gUsed.has(i)) return;
    let best = -1;
    let bestF = 0;
    pw.forEach((p, j) => { const s = f1(gw[i]!, p); if (s > bestF) { bestF = s; best = j; } });
    const bp = best >= 0 ? preds[best]! : null;
    console.log(JSON.stringify({ kind: 'miss', doc: di, cue: g.cue?.text ?? null, source: g.source?.text ?? null, content: g.content!.text, spans: g.content!.spans, bestF: +bestF.toFixed(2), bestPred: bp ? bp.text : null, bestUsed: best >= 0 && pUsed.has(best) }));
  });
  preds.forEach((p, j) => {
    if (pUsed.has(j)) return;
    let bestF = 0;
    let best = -1;
    gw.forEach((g, i) => { const s = f1(g, pw[j]!); if (s > bestF) { bestF = s; best = i; } });
    console.log(JSON.stringify({ kind: 'fp', doc: di, cue: p.cue?.text ?? null, speaker: p.speakerSpan?.text ?? null, direct: p.direct, content: p.text, bestF: +bestF.toFixed(2), bestGold: best >= 0 ? golds[best]!.content!.text : null }));
  });
});
