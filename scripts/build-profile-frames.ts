/**
 * Builds the learned part of `model/profile-frames.json`: a sentence → Media Frames Corpus code
 * model (multinomial logistic regression over content stems and hand-written cue hits), trained on
 * all of FrAC dev (`../shared/data/framing-frac`, CC BY 4.0; Mitrović et al., FrAC). The cues,
 * thresholds and frame list in the same file are written by hand and kept as they are.
 *
 * Its quality is measured by `src/eval/frac.ts` with 5-fold cross-validation (the model of each
 * fold is trained without the fold it scores). Usage: `npx tsx scripts/build-profile-frames.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readFrac } from '../src/eval/frac.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import type { FramesModel } from '../src/profile/frames/model.js';
import { trainFrames } from '../src/profile/frames/train-frames.js';

const dir = sharedPath('data', 'framing-frac');
if (!dir) throw new Error(missingMessage('data/framing-frac'));
const path = new URL('../model/profile-frames.json', import.meta.url);
const model = JSON.parse(readFileSync(path, 'utf8')) as FramesModel;
const learned = trainFrames(readFrac(dir), model.frames);
const source = 'learned: FrAC dev (CC BY 4.0), all 250 sentences, by scripts/build-profile-frames.ts; cues: hand-written';
// Readable diffs: one frame per line, one learned feature per line.
const weights = Object.entries(learned.weights).map(([f, w]) => `   ${JSON.stringify(f)}: ${JSON.stringify(w)}`).join(',\n');
const frames = model.frames.map((f) => `  ${JSON.stringify(f)}`).join(',\n');
writeFileSync(path, `{\n "note": ${JSON.stringify((model as { note?: string }).note ?? '')},\n "source": ${JSON.stringify(source)},\n "thresholds": ${JSON.stringify(model.thresholds)},\n "frames": [\n${frames}\n ],\n "learned": {\n  "classes": ${JSON.stringify(learned.classes)},\n  "bias": ${JSON.stringify(learned.bias)},\n  "weights": {\n${weights}\n  }\n }\n}\n`);
console.log(`model/profile-frames.json: ${Object.keys(learned.weights).length} features × ${learned.classes.length} codes`);
