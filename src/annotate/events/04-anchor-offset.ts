import { numberValue } from '../time/model.js';
import { EVENTS_MODEL, type OffsetUnit } from './model.js';

/** How far an anchored expression lies from its anchor event; `n` null when the text gives no count ("days later"). */
export interface AnchorOffset {
  readonly unit: OffsetUnit;
  readonly n: number | null;
  /** True when an anchor phrase follows: "one day after the strike", not "a day later". */
  readonly named: boolean;
}

const UNIT_OF: Record<string, OffsetUnit | undefined> = { day: 'day', week: 'week', month: 'month', year: 'year', decade: 'year' };

/**
 * Step 4: reads an expression that points from another event ("one day after", "a week later",
 * "the next day", "within hours"); null for expressions that do not ("on Friday", "in 2021").
 */
export function anchorOffset(whenText: string): AnchorOffset | null {
  const key = whenText.toLowerCase().replace(/\s+/g, ' ').trim();
  const fixed = EVENTS_MODEL.following[key] ?? EVENTS_MODEL.bareAnchors[key];
  if (fixed) {
    const last = key.split(' ').pop() ?? '';
    return { unit: fixed[0], n: fixed[1], named: EVENTS_MODEL.takesAnchorPhrase.has(last) && key in EVENTS_MODEL.bareAnchors };
  }
  // "(just over) two days after": count, unit, direction word; the time finder's own shape.
  const m = /(\S+(?: of)?)\s+(day|week|month|year|decade)s?\s+(\w+)$/.exec(key);
  if (!m) return null;
  const sign = EVENTS_MODEL.anchorWords[m[3]!];
  const unit = UNIT_OF[m[2]!];
  if (sign === undefined || !unit) return null;
  const count = numberValue(m[1]!.replace(/ of$/, ''));
  const scale = m[2] === 'decade' ? 10 : 1;
  return { unit, n: count === null ? null : sign * count * scale, named: EVENTS_MODEL.takesAnchorPhrase.has(m[3]!) };
}
