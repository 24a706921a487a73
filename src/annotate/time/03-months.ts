import type { TimeExpression } from '../../types.js';
import { type Direction, formatMonth, resolveMonth } from './calendar.js';
import { eachMatch, expression, type TimeContext } from './expression.js';
import { alternation, alternationAnyFirst, TIME_MODEL } from './model.js';

const FULL_NAMES = Object.keys(TIME_MODEL.months).filter((m) => m.length > 3 || m === 'May');
// "in October", "last October", "mid-March", "October fighting"; a day or year after the name
// is step 2's ("October 10", "October 2025").
const MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${alternationAnyFirst(TIME_MODEL.monthModifiers)})(?:\\s+|-))?(${alternation(FULL_NAMES)})(?![\\p{L}\\p{N}])(?!\\.?\\s+(?:\\d{4}|3[01]|[12]\\d|0?[1-9])(?!\\d))`,
  'gu',
);
// "June Tarrant", "October Revolution": a bare month before a capitalised word is a name.
const BEFORE_NAME = /^\s+\p{Lu}/u;

/**
 * Step 3: months without a day. News tells the past, so a bare month is its latest occurrence
 * on or before the article's month ("in October" in November 2025 → 2025-10); "last October"
 * is strictly before it, "next October" strictly after, "this October" in the article's year. "May" and "March" need a modifier.
 */
export function findMonths(ctx: TimeContext): TimeExpression[] {
  const { text } = ctx;
  return eachMatch(MONTH, text, (m) => {
    const modifier = m[1]?.toLowerCase();
    const name = m[2]!;
    const end = m.index + m[0].length;
    if (!modifier && (TIME_MODEL.monthsNeedingContext.has(name) || BEFORE_NAME.test(text.slice(end, end + 3)))) return null;
    const month = TIME_MODEL.months[name]!;
    const value = !ctx.anchor ? null : modifier === 'this' ? formatMonth(ctx.anchor.year, month) : resolveMonth(ctx.anchor, month, direction(modifier));
    return expression(text, m.index, end, value, 'month', true);
  });
}

function direction(modifier: string | undefined): Direction {
  if (modifier === 'last' || modifier === 'past') return 'before';
  if (modifier === 'next') return 'after';
  return 'onOrBefore';
}
