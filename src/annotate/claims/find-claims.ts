import type { AnnotationContext } from '../context.js';
import type { Claim, Quote } from '../../types.js';
import { findQuotes } from '../quotes/find-quotes.js';
import { findFigures, type Figure } from './01-numbers.js';
import { measureOf } from './02-measure.js';
import { isPersonSubject, subjectOf } from './03-subject.js';
import { joinCoordinated } from './04-coordinate.js';
import { findNamedVictims } from './05-named.js';

/**
 * Numeric claims with what they count and who claims them. The claimant is the speaker of the
 * quote or reported statement the figure stands in ("Pakistan's military says it killed 274 …",
 * "according to Kabul", "They also report capturing 'many' …"), or null when the article states it.
 * Pass `quotes` when they are already found, so the quote pass is not run twice.
 */
export function findClaims(ctx: AnnotationContext, quotes: readonly Quote[] = findQuotes(ctx)): Claim[] {
  const { text } = ctx;
  const out: Claim[] = [];
  for (const sent of ctx.sentences) {
    if (sent.end <= sent.start || sent.end > text.length) continue;
    const sentence = { start: sent.start, end: sent.end, text: text.slice(sent.start, sent.end) };
    let previous: string | null = null;
    const measured = withNamed(findFigures(text, sent.start, sent.end), findNamedVictims(text, sent.start, sent.end)).flatMap((f) => {
      const m = measureOf(text, f);
      return m ? [{ f, m }] : [];
    });
    for (const { f, m } of joinCoordinated(text, measured)) {
      const subject = subjectOf(text, f, m, sent.start, previous);
      // "2 Shootings That Killed …", "Four people receive indictments in overdose death": casualties count people.
      if (m.measureAt !== null && CASUALTY.has(m.measure) && subject && !isPersonSubject(subject) && !/^\p{Lu}/u.test(subject)) continue;
      // "many analysts", "two decades", "one day": vague or worded figures count only people or casualties.
      if ((f.vague || f.word) && m.measure === 'count' && !isPersonSubject(subject)) continue;
      if (f.vague && m.measure === 'money') continue;
      // "His brother said …": a relative is counted only as a casualty, not as a head count.
      if (m.measure === 'count' && POSSESSIVE.test(text.slice(f.start, f.end))) continue;
      previous = subject || previous;
      const q = claimantQuote(quotes, f.start, f.end);
      out.push({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        measure: m.measure,
        value: f.value,
        approx: f.approx,
        unit: m.unit,
        subject,
        claimant: q?.speaker ?? null,
        claimantId: q?.speakerId ?? null,
        claimantSpan: q?.speaker ? q.speakerSpan : null,
        sentence,
      });
    }
  }
  return out;
}

const POSSESSIVE = /^(?:his|her|their|\p{L}+['’]s)(?![\p{L}])/iu;
const CASUALTY = new Set(['killed', 'wounded', 'captured', 'missing', 'displaced', 'arrested']);

/** Figures and named victims in text order; a name list that overlaps a figure gives way to it. */
function withNamed(figures: Figure[], named: readonly Figure[]): Figure[] {
  if (!named.length) return figures;
  const kept = named.filter((n) => !figures.some((f) => f.start < n.end && n.start < f.end));
  return [...figures, ...kept].sort((a, b) => a.start - b.start);
}

/** The innermost attributed quote containing the figure. */
function claimantQuote(quotes: readonly Quote[], start: number, end: number): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.speaker === null || q.start > start || q.end < end) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  return best;
}
