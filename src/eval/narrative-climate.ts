import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../annotate/annotate.js';
import { findFrames } from '../profile/frames/find-frames.js';
import { narrativeFrames, NARRATIVE_MAP } from '../profile/frames/narrative-frames.js';
import { foldOf, macroF1 } from './macro-f1.js';
import { articleFromText } from './pipeline.js';
import type { EvalRow } from './types.js';

interface ClimateArticle { readonly ID: string; readonly text: string; readonly [frame: string]: string }

export const CLIMATE_FOLDS = 5;

/** The threshold on the training folds' strengths that gives the best F1 of the `True` class. */
function bestThreshold(values: readonly { v: number; gold: boolean }[]): number {
  let best = { t: 0, f1: -1 };
  for (const { v: t } of values) {
    const tp = values.filter((x) => x.v >= t && x.gold).length;
    const fp = values.filter((x) => x.v >= t && !x.gold).length;
    const fn = values.filter((x) => x.v < t && x.gold).length;
    const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/**
 * Narrative frames of climate articles (Frermann et al. 2023, MIT): each article profiled by the
 * product (`findFrames`), mapped to RE/HI/CO/MO/EC by `NARRATIVE_MAP`; a frame is predicted
 * present when its strength reaches a threshold chosen on the other four folds (5-fold by ID hash),
 * so no article is scored with a threshold tuned on it. F1 of the present class per frame.
 */
export async function evalNarrativeClimate(dir: string): Promise<EvalRow[]> {
  const rows = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ClimateArticle);
  const scored = rows.map((r) => {
    const article = articleFromText(r.text, null, r.ID);
    const strengths = narrativeFrames(findFrames({ ...article, ...annotateArticle(article) }));
    return { id: r.ID, strengths, gold: r };
  });
  const out: EvalRow[] = [];
  for (const frame of Object.keys(NARRATIVE_MAP)) {
    const labelled = scored.filter((s) => s.gold[frame] === 'True' || s.gold[frame] === 'False');
    const gold: string[] = [];
    const predicted: string[] = [];
    for (let fold = 0; fold < CLIMATE_FOLDS; fold++) {
      const train = labelled.filter((s) => foldOf(s.id, CLIMATE_FOLDS) !== fold);
      const t = bestThreshold(train.map((s) => ({ v: s.strengths[frame] ?? 0, gold: s.gold[frame] === 'True' })));
      for (const s of labelled.filter((x) => foldOf(x.id, CLIMATE_FOLDS) === fold)) {
        gold.push(s.gold[frame]!);
        predicted.push((s.strengths[frame] ?? 0) >= t ? 'True' : 'False');
      }
    }
    const f1 = macroF1(gold, predicted, ['True']).perClass.get('True')!;
    const base = (2 * gold.filter((g) => g === 'True').length) / (gold.length + gold.filter((g) => g === 'True').length);
    out.push({ set: 'framing-narrative-climate', metric: `${frame} F1 (frame present; threshold 5-fold CV)`, value: f1.f1, note: `P ${f1.p.toFixed(2)} R ${f1.r.toFixed(2)}; all-present baseline ${base.toFixed(2)}` });
  }
  return out;
}
