import type { TimeExpression } from '../../types.js';
import { type Anchor, formatDay, mondayOf, shiftMonth } from './calendar.js';
import { eachMatch, expression, type Grain, type TimeContext } from './expression.js';
import { alternation, numberValue, TIME_MODEL } from './model.js';

// "this month", "last year", "earlier this week", "the past week".
const PERIOD = new RegExp(`\\b(${alternation(Object.keys(TIME_MODEL.periodOffsets))})\\s+(week|weekend|month|year)\\b`, 'gi');
// "yesterday", "today", "last night", "this morning".
const DAY_WORD = new RegExp(`\\b(${alternation(Object.keys(TIME_MODEL.dayWords))})\\b`, 'gi');
// "three days ago", "two weeks ago", "a year ago".
const AGO = new RegExp(`\\b(${alternation(Object.keys(TIME_MODEL.numbers))}|\\d{1,3})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi');

/**
 * Step 5: periods counted from the article date. A week is given by its Monday (ISO weeks), a
 * weekend by its Saturday. Without an article date they are kept with a null value.
 */
export function findRelativePeriods(ctx: TimeContext): TimeExpression[] {
  const { text, anchor } = ctx;
  return [
    ...eachMatch(PERIOD, text, (m) => {
      const offset = TIME_MODEL.periodOffsets[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      const unit = m[2]!.toLowerCase();
      const grain: Grain = unit === 'weekend' ? 'day' : (unit as Grain);
      return expression(text, m.index, m.index + m[0].length, anchor ? periodValue(anchor, unit, offset) : null, grain, true);
    }),
    ...eachMatch(DAY_WORD, text, (m) => {
      const offset = TIME_MODEL.dayWords[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
      return expression(text, m.index, m.index + m[0].length, anchor ? formatDay(anchor.days + offset) : null, 'day', true);
    }),
    ...eachMatch(AGO, text, (m) => {
      const count = numberValue(m[1]!);
      const unit = m[2]!.toLowerCase();
      const value = anchor && count !== null ? periodValue(anchor, unit === 'decade' ? 'year' : unit, unit === 'decade' ? -10 * count : -count) : null;
      return expression(text, m.index, m.index + m[0].length, value, unit === 'decade' ? 'year' : (unit as Grain), true);
    }),
  ];
}

/** The period `offset` units from the anchor's own. */
export function periodValue(anchor: Anchor, unit: string, offset: number): string {
  switch (unit) {
    case 'day':
      return formatDay(anchor.days + offset);
    case 'week':
      return formatDay(mondayOf(anchor.days) + 7 * offset);
    case 'weekend':
      return formatDay(mondayOf(anchor.days) + 5 + 7 * offset);
    case 'month':
      return shiftMonth(anchor, offset);
    default:
      return String(anchor.year + offset).padStart(4, '0');
  }
}
