import { describe, expect, it } from 'vitest';
import { formatDay, mondayOf, nearestYear, resolveMonth, resolveWeekday, shiftMonth, toAnchor } from './calendar.js';

const saturday = toAnchor('2025-11-15')!;

describe('calendar', () => {
  it('reads publication dates and rejects impossible ones', () => {
    expect(saturday).toMatchObject({ year: 2025, month: 11, day: 15 });
    expect(toAnchor('2025-11-15T08:00:00Z')?.day).toBe(15);
    expect(toAnchor('2025-02-30')).toBeNull();
    expect(toAnchor(null)).toBeNull();
  });

  it('resolves weekdays around the article date', () => {
    expect(formatDay(resolveWeekday(saturday, 5, 'onOrBefore'))).toBe('2025-11-14');
    expect(formatDay(resolveWeekday(saturday, 6, 'onOrBefore'))).toBe('2025-11-15');
    expect(formatDay(resolveWeekday(saturday, 6, 'before'))).toBe('2025-11-08');
    expect(formatDay(resolveWeekday(saturday, 1, 'after'))).toBe('2025-11-17');
  });

  it('resolves months around the article date', () => {
    expect(resolveMonth(saturday, 10, 'onOrBefore')).toBe('2025-10');
    expect(resolveMonth(saturday, 12, 'onOrBefore')).toBe('2024-12');
    expect(resolveMonth(saturday, 11, 'before')).toBe('2024-11');
    expect(resolveMonth(saturday, 2, 'after')).toBe('2026-02');
    expect(shiftMonth(toAnchor('2025-01-03')!, -1)).toBe('2024-12');
  });

  it('puts a day without a year nearest the article date', () => {
    expect(formatDay(nearestYear(toAnchor('2025-01-05')!, 12, 28)!)).toBe('2024-12-28');
    expect(formatDay(nearestYear(saturday, 11, 10)!)).toBe('2025-11-10');
  });

  it('finds the Monday of a week', () => {
    expect(formatDay(mondayOf(saturday.days))).toBe('2025-11-10');
  });
});
