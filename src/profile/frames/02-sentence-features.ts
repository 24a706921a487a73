import { cueTokens } from './01-cue-hits.js';
import type { FrameDefinition } from './model.js';
import { stem } from './words.js';

/** Function words carry no frame: leaving them out keeps the learned model small and less noisy. */
const STOP = new Set('a an the and or but of to in on at for by with from as is are was were be been being it its this that these those he she they we you i me my our your their his her them us not no so if than then there here which who whom what when where how why do does did have has had will would can could may might shall just also very more most much many some any all each such into over about after before out up down off only own same too s t'.split(' '));
const SYMBOL = /^[$%€£]$/;

/** The stem a token (from `cueTokens`) adds as a `w:` feature, or null: symbols, function words, one-letter stems. */
export function featureStem(token: string): string | null {
  if (SYMBOL.test(token) || STOP.has(token)) return null;
  const s = stem(token);
  return s.length > 1 ? s : null;
}

/**
 * The features the learned frame model sees: the sentence's content stems, and one `cue:<frame>`
 * per hand-written cue hit, so the model can lean on the codebook's words where FrAC is thin.
 * `hits` are the sentence's cue hits per frame (`compileCueHits`).
 */
export function sentenceFeatures(sentence: string, hits: readonly number[], frames: readonly FrameDefinition[]): string[] {
  const out: string[] = [];
  for (const token of cueTokens(sentence)) {
    const s = featureStem(token);
    if (s !== null) out.push(`w:${s}`);
  }
  hits.forEach((n, i) => {
    for (let k = 0; k < n; k++) out.push(`cue:${frames[i]!.id}`);
  });
  return out;
}
