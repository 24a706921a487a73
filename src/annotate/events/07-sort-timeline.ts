import type { TimelineEvent } from '../../types.js';

/**
 * Step 7: events in date order. An undated event stays right after the dated event told before
 * it (or first, when none was), since the text's order is the best clue it has. Dates of
 * different grain compare as strings, so "2025-10" comes before "2025-10-05". Stable.
 */
export function sortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  let key = '';
  const keyed = events.map((e, i) => {
    if (e.date !== null) key = e.date;
    return { e, key, i };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
  return keyed.map((k) => k.e);
}
