import { predictSoftmax } from './predict-softmax.js';
import type { FrameDefinition, FramesModel } from './model.js';

/** The probability of each MFC code for a sentence, from the learned model (classes order). */
export function codeProbabilities(model: FramesModel, features: readonly string[]): Map<string, number> {
  const p = predictSoftmax(model.learned, features);
  return new Map(model.learned.classes.map((c, i) => [c, p[i]!]));
}

/**
 * How sure the cues alone make a frame: each hit halves the doubt (1 hit 0.5, 2 hits 0.75). The
 * learned model knows FrAC's opinion pieces and comments; conflict reporting ("humanitarian
 * assistance", "talks") leans on the hand-written cues, so the two are averaged.
 */
export function cueProbability(hits: number): number {
  return 1 - 0.5 ** hits;
}

/**
 * Splits each code's probability among the frames that report under it, by their cue hits: "the
 * troops crossed the border" and "talks resumed" share code 8 but go to security and diplomacy.
 * Without hits, the code's canonical frame takes it. Each frame's share is then averaged with its
 * cue probability. Returns one probability per frame (a sentence may carry several).
 */
export function sentenceFrames(frames: readonly FrameDefinition[], codes: ReadonlyMap<string, number>, hits: readonly number[]): number[] {
  const totals = new Map<string, number>();
  frames.forEach((f, i) => totals.set(f.code, (totals.get(f.code) ?? 0) + hits[i]!));
  return frames.map((f, i) => {
    const p = codes.get(f.code) ?? 0;
    const total = totals.get(f.code) ?? 0;
    const learned = total === 0 ? (f.canonical ? p : 0) : (p * hits[i]!) / total;
    return (learned + cueProbability(hits[i]!)) / 2;
  });
}
