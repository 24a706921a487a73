import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from './pipeline.js';
import { QUOTE_MODEL } from '../annotate/quotes/model.js';
import type { Quote } from '../types.js';
import type { EvalRow } from './types.js';

interface Part { spans: [number, number][]; text: string }
interface Attribution { content?: Part; source?: Part; cue?: Part }
interface Doc { text: string; attributions: Attribution[] }

/** Chosen before looking at results: the usual "half the words" bar for span matches. */
const MATCH_F1 = 0.5;
const WORD = /[\p{L}\p{N}]+/gu;

/** Offsets of the words inside the given spans: spans are compared word by word, ignoring punctuation and quote marks. */
function words(text: string, spans: readonly (readonly [number, number])[]): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of spans) for (const m of text.slice(a, b).matchAll(WORD)) out.add(a + m.index);
  return out;
}

function f1(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter === 0 ? 0 : (2 * inter) / (a.size + b.size);
}

/** The gold cue's main word is one of our speech verbs (auxiliaries skipped) or "according to". */
function speechCue(a: Attribution): boolean {
  const words = (a.cue?.text ?? '').toLowerCase().split(/\s+/).filter((w) => !/^(?:has|have|had|also|will|would|is|was)$/.test(w));
  return words[0] === 'according' || QUOTE_MODEL.speechVerbs.has(words[0] ?? '');
}

/** Gold content opening with a quotation mark is direct speech; everything else indirect. */
const goldDirect = (a: Attribution) => /^\s*(?:that\s+)?["“‘']/.test(a.content?.text ?? '');

interface Tally { tp: number; tpPred: number; gold: number; pred: number; speakerOk: number; speakerN: number }
const empty = (): Tally => ({ tp: 0, tpPred: 0, gold: 0, pred: 0, speakerOk: 0, speakerN: 0 });

/** Our speaker names the gold source: the mention overlaps it, or the name's last word is in it. */
function speakerMatches(q: Quote, src: Part, text: string): boolean {
  const s = q.speakerSpan;
  if (s && src.spans.some(([a, b]) => s.start < b && s.end > a)) return true;
  const head = (q.speaker ?? '').split(/\s+/).at(-1)?.toLowerCase();
  return !!head && head.length > 1 && src.spans.some(([a, b]) => text.slice(a, b).toLowerCase().includes(head));
}

/**
 * Attribution extraction on a PolNeAR split (dev by default; tune on train): content spans matched one-to-one when their
 * word-overlap F1 ≥ 0.5 (greedy, best pair first), plus a looser any-overlap figure; speaker accuracy
 * over matched attributions that have a gold source; split by direct and indirect gold content.
 * Our quotes that lie inside another of our quotes (a partial quote within reported speech) are
 * merged into it rather than counted as false positives.
 */
export async function evalPolnear(dir: string, split: 'dev' | 'train' = 'dev'): Promise<EvalRow[]> {
  const docs = readFileSync(join(dir, `polnear_${split}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
  const t = { all: empty(), direct: empty(), indirect: empty() };
  let anyOverlap = 0;
  let goldTotal = 0;
  const speech = { gold: 0, tp: 0 };
  for (const doc of docs) {
    const { quotes } = annotateText(doc.text);
    const preds = quotes.filter((q) => !quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end && (o.end - o.start > q.end - q.start || o.direct === false)));
    const golds = doc.attributions.filter((a) => a.content && a.content.spans.length > 0);
    goldTotal += golds.length;
    const gw = golds.map((g) => words(doc.text, g.content!.spans));
    const pw = preds.map((p) => words(doc.text, [[p.start, p.end]]));
    anyOverlap += gw.filter((g) => pw.some((p) => f1(g, p) > 0)).length;
    const pairs: [number, number, number][] = [];
    gw.forEach((g, i) => pw.forEach((p, j) => { const s = f1(g, p); if (s >= MATCH_F1) pairs.push([s, i, j]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gUsed = new Set<number>();
    const pUsed = new Set<number>();
    for (const [, i, j] of pairs) {
      if (gUsed.has(i) || pUsed.has(j)) continue;
      gUsed.add(i);
      pUsed.add(j);
      if (speechCue(golds[i]!)) speech.tp++;
      const g = golds[i]!;
      const p = preds[j]!;
      (p.direct ? t.direct : t.indirect).tpPred++;
      t.all.tpPred++;
      for (const tally of [t.all, goldDirect(g) ? t.direct : t.indirect]) {
        tally.tp++;
        if (g.source) {
          tally.speakerN++;
          if (speakerMatches(p, g.source, doc.text)) tally.speakerOk++;
        }
      }
    }
    speech.gold += golds.filter(speechCue).length;
    for (const g of golds) { t.all.gold++; (goldDirect(g) ? t.direct : t.indirect).gold++; }
    for (const p of preds) { t.all.pred++; (p.direct ? t.direct : t.indirect).pred++; }
  }
  const rows: EvalRow[] = [];
  for (const [name, x] of Object.entries(t)) {
    // precision by our class (direct or not), recall by the gold class
    const p = x.pred ? x.tpPred / x.pred : 0;
    const r = x.gold ? x.tp / x.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    const note = `${x.tp} matched, ${x.gold} gold, ${x.pred} predicted (word-overlap F1 ≥ ${MATCH_F1})`;
    rows.push({ set: `polnear-${split}`, metric: `content P (${name})`, value: p, note }, { set: `polnear-${split}`, metric: `content R (${name})`, value: r, note });
    rows.push({ set: `polnear-${split}`, metric: `content F1 (${name})`, value: f, target: 0.75, note });
    rows.push({ set: `polnear-${split}`, metric: `speaker accuracy (${name})`, value: x.speakerN ? x.speakerOk / x.speakerN : 0, target: 0.8, note: `${x.speakerOk}/${x.speakerN} matched attributions with a gold source` });
  }
  rows.push({ set: `polnear-${split}`, metric: 'content R (gold cue is a speech verb)', value: speech.gold ? speech.tp / speech.gold : 0, note: `${speech.tp}/${speech.gold}: attributions cued by a verb of saying or "according to" (PolNeAR also marks beliefs, wishes, polls, headlines)` });
  rows.push({ set: `polnear-${split}`, metric: 'content R (any overlap)', value: goldTotal ? anyOverlap / goldTotal : 0, note: 'gold contents touched by any predicted span' });
  return rows;
}
