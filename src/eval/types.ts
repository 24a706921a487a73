/** One measured number of an evaluation run: what `scripts/eval.ts` prints as a table row. */
export interface EvalRow {
  /** The data set, e.g. `extraction-benchmark`. */
  readonly set: string;
  /** What was measured and by whom, e.g. `F1 (parallax)`. */
  readonly metric: string;
  readonly value: number;
  /** The floor or goal this number is held to, when there is one. */
  readonly target?: number;
  readonly note?: string;
}
