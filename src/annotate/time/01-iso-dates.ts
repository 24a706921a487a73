import type { TimeExpression } from '../../types.js';
import { dayNumber, formatDay } from './calendar.js';
import { eachMatch, expression, type TimeContext } from './expression.js';

// "2025-11-10", also as the date of a timestamp ("2025-11-10T08:00"); not "2025-11-100".
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** Step 1: ISO dates, which resolve without the article date. */
export function findIsoDates({ text }: TimeContext): TimeExpression[] {
  return eachMatch(ISO, text, (m) => {
    const days = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return days === null ? null : expression(text, m.index, m.index + m[0].length, formatDay(days), 'day', false);
  });
}
