import { clauseEnd } from './clause-end.js';
import type { Draft, SentenceView } from './draft.js';
import { inQuote } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { canEndSubject, looseSubject, phraseBefore, subjectEnd } from './noun-phrase.js';

const BE = /^(?:is|are|was|were|be|been|being|'s|'re)$/;

/**
 * Impressions and expectations with no named holder: "The merger is expected to close in May",
 * "his voice seemed weaker". The content runs from the subject to the end of the clause (the cue
 * sits inside it); there is no speaker.
 */
export function findImpressions(s: SentenceView, contentEnd: number): (Draft & { kind: 'belief' })[] {
  const out: (Draft & { kind: 'belief' })[] = [];
  const { toks } = s;
  for (let c = 1; c < toks.length; c++) {
    const t = toks[c]!;
    if (!QUOTE_MODEL.raisingCues.has(t.low) || t.cap || s.consumed.has(c) || inQuote(s.covering, t.start)) continue;
    const next = toks[c + 1];
    if (!next?.word) continue;
    if (t.low === 'expected' && (!BE.test(toks[c - 1]?.low ?? '') || next.low !== 'to')) continue; // "than expected", "expected gains"
    const p = subjectEnd(toks, t.low === 'expected' ? c - 1 : c);
    if (!canEndSubject(toks[p])) continue;
    const subj = looseSubject(toks, p) ?? phraseBefore(toks, p + 1, 0); // the whole subject is part of the content
    if (!subj) continue;
    const start = toks[subj[0]]!.start;
    const end = clauseEnd(toks, c + 1, contentEnd);
    if (end <= next.start) continue;
    out.push({ start, end, direct: false, cue: [t.start, t.end], speaker: null, sentenceStart: s.start, kind: 'belief' });
    s.consumed.add(c);
  }
  return out;
}

/** "Obama: I'm Optimistic Americans Will Say No": a paragraph opening with a name and a colon. */
export function findHeadlineColon(text: string, s: SentenceView, contentEnd: number): Draft[] {
  if (s.start > 0 && text[s.start - 1] !== '\n') return [];
  const m = QUOTE_MODEL.headlineColon.exec(text.slice(s.start, Math.min(s.end, s.start + 60)));
  if (!m?.[1] || !isHeadlineSpeaker(m[1])) return [];
  const colon = s.start + m[1].length;
  let from = colon + 1;
  while (/\s/.test(text[from] ?? '')) from++;
  if (!/\p{L}/u.test(text.slice(from, contentEnd))) return []; // "Velic: 1,240": a tally, not words
  return from < contentEnd ? [{ start: from, end: contentEnd, direct: false, cue: [colon, colon + 1], speaker: [s.start, colon], sentenceStart: s.start }] : [];
}

/** "BYLINE", "The Latest", "Revealed": labels, not speakers ("VELIC:" in a transcript is one). */
function isHeadlineSpeaker(label: string): boolean {
  return !label.split(/\s+/).some((w) => QUOTE_MODEL.headlineLabels.has(w.toLowerCase()));
}
