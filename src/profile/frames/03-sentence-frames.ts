import type { FrameDefinition } from './model.js';

/**
 * How sure the cues alone make a frame: each hit halves the doubt (1 hit 0.5, 2 hits 0.75). The
 * learned model knows FrAC's opinion pieces and comments; conflict reporting ("humanitarian
 * assistance", "talks") leans on the hand-written cues, so the two are averaged.
 */
export function cueProbability(hits: number): number {
  return 1 - 0.5 ** hits;
}

/**
 * Configure once for a model's frames and code classes. The returned function splits each code's
 * probability among the frames that report under it, by their cue hits: "the troops crossed the
 * border" and "talks resumed" share code 8 but go to security and diplomacy. Without hits, the
 * code's canonical frame takes it. Each frame's share is then averaged with its cue probability.
 * Takes the code probabilities in `classes` order; returns one probability per frame (a sentence
 * may carry several).
 */
export function compileSentenceFrames(frames: readonly FrameDefinition[], classes: readonly string[]): (codes: ArrayLike<number>, hits: readonly number[]) => number[] {
  const codeOf = frames.map((f) => classes.indexOf(f.code));
  // Frames sharing a code share one hit total: index of the first frame of each frame's code.
  const groupOf = frames.map((f) => frames.findIndex((g) => g.code === f.code));
  const totals = new Float64Array(frames.length);
  return (codes, hits) => {
    totals.fill(0);
    for (let i = 0; i < frames.length; i++) totals[groupOf[i]!]! += hits[i]!;
    return frames.map((f, i) => {
      const p = codes[codeOf[i]!] ?? 0;
      const total = totals[groupOf[i]!]!;
      const learned = total === 0 ? (f.canonical ? p : 0) : (p * hits[i]!) / total;
      return (learned + cueProbability(hits[i]!)) / 2;
    });
  };
}
