import type { Quote } from '../../types.js';

/** Longest stretch between two fragments that can still be only their attribution (", said Roger Altman, founder of a boutique firm. "). */
const MAX_GAP = 160;

/**
 * One quotation interrupted by its attribution is one statement: "A," she said. "B." and
 * "A," she said, "B." come out as a single quote from the first fragment's start to the last
 * fragment's end (PolNeAR gold marks them as one content). Fragments merge only within a
 * paragraph, when the second has the same speaker (or carries it) and the gap holds an attribution
 * and no other words in quotation marks.
 */
export function mergeFragments(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out.at(-1);
    if (prev && canMerge(text, prev, q)) {
      out[out.length - 1] = { ...prev, end: q.end, text: text.slice(prev.start, q.end), cue: prev.cue ?? q.cue };
      continue;
    }
    out.push(q);
  }
  return out;
}

function canMerge(text: string, a: Quote, b: Quote): boolean {
  if (!a.direct || !b.direct || b.start <= a.end || b.start - a.end > MAX_GAP) return false;
  // Unresolved speakers ("he" with no one named yet) still match when both fragments name the same phrase.
  // Both fragments read off the same cue ("A," she said. "B.") share its speaker even when the name did not resolve.
  const sameCue = !!a.cue && !!b.cue && a.cue.start === b.cue.start;
  if (b.speaker !== a.speaker && !sameCue) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.includes('\n')) return false;
  // The attribution sits in the gap ("A," she said. "B."), or b has no cue of its own and carries a's speaker;
  // "A," he said. "B," she said. stays two quotes.
  const cueInGap = (q: Quote) => !!q.cue && q.cue.start >= a.end && q.cue.end <= b.start;
  const sameMention = (a.speakerSpan?.text ?? '') === (b.speakerSpan?.text ?? '');
  if (!(b.cue === null || cueInGap(b) || (cueInGap(a) && (a.speaker !== null || sameMention)))) return false;
  if (b.cue && !cueInGap(b) && !sameMention && a.speaker === null) return false;
  // Only the two closing/opening marks may be quotation marks: "A," she said of the "plan." is not one quote.
  if ((gap.match(/["“”]|''/g) ?? []).length > 2) return false;
  // b opens a new sentence, or the gap ends right after the attribution ("A," Velic said, "B"); in
  // "large reserves," he argues, it "cannot fight" the words before b are the writer's, so two quotes.
  const tail = /([.!?:]|,)\s*(?:["“]|'')?\s*$/.exec(gap.replace(/^\s*(?:["”]|'')/, ''));
  if (!tail) return false;
  if (tail[1] !== ',') return true;
  const beforeComma = a.end + gap.lastIndexOf(',');
  const endsAt = (sp: { end: number } | null) => !!sp && text.slice(sp.end, beforeComma).trim() === '';
  return endsAt(a.cue) || endsAt(a.speakerSpan) || endsAt(b.cue) || endsAt(b.speakerSpan);
}
