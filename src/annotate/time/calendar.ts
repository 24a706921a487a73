/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01), so resolving "last Tuesday"
 * never depends on the machine's time zone.
 */

const DAY_MS = 86_400_000;

/** The article date the relative expressions are resolved against. */
export interface Anchor {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly days: number;
}

/** Reads `YYYY-MM-DD` (a longer ISO timestamp is cut to its date); null when absent or invalid. */
export function toAnchor(published: string | null | undefined): Anchor | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  const days = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return days === null ? null : anchorOf(days);
}

export function anchorOf(days: number): Anchor {
  const d = new Date(days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), days };
}

/** The day number of a calendar date, or null when it does not exist ("February 30"). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCFullYear() !== year) return null;
  return Math.round(d.getTime() / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function formatDay(days: number): string {
  const a = anchorOf(days);
  return `${pad(a.year, 4)}-${pad(a.month, 2)}-${pad(a.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** Which occurrence of a weekday or month an expression means, seen from the article date. */
export type Direction = 'onOrBefore' | 'before' | 'onOrAfter' | 'after';

/** The day of `weekday` nearest the anchor in `direction`: "on Friday" → onOrBefore. */
export function resolveWeekday(anchor: Anchor, weekday: number, direction: Direction): number {
  const back = (weekdayOf(anchor.days) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(anchor.days) + 7) % 7;
  switch (direction) {
    case 'onOrBefore':
      return anchor.days - back;
    case 'before':
      return anchor.days - (back === 0 ? 7 : back);
    case 'onOrAfter':
      return anchor.days + ahead;
    case 'after':
      return anchor.days + (ahead === 0 ? 7 : ahead);
  }
}

/** The `YYYY-MM` of `month` nearest the anchor in `direction`: "in October" → onOrBefore. */
export function resolveMonth(anchor: Anchor, month: number, direction: Direction): string {
  let year = anchor.year;
  if (direction === 'onOrBefore' && month > anchor.month) year--;
  if (direction === 'before' && month >= anchor.month) year--;
  if (direction === 'onOrAfter' && month < anchor.month) year++;
  if (direction === 'after' && month <= anchor.month) year++;
  return formatMonth(year, month);
}

/** A day-and-month without a year ("Nov. 10"): the year that puts it nearest the article date. */
export function nearestYear(anchor: Anchor, month: number, day: number): number | null {
  let best: number | null = null;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const days = dayNumber(year, month, day);
    if (days !== null && (best === null || Math.abs(days - anchor.days) < Math.abs(best - anchor.days))) best = days;
  }
  return best;
}

/** The month `offset` months from the anchor's ("last month" → -1). */
export function shiftMonth(anchor: Anchor, offset: number): string {
  const index = anchor.year * 12 + (anchor.month - 1) + offset;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The Monday that starts the week containing `days` (ISO weeks). */
export function mondayOf(days: number): number {
  return days - ((weekdayOf(days) + 6) % 7);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
