import type { TimeExpression } from '../../types.js';
import { alternation, EVENTS_MODEL } from './model.js';

// "Yet within hours, the spokesman …": no count, so the time finder does not report it.
const BARE = new RegExp(`\\b(?:${alternation(Object.keys(EVENTS_MODEL.bareAnchors))})\\b`, 'gi');

/**
 * Step 1: adds the anchored phrases without a count ("within hours", "days later") to the time
 * expressions, as relative expressions without a value, keeping text order. A phrase that
 * overlaps an expression already found is left to it.
 */
export function addBareAnchors(text: string, times: readonly TimeExpression[]): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const m of text.matchAll(BARE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (times.some((t) => t.start < end && start < t.end)) continue;
    found.push({ start, end, text: m[0], value: null, grain: 'day', relative: true });
  }
  return [...times, ...found].sort((a, b) => a.start - b.start);
}
