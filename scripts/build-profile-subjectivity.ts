/**
 * Builds the `newsSubjectivity` section of model/profile-loaded.json: a bag-of-words logistic
 * regression telling news sentences that take a side on someone (NewsMTSC polarity negative or
 * positive toward its target) from neutral ones (polarity 4 for every target).
 *
 * Trained only on NewsMTSC (../shared/data/newsmtsc/train.jsonl, MIT-style licence, see
 * ../shared/data/README.md); no BABE data is read. Features: lowercase words that are not
 * capitalised mid-sentence (names would tie the model to 2020 US politics), seen in ≥ MIN_DF
 * sentences. L2-regularised, full-batch gradient descent; only the weights of words whose
 * |weight| ≥ MIN_KEEP ship, rounded to two decimals.
 *
 * NOT SHIPPED: on BABE this score ranked biased sentences barely above chance (AUC 0.57), so the
 * section was removed from the model; the script is kept as the record of the attempt.
 *
 * Run: npx tsx scripts/build-profile-subjectivity.ts [../shared]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/annotate/tokens/tokenize.js';

const root = process.argv[2] ?? process.env.PARALLAX_SHARED ?? '../shared';
const modelPath = new URL('../model/profile-loaded.json', import.meta.url);

/** Chosen before training, as usual for small bag-of-words models: rare words only memorise. */
const MIN_DF = 3;
const L2 = 1e-3;
const EPOCHS = 300;
const RATE = 0.1;
/** Weights smaller than this change a sentence's score by < 5 %: dropped to keep the model small. */
const MIN_KEEP = 0.05;

export function featureWords(text: string): string[] {
  const out = new Set<string>();
  let first = true;
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') { first = first || /[.!?]/.test(text.slice(t.start, t.end)); continue; }
    const w = text.slice(t.start, t.end);
    const capital = w[0] !== w[0]?.toLowerCase();
    if (!capital || first) out.add(w.toLowerCase().replace(/[’‘]/g, "'"));
    first = false;
  }
  return [...out];
}

interface Row { sentence_normalized: string; targets: { polarity: number }[] }
const rows = readFileSync(join(root, 'data/newsmtsc/train.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const docs = rows.map((r) => ({ words: featureWords(r.sentence_normalized), y: r.targets.some((t) => t.polarity !== 4) ? 1 : 0 }));
const df = new Map<string, number>();
for (const d of docs) for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
const vocab = [...df].filter(([, n]) => n >= MIN_DF).map(([w]) => w).sort();
const id = new Map(vocab.map((w, i) => [w, i]));
const X = docs.map((d) => d.words.map((w) => id.get(w)).filter((i): i is number => i !== undefined));
const w = new Float64Array(vocab.length);
let b = 0;
const G = new Float64Array(vocab.length);
let Gb = 0;
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const g = new Float64Array(vocab.length);
  let gb = 0;
  let loss = 0;
  X.forEach((x, n) => {
    let z = b;
    for (const i of x) z += w[i]!;
    const p = 1 / (1 + Math.exp(-z));
    const y = docs[n]!.y;
    loss -= y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12);
    const e = p - y;
    gb += e;
    for (const i of x) g[i]! += e;
  });
  // Adagrad: per-word step sizes, so rare and frequent words both converge.
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]! / X.length + L2 * w[i]!;
    G[i]! += gi * gi;
    w[i]! -= (RATE * gi) / Math.sqrt(G[i]! + 1e-12);
  }
  const gbn = gb / X.length;
  Gb += gbn * gbn;
  b -= (RATE * gbn) / Math.sqrt(Gb + 1e-12);
  if (epoch % 50 === 0) console.log(`epoch ${epoch} loss ${(loss / X.length).toFixed(4)}`);
}
const weights = Object.fromEntries(vocab.map((v, i) => [v, Math.round(w[i]! * 100) / 100] as const).filter(([, x]) => Math.abs(x) >= MIN_KEEP));
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as Record<string, unknown>;
model.newsSubjectivity = {
  about: 'Logistic regression, NewsMTSC (MIT-style) non-neutral vs neutral sentences; built by scripts/build-profile-subjectivity.ts. score = sigmoid(bias + sum of weights of the distinct words).',
  bias: Math.round(b * 100) / 100,
  weights,
};
writeFileSync(modelPath, `${JSON.stringify(model, null, 2)}\n`);
console.log(`newsSubjectivity: ${Object.keys(weights).length} of ${vocab.length} words kept, bias ${b.toFixed(2)}`);
