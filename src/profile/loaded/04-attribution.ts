import type { Claim, Quote, Span } from '../../types.js';

/**
 * For each sentence, whether its content is attributed to someone: it holds (or is) a quote with a
 * speaker or a cue ("…, the ministry said"), or a figure with a claimant ("according to police,
 * 12 were killed"). Two pointers over sorted spans: linear in sentences + quotes + claims.
 */
export function attributedSentences(sentences: readonly Span[], quotes: readonly Quote[], claims: readonly Claim[]): boolean[] {
  const marks = [
    ...quotes.filter((q) => q.speaker !== null || q.cue !== null).map((q) => q.cue ?? q),
    ...quotes.filter((q) => q.speaker !== null || q.cue !== null).map((q) => q),
    ...claims.filter((c) => c.claimant !== null).map((c) => c.claimantSpan ?? c),
  ].sort((a, b) => a.start - b.start);
  const out = sentences.map(() => false);
  let m = 0;
  sentences.forEach((s, i) => {
    while (m < marks.length && marks[m]!.end <= s.start) m++;
    for (let k = m; k < marks.length && marks[k]!.start < s.end; k++) if (marks[k]!.end > s.start) { out[i] = true; break; }
  });
  return out;
}
