import type { TimeExpression } from '../../types.js';
import type { Anchor } from './calendar.js';

/** What every step receives: the text and the article date, if known. */
export interface TimeContext {
  readonly text: string;
  readonly anchor: Anchor | null;
}

export type Grain = TimeExpression['grain'];

/** Builds an expression over `text[start, end)`. */
export function expression(text: string, start: number, end: number, value: string | null, grain: Grain, relative: boolean): TimeExpression {
  return { start, end, text: text.slice(start, end), value, grain, relative };
}

/** Runs a global regex over the text, handing each match to `make`. */
export function eachMatch(pattern: RegExp, text: string, make: (m: RegExpExecArray) => TimeExpression | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const e = make(m);
    if (e) found.push(e);
  }
  return found;
}
