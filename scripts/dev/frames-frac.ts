// Dev: FrAC 5-fold CV macro-F1 for a few learner settings (usage: tsx scripts/dev/frames-frac.ts).
import { crossValidateFrac, readFrac } from '../../src/eval/frac.js';
import { macroF1 } from '../../src/eval/macro-f1.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { FRAME_TRAINING } from '../../src/profile/frames/train-frames.js';

const dir = sharedPath('data', 'framing-frac');
if (!dir) throw new Error('framing-frac not found');
const rows = readFrac(dir);
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Partial<typeof FRAME_TRAINING>[];
for (const g of grid) {
  const { gold, predicted } = crossValidateFrac(rows, { ...FRAME_TRAINING, ...g });
  const { macro, perClass } = macroF1(gold, predicted);
  console.log(JSON.stringify(g), macro.toFixed(3), [...perClass].map(([c, s]) => `${c}:${s.f1.toFixed(2)}`).join(' '));
}
