import type { TimeExpression } from '../../types.js';
import { eachMatch, expression, type TimeContext } from './expression.js';
import { alternationAnyFirst, TIME_MODEL } from './model.js';

// "since 2021", "in 2021", "mid-2019", "between 2019 and 2021"; not "in 2021-22 budgets" or
// "in 2,021 cases". A four-digit number alone is more often a count than a year.
const YEAR = new RegExp(`\\b(?:${alternationAnyFirst(TIME_MODEL.yearModifiers)})(?:\\s+|-)(\\d{4})(?![\\d-–]|[.,]\\d)`, 'g');
// "the 1990s", "the late 1980s", "the ’90s".
const DECADE = /\b(?:[Tt]he\s+)?(?:(?:early|mid|late)[- ])?(\d{3})0s\b|\b[Tt]he\s+['’](\d)0s\b/g;

/** Step 6: years and decades, which resolve without the article date. */
export function findYears({ text }: TimeContext): TimeExpression[] {
  return [
    ...eachMatch(YEAR, text, (m) => {
      const year = Number(m[1]);
      if (year < TIME_MODEL.yearMin || year > TIME_MODEL.yearMax) return null;
      return expression(text, m.index, m.index + m[0].length, m[1]!, 'year', false);
    }),
    ...eachMatch(DECADE, text, (m) => {
      // "the ’90s" is taken as the 1990s and "the ’20s" as the 2020s: news rarely means 1920.
      const decade = m[1] !== undefined ? Number(m[1]) * 10 : Number(m[2]) * 10 + (Number(m[2]) >= 3 ? 1900 : 2000);
      if (decade < TIME_MODEL.yearMin || decade > TIME_MODEL.yearMax) return null;
      return expression(text, m.index, m.index + m[0].length, String(decade), 'decade', false);
    }),
  ];
}
