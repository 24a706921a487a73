import type { TimeExpression } from '../../types.js';
import { findIsoDates } from './01-iso-dates.js';
import { findCalendarDates } from './02-calendar-dates.js';
import { findMonths } from './03-months.js';
import { findWeekdays } from './04-weekdays.js';
import { findRelativePeriods } from './05-relative-periods.js';
import { findYears } from './06-years.js';
import { findDurations } from './07-durations.js';
import { toAnchor } from './calendar.js';
import type { TimeContext } from './expression.js';

/** The steps in order: on equal length, an earlier step's reading wins. */
const STEPS: readonly ((ctx: TimeContext) => TimeExpression[])[] = [
  findIsoDates,
  findCalendarDates,
  findMonths,
  findWeekdays,
  findRelativePeriods,
  findYears,
  findDurations,
];

/**
 * Finds date and time expressions and resolves them against the article's `published` date
 * (`YYYY-MM-DD`). Absolute dates always resolve; relative ones ("on Friday", "this month") have
 * `value: null` when the article date is unknown. Times of day and "now" are not dates and are
 * not reported. Overlapping readings: the longest wins ("November 10, 2025" over "November").
 */
export function findTimes(text: string, published: string | null): TimeExpression[] {
  const ctx: TimeContext = { text, anchor: toAnchor(published) };
  const candidates = STEPS.flatMap((step, order) => step(ctx).map((e) => ({ e, order })));
  candidates.sort((a, b) => b.e.end - b.e.start - (a.e.end - a.e.start) || a.order - b.order || a.e.start - b.e.start);
  const kept: TimeExpression[] = [];
  for (const { e } of candidates) {
    if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}
