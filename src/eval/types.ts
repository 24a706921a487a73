/** One measured number of an evaluation run: what `scripts/eval.ts` prints as a table row. */
export interface EvalRow {
  /** The data set, e.g. `extraction-benchmark`. */
  readonly set: string;
  /** What was measured and by whom, e.g. `F1 (parallax)`. */
  readonly metric: string;
  readonly value: number;
  /** The floor or goal this number is held to, when there is one. */
  readonly target?: number;
  /** Whether the target is a floor (default) or a ceiling, as for counts of spurious results. */
  readonly better?: 'higher' | 'lower';
  readonly note?: string;
}
