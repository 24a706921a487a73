import { createRequire } from 'node:module';
import type { SoftmaxModel } from '../types-frames.js';

const require = createRequire(import.meta.url);

/** One frame of `model/profile-frames.json`: hand-written cues and the FrAC code it reports under. */
export interface FrameDefinition {
  readonly id: string;
  readonly label: string;
  /** Media Frames Corpus code (FrAC labels): 1, 3, 4, 5, 6, 8, 9, 11, 12. */
  readonly code: string;
  /** The frame a code's learned probability goes to when no cue of that code's frames is in the sentence. */
  readonly canonical?: boolean;
  readonly cues: readonly string[];
}

export interface FramesModel {
  readonly frames: readonly FrameDefinition[];
  /** Sentence → MFC code, trained on FrAC by `scripts/build-profile-frames.ts`. */
  readonly learned: SoftmaxModel;
  readonly thresholds: {
    /** A sentence carries a frame (is evidence) at this probability or more. */
    readonly evidence: number;
    /** Evidence sentences kept per frame. */
    readonly maxEvidence: number;
  };
}

export const FRAMES_MODEL = require('../../../model/profile-frames.json') as FramesModel;
