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
 * may carry several), written into `out` when given (the frame finder reuses one array).
 */
export function compileSentenceFrames(frames: readonly FrameDefinition[], classes: readonly string[]): (codes: ArrayLike<number>, hits: ArrayLike<number>, out?: number[]) => number[] {
  const codeOf = frames.map((f) => classes.indexOf(f.code));
  // Frames sharing a code share one hit total: index of the first frame of each frame's code.
  const groupOf = frames.map((f) => frames.findIndex((g) => g.code === f.code));
  const canonical = frames.map((f) => Boolean(f.canonical));
  const totals = new Float64Array(frames.length);
  return (codes, hits, out = frames.map(() => 0)) => {
    totals.fill(0);
    for (let i = 0; i < frames.length; i++) totals[groupOf[i]!]! += hits[i]!;
    for (let i = 0; i < frames.length; i++) {
      const p = codes[codeOf[i]!] ?? 0;
      const total = totals[groupOf[i]!]!;
      const learned = total === 0 ? (canonical[i] ? p : 0) : (p * hits[i]!) / total;
      out[i] = (learned + cueProbability(hits[i]!)) / 2;
    }
    return out;
  };
}
