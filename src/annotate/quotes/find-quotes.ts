import type { AnnotationContext } from '../context.js';
import type { Quote } from '../../types.js';
import { findQuotedSpans } from './01-quoted-spans.js';
import { findReportedSpeech } from './02-reported-speech.js';
import { findDirectQuotes } from './03-direct-quotes.js';
import { resolveSpeakers } from './04-resolve-speakers.js';
import type { Draft, SentenceView } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { phraseBefore } from './noun-phrase.js';
import { tokenize } from './tokens.js';

/**
 * Quotes and reported statements with their speakers, in text order. Sentences are read one at a
 * time (reported speech first, then the quotation marks), then speakers are resolved in order so
 * pronouns and roles can carry the last named speaker.
 */
export function findQuotes(ctx: AnnotationContext): Quote[] {
  const { text } = ctx;
  const quoted = findQuotedSpans(text);
  const drafts: (Draft & { remember?: boolean })[] = [];
  const top = quoted.filter((q) => !q.nested);
  let qi = 0;
  let si = 0;
  let prevDirect: { end: number } | null = null;
  for (const sent of ctx.sentences) {
    si++;
    if (sent.end <= sent.start || sent.end > text.length) continue;
    while (qi < quoted.length && (quoted[qi]?.open ?? 0) < sent.start) qi++;
    const quotes = [];
    for (let k = qi; k < quoted.length && (quoted[k]?.open ?? Infinity) < sent.end; k++) quotes.push(quoted[k]!);
    // A quotation running past the sentence is read up to the end of the sentence it closes in ("…," Espinoza tells).
    const end = endOfSentenceAt(ctx.sentences, si - 1, Math.max(sent.end, ...quotes.map((q) => q.close + 1)));
    const covering = top.filter((q) => q.open < end && q.close >= sent.start);
    if (quotes.length === 0 && covering.length === 0 && !QUOTE_MODEL.anyCue.test(text.slice(sent.start, sent.end))) continue;
    const view: SentenceView = { start: sent.start, end, toks: [], quotes, covering, consumed: new Set() };
    const toks = tokenize(text, view.start, Math.min(view.end, text.length));
    const full: SentenceView = { ...view, toks };
    const sentenceDrafts: Draft[] = [...findReportedSpeech(text, full), ...findDirectQuotes(text, full, prevDirect)];
    const last = sentenceDrafts.filter((d) => d.direct).at(-1);
    if (last) prevDirect = { end: last.end };
    else if (quotes.length === 0) prevDirect = null;
    drafts.push(...rememberSubjects(full, sentenceDrafts), ...sentenceDrafts.sort((a, b) => a.start - b.start));
  }
  const quotes = resolveSpeakers(ctx, drafts);
  return quotes.filter((q, i) => !drafts[i]?.remember && q.end > q.start);
}

function endOfSentenceAt(sentences: AnnotationContext['sentences'], from: number, at: number): number {
  for (let i = from; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.end >= at) return s.end;
  }
  return at;
}

/** "Foreign Office spokesperson Mumtaz Zahra Baloch recently articulated this position": a speaker for later "her". */
function rememberSubjects(s: SentenceView, found: readonly Draft[]): (Draft & { remember: true })[] {
  if (found.some((d) => d.speaker)) return [];
  for (let c = 0; c < s.toks.length; c++) {
    if (!QUOTE_MODEL.speechVerbs.has(s.toks[c]!.low) || s.toks[c]!.cap) continue;
    const np = phraseBefore(s.toks, c, 0) ?? (s.toks[c - 1]?.low.endsWith('ly') ? phraseBefore(s.toks, c - 1, 0) : null);
    if (!np || !s.toks[np[0]]!.cap) continue;
    const a = s.toks[np[0]]!.start;
    return [{ start: a, end: a, direct: false, cue: null, speaker: [a, s.toks[np[1] - 1]!.end], sentenceStart: s.start, remember: true }];
  }
  return [];
}
