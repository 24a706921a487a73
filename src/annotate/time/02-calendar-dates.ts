import type { TimeExpression } from '../../types.js';
import { dayNumber, formatDay, formatMonth, nearestYear } from './calendar.js';
import { eachMatch, expression, type TimeContext } from './expression.js';
import { alternation, TIME_MODEL } from './model.js';

const MONTH = `(${alternation(Object.keys(TIME_MODEL.months))})\\.?`;
const DAY = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
// "November 10, 2025", "Nov. 10", "May 5" (a day makes "May" a month).
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?![.,]\\d)${YEAR}(?!\\d)`, 'g');
// "10 November 2025", "10th of November".
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])${YEAR}(?!\\d)`, 'g');
// "November 2025", "March 2024".
const MONTH_YEAR = new RegExp(`\\b${MONTH},?\\s+(\\d{4})(?!\\d)`, 'g');

/**
 * Step 2: dates written with a month name. A day without a year takes the year that puts it
 * nearest the article date ("Dec. 28" in an article of 2025-01-05 is 2024-12-28), and stays
 * unresolved when the article date is unknown.
 */
export function findCalendarDates(ctx: TimeContext): TimeExpression[] {
  const { text } = ctx;
  return [
    ...eachMatch(MONTH_DAY, text, (m) => dated(ctx, m, m[1]!, m[2]!, m[3])),
    ...eachMatch(DAY_MONTH, text, (m) => dated(ctx, m, m[2]!, m[1]!, m[3])),
    ...eachMatch(MONTH_YEAR, text, (m) => {
      const month = TIME_MODEL.months[m[1]!]!;
      return expression(text, m.index, m.index + m[0].length, formatMonth(Number(m[2]), month), 'month', false);
    }),
  ];
}

function dated(ctx: TimeContext, m: RegExpExecArray, monthName: string, dayText: string, yearText: string | undefined): TimeExpression | null {
  const month = TIME_MODEL.months[monthName]!;
  const day = Number(dayText);
  const end = m.index + m[0].length;
  if (yearText !== undefined) {
    const days = dayNumber(Number(yearText), month, day);
    return days === null ? null : expression(ctx.text, m.index, end, formatDay(days), 'day', false);
  }
  const days = ctx.anchor ? nearestYear(ctx.anchor, month, day) : null;
  return expression(ctx.text, m.index, end, days === null ? null : formatDay(days), 'day', true);
}
