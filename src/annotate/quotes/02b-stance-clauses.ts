import { clauseEnd } from './clause-end.js';
import { findHeadlineColon, findImpressions } from './02c-impressions.js';
import { findNominalCues } from './02d-nominal-cues.js';
import type { Draft, SentenceView } from './draft.js';
import { inQuote, tokSpan } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { canEndSubject, isPronounWord, looseSubject, subjectEnd, phraseAfter, phraseBefore } from './noun-phrase.js';
import type { Tok } from './tokens.js';

const TIME = /^(?:on|earlier|later|today|yesterday|tonight|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year)$/;

/**
 * Beliefs, intentions and stances: "strategists think two candidates will move on", "He endorsed
 * Clinton", "Democrats sued, saying the cut burdened voters". Runs after the speech rules and
 * skips their cues; the content is the complement up to the end of its clause, the speaker the
 * subject (or, for a participle after a comma, the sentence's subject).
 */
export function findStanceClauses(text: string, s: SentenceView): Draft[] {
  const out: (Draft & { kind: 'belief' | 'stance' })[] = [];
  const { toks } = s;
  const last = toks.at(-1);
  const contentEnd = last && !last.word && /[.!?;]/.test(last.low) ? last.start : s.end;
  for (let c = 0; c < toks.length; c++) {
    const t = toks[c] as Tok;
    const kind = QUOTE_MODEL.stanceCues.get(t.low) ?? (QUOTE_MODEL.particleCues.get(t.low)?.has(toks[c + 1]?.low ?? '') ? 'stance' : undefined);
    if (!kind || (t.cap && c > 0) || s.consumed.has(c) || inQuote(s.covering, t.start)) continue;
    const p = subjectEnd(toks, c);
    const prev = toks[p];
    const participle = t.low.endsWith('ing') && prev?.low === ',';
    let speaker: [number, number] | null;
    if (participle) speaker = phraseAfter(toks, 0) ?? (toks[0]?.low === 'the' && toks[1]?.word ? [0, 2] : null); // "The union sued, saying …"
    else {
      if (!prev || (!prev.word && prev.low !== ')') || !canEndSubject(prev) || t.low.endsWith('ing')) continue;
      speaker = phraseBefore(toks, c, 0);
      // "his past attacks", "the plan to": a noun-like cue needs a pronoun or a name right before it.
      if (QUOTE_MODEL.stanceNounLike.has(t.low) && !speaker && !(prev.cap || isPronounWord(prev.low) || prev.low === 'who')) continue;
      speaker ??= looseSubject(toks, p);
      if (!speaker) continue;
    }
    let k = c + 1;
    while (k < toks.length && k <= c + 3 && TIME.test(toks[k]!.low)) k++;
    if (QUOTE_MODEL.particleCues.get(t.low)?.has(toks[k]?.low ?? '')) k++;
    else if (QUOTE_MODEL.stanceParticles.has(toks[k]?.low ?? '') && toks[k]?.low !== 'that' && toks[k]?.low !== 'whether' && toks[k]?.low !== 'if') k++;
    if (toks[k]?.low === 'that') k++;
    const first = toks[k];
    if (!first || !first.word || first.start >= contentEnd) continue;
    const end = clauseEnd(toks, k, contentEnd);
    if (end <= first.start) continue;
    out.push({ start: first.start, end, direct: false, cue: [t.start, t.end], speaker: speaker ? tokSpan(toks, speaker) : null, sentenceStart: s.start, kind });
    s.consumed.add(c);
  }
  return [...out, ...findImpressions(s, contentEnd), ...findNominalCues(s, contentEnd), ...findHeadlineColon(text, s, contentEnd)];
}
