// Dev: NewsMTSC 5-fold CV macro-F1 for a few learner settings (usage: tsx scripts/dev/stance-newsmtsc.ts '[{}]').
import { macroF1 } from '../../src/eval/macro-f1.js';
import { crossValidateNewsMtsc, readNewsMtsc } from '../../src/eval/newsmtsc.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { STANCE_TRAINING } from '../../src/profile/stance/train-stance.js';

const dir = sharedPath('data', 'newsmtsc');
if (!dir) throw new Error('newsmtsc not found');
const rows = readNewsMtsc(dir);
for (const g of JSON.parse(process.argv[2] ?? '[{}]') as Partial<typeof STANCE_TRAINING>[]) {
  const { gold, predicted } = crossValidateNewsMtsc(rows, { ...STANCE_TRAINING, ...g });
  const { macro, perClass } = macroF1(gold, predicted);
  console.log(JSON.stringify(g), macro.toFixed(3), [...perClass].map(([c, s]) => `${c}:${s.f1.toFixed(2)}`).join(' '));
}
