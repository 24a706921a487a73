import type { SoftmaxModel } from '../types-frames.js';
import { compileCueHits } from './01-cue-hits.js';
import { sentenceFeatures } from './02-sentence-features.js';
import type { FrameDefinition } from './model.js';
import { trainSoftmax, type SoftmaxOptions } from './train-softmax.js';

/**
 * Learner settings, chosen by 5-fold cross-validation on FrAC (`scripts/dev/frames-sweep.ts`):
 * macro-F1 0.669 at rate 0.03 and 15 epochs (0.686 once cues were matched on tokens and "$"/"%" counted) (0.643 at 0.1, 0.662 at 0.01; l2 0.001–0.003 the same).
 */
export const FRAME_TRAINING: SoftmaxOptions = { epochs: 15, learningRate: 0.03, l2: 0.001, minCount: 1, prune: 0.01, balanced: true, seed: 7 };

/** Trains the sentence → MFC code model on labelled sentences (FrAC's `sentence`, `label`). */
export function trainFrames(rows: readonly { sentence: string; label: string }[], frames: readonly FrameDefinition[], options: SoftmaxOptions = FRAME_TRAINING): SoftmaxModel {
  const cueHits = compileCueHits(frames);
  return trainSoftmax(rows.map((r) => ({ features: sentenceFeatures(r.sentence, cueHits(r.sentence), frames), label: r.label })), options);
}
