import type { QuotedSpan } from './01-quoted-spans.js';
import type { Tok } from './tokens.js';

/** One sentence as the quote rules see it: its tokens and the quotations that open in it. */
export interface SentenceView {
  readonly start: number;
  readonly end: number;
  readonly toks: readonly Tok[];
  readonly quotes: readonly QuotedSpan[];
  /** Every top-level quotation overlapping the sentence, including one opened in an earlier sentence. */
  readonly covering: readonly QuotedSpan[];
  /** Token indexes already used as the cue of some attribution in this sentence. */
  readonly consumed: Set<number>;
}

/** An attribution before its speaker is resolved: offsets only. */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly cue: readonly [number, number] | null;
  /** The speaker phrase as offsets, or null when only carried from context. */
  readonly speaker: readonly [number, number] | null;
  /** The sentence start, for "its" → the sentence's subject and for carrying. */
  readonly sentenceStart: number;
  /** Continuation of the previous quote ("…," she said, "…"): carries the last direct speaker. */
  readonly carry?: boolean;
}

export const tokSpan = (toks: readonly Tok[], [a, b]: [number, number]): [number, number] => [(toks[a] as Tok).start, (toks[b - 1] as Tok).end];
export const inQuote = (quotes: readonly QuotedSpan[], at: number) => quotes.some((q) => at > q.open && at < q.close);
