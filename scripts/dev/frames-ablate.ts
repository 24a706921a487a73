// Dev: FrAC 5-fold CV with and without the hand-written cues, to see what they add.
import { crossValidateFrac, readFrac } from '../../src/eval/frac.js';
import { macroF1 } from '../../src/eval/macro-f1.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { FRAMES_MODEL } from '../../src/profile/frames/model.js';
import { FRAME_TRAINING } from '../../src/profile/frames/train-frames.js';

const dir = sharedPath('data', 'framing-frac');
if (!dir) throw new Error('framing-frac not found');
const rows = readFrac(dir);
const options = { ...FRAME_TRAINING, ...(JSON.parse(process.argv[2] ?? '{}') as object) };
for (const [name, base] of [['cues + words', FRAMES_MODEL], ['words only', { ...FRAMES_MODEL, frames: FRAMES_MODEL.frames.map((f) => ({ ...f, cues: ['zzzz'] })) }]] as const) {
  const { gold, predicted } = crossValidateFrac(rows, options, base);
  console.log(name, macroF1(gold, predicted).macro.toFixed(3));
}
