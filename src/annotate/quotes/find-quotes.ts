import type { AnnotationContext } from '../context.js';
import type { Quote } from '../../types.js';
import { findQuotedSpans } from './01-quoted-spans.js';
import { findReportedSpeech } from './02-reported-speech.js';
import { findStanceClauses } from './02b-stance-clauses.js';
import { findDirectQuotes } from './03-direct-quotes.js';
import { resolveSpeakers } from './04-resolve-speakers.js';
import { mergeFragments } from './05-merge-fragments.js';
import type { Draft, SentenceView } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { phraseBefore } from './noun-phrase.js';
import { tokenize } from './tokens.js';

/**
 * Quotes and reported statements with their speakers, in text order. Sentences are read one at a
 * time (reported speech first, then the quotation marks), then speakers are resolved in order so
 * pronouns and roles can carry the last named speaker; fragments of one interrupted quotation are
 * joined last.
 */
export function findQuotes(ctx: AnnotationContext): Quote[] {
  const { text } = ctx;
  const quoted = findQuotedSpans(text);
  const drafts: (Draft & { remember?: boolean })[] = [];
  const top = quoted.filter((q) => !q.nested);
  let qi = 0;
  let si = 0;
  let prevDirect: { end: number } | null = null;
  let skipUntil = 0;
  for (const sent of ctx.sentences) {
    si++;
    if (sent.end <= sent.start || sent.end > text.length || sent.start < skipUntil) continue;
    while (qi < quoted.length && (quoted[qi]?.open ?? 0) < sent.start) qi++;
    const quotes = [];
    for (let k = qi; k < quoted.length && (quoted[k]?.open ?? Infinity) < sent.end; k++) quotes.push(quoted[k]!);
    // A quotation running past the sentence is read up to the end of the sentence it closes in ("…," Espinoza tells).
    let end = endOfSentenceAt(ctx.sentences, si - 1, Math.max(sent.end, ...quotes.map((q) => q.close + 1)));
    // "…, no?" Freddy Ortega said. — split off by the sentence splitter after the question mark: read them together.
    const attribution = quotes.length > 0 ? splitAttribution(text, ctx.sentences, si - 1, end) : null;
    if (attribution) end = skipUntil = attribution.end;
    const covering = top.filter((q) => q.open < end && q.close >= sent.start);
    const view: SentenceView = { start: sent.start, end, toks: [], quotes, covering, consumed: new Set() };
    const toks = tokenize(text, view.start, Math.min(view.end, text.length));
    // Most sentences hold a cue word (61% on PolNeAR): a set lookup per token is cheaper than a regex over the sentence first.
    if (quotes.length === 0 && covering.length === 0 && !toks.some((t) => QUOTE_MODEL.cueWords.has(t.low)) && !QUOTE_MODEL.headlineColon.test(text.slice(sent.start, sent.start + 60))) continue;
    const full: SentenceView = { ...view, toks };
    const sentenceDrafts: Draft[] = [...findReportedSpeech(text, full), ...findDirectQuotes(text, full, prevDirect)];
    sentenceDrafts.push(...findStanceClauses(text, full)); // after both, so cues already read as speech are skipped
    const last = sentenceDrafts.filter((d) => d.direct).at(-1);
    if (last) prevDirect = { end: last.end };
    else if (quotes.length === 0) prevDirect = null;
    drafts.push(...rememberSubjects(full, sentenceDrafts), ...sentenceDrafts.sort((a, b) => a.start - b.start));
  }
  const quotes = resolveSpeakers(ctx, drafts);
  return mergeFragments(text, quotes.filter((q, i) => !drafts[i]?.remember && q.end > q.start));
}

/** Most words a sentence holding only an attribution has ("Roger Altman, a banker at a boutique firm, said."). */
const ATTRIBUTION_MAX_TOKENS = 16;

/** The sentence right after `end` when the text before it closes a quotation and it is only "X said." (no quote of its own). */
function splitAttribution(text: string, sentences: AnnotationContext['sentences'], from: number, end: number): { end: number } | null {
  if (!/["”']\s*$/.test(text.slice(Math.max(0, end - 3), end))) return null;
  let i = from;
  while (i < sentences.length && sentences[i]!.start < end) i++;
  const next = sentences[i];
  if (!next || /\n/.test(text.slice(end, next.start))) return null;
  const toks = tokenize(text, next.start, next.end);
  if (toks.length > ATTRIBUTION_MAX_TOKENS || toks.some((t) => !t.word && /^["“”]$/.test(t.low))) return null;
  return toks.some((t) => !t.cap && QUOTE_MODEL.speechVerbs.has(t.low)) && toks[0]?.cap ? next : null;
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
