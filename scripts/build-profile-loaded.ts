/**
 * Builds the `sentimentWords` section of model/profile-loaded.json from the VADER lexicon
 * (Hutto & Gilbert 2014; the vader-sentiment 1.1.3 npm package, Apache-2.0): every alphabetic
 * entry (emoticons dropped) with its mean human valence, -4 … +4, rounded to one decimal.
 * The hand-written sections of the model are kept as they are.
 *
 * No BABE data is read here: BABE (AGPL) only chooses thresholds, in src/eval/babe.ts.
 *
 * Run: npm install --no-save vader-sentiment@1.1.3 && npx tsx scripts/build-profile-loaded.ts [path/to/vader_lexicon.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const lexiconPath = process.argv[2] ?? join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
const modelPath = new URL('../model/profile-loaded.json', import.meta.url);

/** Only entries this strong are kept: |valence| 1.0 is VADER's "slightly" level; weaker words carry no loading. */
const MIN_ABS_VALENCE = 1.0;

const words: Record<string, number> = {};
for (const line of readFileSync(lexiconPath, 'utf8').split('\n')) {
  const [word, mean] = line.split('\t');
  if (!word || mean === undefined || !/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
  const v = Math.round(Number(mean) * 10) / 10;
  if (Math.abs(v) >= MIN_ABS_VALENCE) words[word] = v;
}
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as Record<string, unknown>;
model.sentimentWords = Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(modelPath, `${JSON.stringify(model, null, 2)}\n`);
console.log(`sentimentWords: ${Object.keys(words).length} entries from ${lexiconPath}`);
