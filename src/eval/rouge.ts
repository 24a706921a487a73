import { porterStem } from './porter-stemmer.js';

/**
 * ROUGE as Google's rouge-score package computes it, so our numbers sit beside published ones:
 * lowercase, tokens are runs of [a-z0-9], optional Porter stems for tokens longer than three
 * letters, F-measure = harmonic mean of precision and recall (β = 1).
 */

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  /** LCS over the whole text as one sequence (rouge-score's `rougeL`). */
  readonly rougeL: RougeScore;
  /** Summary-level union LCS over newline-separated sentences (rouge-score's `rougeLsum`). */
  readonly rougeLsum: RougeScore;
}

export interface RougeOptions {
  /** Porter-stem tokens longer than three letters (rouge-score's `use_stemmer`). */
  readonly stem?: boolean;
}

/** rouge-score's tokenizer: "U.S. wins, 2-1" → ["u", "s", "wins", "2", "1"]. */
export function rougeTokens(text: string, options: RougeOptions = {}): string[] {
  const tokens = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return options.stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

function score(hits: number, predicted: number, expected: number): RougeScore {
  const precision = predicted ? hits / predicted : 0;
  const recall = expected ? hits / expected : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N on token lists: clipped n-gram overlap. */
export function rougeNTokens(predicted: readonly string[], expected: readonly string[], n: number): RougeScore {
  const p = ngramCounts(predicted, n);
  const e = ngramCounts(expected, n);
  let hits = 0;
  for (const [gram, count] of p) hits += Math.min(count, e.get(gram) ?? 0);
  return score(hits, Math.max(0, predicted.length - n + 1), Math.max(0, expected.length - n + 1));
}

function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    const row = t[i]!;
    const prev = t[i - 1]!;
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
  }
  return t;
}

/** ROUGE-L on token lists: longest common subsequence. */
export function rougeLTokens(predicted: readonly string[], expected: readonly string[]): RougeScore {
  if (!predicted.length || !expected.length) return score(0, 0, 0);
  const lcs = lcsTable(expected, predicted)[expected.length]![predicted.length]!;
  return score(lcs, predicted.length, expected.length);
}

/** Indices into `ref` of one LCS with `cand`, backtracked the way rouge-score does (ties go up). */
function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const t = lcsTable(ref, cand);
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) { out.push(i - 1); i--; j--; }
    else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out;
}

/** ROUGE-Lsum on sentence token lists: each reference sentence's union LCS with all predicted sentences, each token counted once. */
export function rougeLsumTokens(predicted: readonly (readonly string[])[], expected: readonly (readonly string[])[]): RougeScore {
  const m = expected.reduce((n, s) => n + s.length, 0);
  const n = predicted.reduce((k, s) => k + s.length, 0);
  if (!m || !n) return score(0, 0, 0);
  const left = (sentences: readonly (readonly string[])[]) => {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const leftP = left(predicted);
  const leftE = left(expected);
  let hits = 0;
  for (const ref of expected) {
    const union = new Set<number>();
    for (const cand of predicted) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i]!;
      if ((leftP.get(token) ?? 0) > 0 && (leftE.get(token) ?? 0) > 0) {
        hits++;
        leftP.set(token, leftP.get(token)! - 1);
        leftE.set(token, leftE.get(token)! - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** ROUGE-1, -2, -L and -Lsum of a predicted text against an expected one; sentences for Lsum are the non-empty lines. */
export function scoreRouge(predicted: string, expected: string, options: RougeOptions = {}): RougeScores {
  const p = rougeTokens(predicted, options);
  const e = rougeTokens(expected, options);
  const lines = (text: string) => text.split('\n').filter((l) => l.length > 0).map((l) => rougeTokens(l, options));
  return {
    rouge1: rougeNTokens(p, e, 1),
    rouge2: rougeNTokens(p, e, 2),
    rougeL: rougeLTokens(p, e),
    rougeLsum: rougeLsumTokens(lines(predicted), lines(expected)),
  };
}
