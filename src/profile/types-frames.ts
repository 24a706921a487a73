/**
 * Types of the frame and stance profiles (issue 5). Plain, readonly, JSON-serialisable: the
 * report carries `FrameScore[]` as `frames` and `ActorStance[]` as `stance`.
 */

/** The report's frame and stance types live in `src/types.ts`; re-exported for this stage's modules. */
export type { ActorStance, FrameScore } from '../types.js';

/** A multinomial logistic regression over sparse string features, as stored in `model/*.json`. */
export interface SoftmaxModel {
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** Feature → one weight per class (features absent here weigh nothing). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** One training row of the learner: its features (repeats count) and its class. */
export interface LabelledFeatures {
  readonly features: readonly string[];
  readonly label: string;
}
