/**
 * Builds the learned part of `model/profile-stance.json`: a target-sentiment model (neg / neu / pos
 * toward a named actor in a sentence; multinomial logistic regression over the words around the
 * target and hand-written polarity cues), trained on all of NewsMTSC dev (`../shared/data/newsmtsc`,
 * MIT-style licence; Hamborg & Donnay 2021). The word lists in the same file are hand-written.
 *
 * Measured by `src/eval/newsmtsc.ts` with 5-fold cross-validation by sentence.
 * Usage: `npx tsx scripts/build-profile-stance.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readNewsMtsc } from '../src/eval/newsmtsc.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';
import { trainStance } from '../src/profile/stance/train-stance.js';

const dir = sharedPath('data', 'newsmtsc');
if (!dir) throw new Error(missingMessage('data/newsmtsc'));
const path = new URL('../model/profile-stance.json', import.meta.url);
const lists = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const learned = trainStance(readNewsMtsc(dir));
const source = 'learned: NewsMTSC dev (MIT-style), all 8,739 targets, by scripts/build-profile-stance.ts; word lists: hand-written';
const weights = Object.entries(learned.weights).map(([f, w]) => `   ${JSON.stringify(f)}: ${JSON.stringify(w)}`).join(',\n');
const keep = Object.entries(lists).filter(([k]) => k !== 'learned' && k !== 'source').map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
writeFileSync(path, `{\n${keep},\n "source": ${JSON.stringify(source)},\n "learned": {\n  "classes": ${JSON.stringify(learned.classes)},\n  "bias": ${JSON.stringify(learned.bias)},\n  "weights": {\n${weights}\n  }\n }\n}\n`);
console.log(`model/profile-stance.json: ${Object.keys(learned.weights).length} features × ${learned.classes.length} classes`);
