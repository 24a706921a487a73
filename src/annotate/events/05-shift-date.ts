import { dayNumber, formatDay, formatMonth } from '../time/calendar.js';
import type { AnchorOffset } from './04-anchor-offset.js';

const RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

/**
 * Step 5: the date `offset` away from an anchor date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). The
 * result is never finer than the anchor: "a day after the October fighting" is October, and
 * never finer than the offset needs: "a month after 10 May" is June. Null when it cannot be told
 * ("days after" a known day).
 */
export function shiftDate(anchor: string, offset: AnchorOffset): string | null {
  const [y, mo, d] = anchor.split('-').map(Number) as [number, number | undefined, number | undefined];
  const grain = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  // An offset finer than the anchor stays within it, assuming it does not cross its end.
  if (RANK[offset.unit] < RANK[grain]) return anchor;
  if (offset.n === null) return null;
  const n = offset.n;
  switch (offset.unit) {
    case 'day':
    case 'week': {
      const days = dayNumber(y, mo ?? 1, d ?? 1);
      if (days === null) return null;
      const moved = formatDay(days + (offset.unit === 'week' ? 7 * n : n));
      return grain === 'day' ? moved : moved.slice(0, grain === 'month' ? 7 : 4);
    }
    case 'month': {
      if (mo === undefined) return anchor;
      const total = y * 12 + (mo - 1) + n;
      return formatMonth(Math.floor(total / 12), (total % 12) + 1);
    }
    case 'year':
      return mo === undefined ? String(y + n).padStart(4, '0') : formatMonth(y + n, mo);
  }
}
