import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface Raw {
  months: Record<string, number>;
  monthsNeedingContext: { words: string[] };
  weekdays: Record<string, number>;
  monthModifiers: string[];
  weekdayModifiers: string[];
  yearModifiers: { words: string[] };
  years: { min: number; max: number };
  numbers: Record<string, number | null>;
  durationPrefixes: string[];
  units: Record<string, string>;
  anchors: { words: string[] };
  dayWords: Record<string, number | string>;
  periodOffsets: Record<string, number | string>;
  followingDay: { phrases: string[] };
}
const raw = require('../../../model/annotate-time.json') as Raw;

function withoutComment<T>(table: Record<string, T | string>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).filter(([k]) => k !== '$comment')) as Record<string, T>;
}

/** Escapes a phrase for a regex; spaces match any run of spaces. */
function phrase(p: string): string {
  return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** An alternation, longest first, so "Sept" is tried before "Sep". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(phrase).join('|');
}

/** An alternation where the first letter may be either case: "In October", "in October". */
export function alternationAnyFirst(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const first = w.charAt(0);
      return `[${first.toLowerCase()}${first.toUpperCase()}]${phrase(w.slice(1))}`;
    })
    .join('|');
}

const numbers = withoutComment(raw.numbers);

/** The time finder's word lists, read once from `model/annotate-time.json`. */
export const TIME_MODEL = {
  months: withoutComment(raw.months),
  monthsNeedingContext: new Set(raw.monthsNeedingContext.words),
  weekdays: withoutComment(raw.weekdays),
  monthModifiers: raw.monthModifiers,
  weekdayModifiers: raw.weekdayModifiers,
  yearModifiers: raw.yearModifiers.words,
  yearMin: raw.years.min,
  yearMax: raw.years.max,
  numbers,
  durationPrefixes: raw.durationPrefixes,
  units: withoutComment(raw.units) as Record<string, 'day' | 'week' | 'month' | 'year' | 'decade' | 'unknown'>,
  anchors: raw.anchors.words,
  dayWords: withoutComment(raw.dayWords) as Record<string, number>,
  periodOffsets: withoutComment(raw.periodOffsets) as Record<string, number>,
  followingDay: raw.followingDay.phrases,
} as const;

/** The value of a number word or numeral: "two" → 2, "12" → 12, "several" → null. */
export function numberValue(word: string): number | null {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(key)) return Number(key);
  return numbers[key] ?? null;
}
