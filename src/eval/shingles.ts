/**
 * The 4-token shingle metric of the article-extraction benchmark (its `evaluate.py`): tokens are
 * Unicode word runs (Python's `\w+`: letters, digits, underscore), shingles the SET of consecutive
 * 4-token tuples, precision and recall over those sets.
 */

/** Python's Unicode `\w`: letters and numbers of any script plus `_` (JS `\w` is ASCII-only). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface ShingleScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Tokens joined with a separator no token contains, so tuples compare as strings. */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const tokens = tokenize(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i++) out.add(tokens.slice(i, i + size).join('\u0001'));
  return out;
}

export function shingleScore(predicted: string, expected: string): ShingleScore {
  const pred = shingles(predicted);
  const truth = shingles(expected);
  if (pred.size === 0 && truth.size === 0) return { precision: 1, recall: 1, f1: 1 };
  if (pred.size === 0 || truth.size === 0) return { precision: 0, recall: 0, f1: 0 };
  let common = 0;
  for (const s of pred) if (truth.has(s)) common++;
  const precision = common / pred.size;
  const recall = common / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
