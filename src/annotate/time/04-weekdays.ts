import type { TimeExpression } from '../../types.js';
import { type Direction, formatDay, resolveWeekday } from './calendar.js';
import { eachMatch, expression, type TimeContext } from './expression.js';
import { alternation, alternationAnyFirst, TIME_MODEL } from './model.js';

// "on Friday", "last Tuesday", "Friday's strikes"; not "Fridays" (a habit, not a day).
const WEEKDAY = new RegExp(`\\b(?:(${alternationAnyFirst(TIME_MODEL.weekdayModifiers)})\\s+)?(${alternation(Object.keys(TIME_MODEL.weekdays))})\\b`, 'g');

/**
 * Step 4: weekdays. News tells the past, so "on Friday" in an article of Saturday 2025-11-15 is
 * 2025-11-14, and a weekday that is the article's own day is that day; "last Tuesday" is strictly
 * before the article date, "next Tuesday" strictly after, "this Tuesday" on or after.
 */
export function findWeekdays(ctx: TimeContext): TimeExpression[] {
  const { text } = ctx;
  return eachMatch(WEEKDAY, text, (m) => {
    const value = ctx.anchor ? formatDay(resolveWeekday(ctx.anchor, TIME_MODEL.weekdays[m[2]!]!, direction(m[1]?.toLowerCase()))) : null;
    return expression(text, m.index, m.index + m[0].length, value, 'day', true);
  });
}

function direction(modifier: string | undefined): Direction {
  if (modifier === 'last' || modifier === 'past') return 'before';
  if (modifier === 'next') return 'after';
  if (modifier === 'this') return 'onOrAfter';
  return 'onOrBefore';
}
