import type { TimeExpression } from '../../types.js';
import { eachMatch, expression, type Grain, type TimeContext } from './expression.js';
import { alternation, TIME_MODEL } from './model.js';

const UNITS = Object.keys(TIME_MODEL.units);
// "the next day", "the following week": relative to the event just told.
const FOLLOWING = new RegExp(`\\b(${alternation(TIME_MODEL.followingDay)})\\b`, 'gi');
// "two decades", "over a century", "one day after", "a week later"; not "a 36 year old man".
// "centuries" is the plural.
const DURATION = new RegExp(
  `\\b(?:(${alternation(TIME_MODEL.durationPrefixes)})\\s+)?(${alternation(Object.keys(TIME_MODEL.numbers))}|\\d{1,3}(?:\\.\\d)?)\\s+(${alternation(UNITS)}|centurie)s?\\b(?![\\s-]+old\\b)(?:\\s+(${alternation(TIME_MODEL.anchors)})\\b)?`,
  'gi',
);

/**
 * Step 7: spans of time and points relative to another event. Neither resolves against the
 * article date, so their value is null: "one day after" the strikes is a day we cannot name
 * without knowing the strikes' date. Anchored ones are `relative`, plain durations are not.
 */
export function findDurations({ text }: TimeContext): TimeExpression[] {
  return [
    ...eachMatch(FOLLOWING, text, (m) => expression(text, m.index, m.index + m[0].length, null, grainOf(m[1]!), true)),
    ...eachMatch(DURATION, text, (m) => {
      const [, prefix, count, unitWord, anchor] = m;
      // "twice a day", "24 hours a day": a lone "a" counts only with "over a century" or "a day later".
      if (!prefix && !anchor && /^an?$/i.test(count!)) return null;
      const unit = unitWord!.toLowerCase();
      const grain = unit === 'centurie' ? 'unknown' : (TIME_MODEL.units[unit] ?? 'unknown');
      return expression(text, m.index, m.index + m[0].length, null, grain, anchor !== undefined);
    }),
  ];
}

function grainOf(phrase: string): Grain {
  const last = phrase.toLowerCase().split(/\s+/).pop() ?? '';
  if (last === 'week' || last === 'month' || last === 'year') return last;
  return 'day';
}
