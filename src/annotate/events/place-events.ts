import type { Sentence, Span, TimeExpression, TimelineEvent } from '../../types.js';
import { addBareAnchors } from './01-bare-anchors.js';
import { type Clause, findClause } from './02-find-clause.js';
import { describe } from './03-describe.js';
import { type AnchorOffset, anchorOffset } from './04-anchor-offset.js';
import { shiftDate } from './05-shift-date.js';
import { type AnchorCandidate, findAnchor } from './06-find-anchor.js';
import { sortTimeline } from './07-sort-timeline.js';

interface Draft {
  event: TimelineEvent;
  sentence: number;
  offset: AnchorOffset | null;
  /** The anchor event as the text names it: "the strike" in "one day after the strike". */
  name: string | null;
}

/**
 * Places an article's events on a timeline: one event per time expression that says when
 * something happened, with the clause it dates. Durations ("for two decades") date nothing and
 * are skipped; starting points ("since 2021") date their clause. Anchored expressions ("one day
 * after X", "the next day", "within hours") take their date from the anchor event when it is
 * dated in the article. Sorted by date; undated events stay after the event told before them.
 */
export function placeEvents(
  text: string,
  sentences: readonly Sentence[],
  times: readonly TimeExpression[],
  published: string | null,
): TimelineEvent[] {
  // `published` already resolved the relative expressions; it is kept in the signature so a
  // later step can date sentences with no time of their own (basis 'published').
  void published;
  const drafts: Draft[] = [];
  const all = addBareAnchors(text, times);
  for (const when of all) {
    const offset = when.value === null ? anchorOffset(when.text) : null;
    if (when.value === null && !when.relative) continue; // "over a century": a span, not a point
    const sentence = sentences.findIndex((s) => s.start <= when.start && when.start < s.end);
    const clause = findClause(text, sentences[sentence] ?? when, when, all);
    const name = offset?.named ? anchorName(text, clause, when) : null;
    // "the council met two days after the vote" → "the council met": the anchor is not the event.
    const removed: Span = name !== null && !clause.opener ? { ...when, end: clause.end } : when;
    const basis = when.value !== null ? (when.relative ? 'relative' : 'absolute') : offset ? 'anchored' : 'unknown';
    const event: TimelineEvent = {
      start: clause.start,
      end: clause.end,
      text: text.slice(clause.start, clause.end),
      date: when.value,
      when: { start: when.start, end: when.end, text: when.text },
      what: describe(text, clause, removed),
      basis,
    };
    drafts.push({ event, sentence, offset, name });
  }
  resolveAnchors(text, sentences, drafts);
  return sortTimeline(drafts.map((d) => d.event));
}

/** The anchor as named after the time: up to the opener's comma, else to the clause end. */
function anchorName(text: string, clause: Clause, when: Span): string | null {
  const end = clause.opener ? clause.opener.end : clause.end;
  const name = text.slice(when.end, end).replace(/^\s*to\b/i, '').trim();
  return name.length > 0 ? name : null;
}

/** Dates anchored events in text order, so "the next day" can count from a resolved "one day after". */
function resolveAnchors(text: string, sentences: readonly Sentence[], drafts: Draft[]): void {
  for (const draft of drafts) {
    if (!draft.offset) continue;
    const candidates: AnchorCandidate[] = drafts
      .filter((d) => d !== draft && (draft.name === null || d.sentence !== draft.sentence))
      .map((d) => ({ start: d.event.when?.start ?? d.event.start, date: d.event.date, context: contextOf(text, sentences, d, draft.sentence) }));
    // "one day after X" needs an X dated to the day: a year-grain event that shares words is a worse anchor
    // than a day-grain one that shares as many; fall back to any dated event when none is that precise.
    const precise = draft.offset.unit === 'day' || draft.offset.unit === 'week' ? candidates.filter((c) => (c.date?.length ?? 0) >= 10) : candidates;
    const at = draft.event.when?.start ?? draft.event.start;
    const anchor = findAnchor(at, draft.name, precise) ?? findAnchor(at, draft.name, candidates);
    if (anchor?.date) draft.event = { ...draft.event, date: shiftDate(anchor.date, draft.offset) };
  }
}

/**
 * The event's sentence and the next one in its paragraph, where a named anchor is described;
 * never the anchored event's own sentence, which names the anchor and so always matches.
 */
function contextOf(text: string, sentences: readonly Sentence[], draft: Draft, anchored: number): string {
  const own = sentences[draft.sentence];
  if (!own) return draft.event.text;
  const next = sentences[draft.sentence + 1];
  const end = next && next.paragraph === own.paragraph && draft.sentence + 1 !== anchored ? next.end : own.end;
  return text.slice(own.start, end);
}
