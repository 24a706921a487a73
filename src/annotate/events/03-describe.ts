import type { Span } from '../../types.js';
import type { Clause } from './02-find-clause.js';
import { EVENTS_MODEL } from './model.js';

/**
 * Step 3: what happened, in short: the main clause with the time expression taken out and the
 * whitespace tidied. "Pakistan's air strikes on Friday marked an escalation" → "Pakistan's air
 * strikes marked an escalation". Long clauses are cut at `maxWhatWords` with an ellipsis.
 */
export function describe(text: string, clause: Clause, when: Span): string {
  const from = clause.mainStart;
  const to = clause.end;
  const inside = when.start >= from && when.end <= to;
  const raw = inside ? `${text.slice(from, when.start)} ${text.slice(when.end, to)}` : text.slice(from, to);
  const tidy = raw
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/^[\s,;:—–-]+|[\s,;:—–.-]+$/g, '')
    // "but failed …", "and the council …": the conjunction belongs to the sentence, not the event.
    .replace(/^(?:but|and|while|whereas|yet)\s+/i, '')
    .trim();
  const words = tidy.split(' ');
  return words.length > EVENTS_MODEL.maxWhatWords ? `${words.slice(0, EVENTS_MODEL.maxWhatWords).join(' ')}…` : tidy;
}
