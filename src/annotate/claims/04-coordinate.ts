import type { Figure } from './01-numbers.js';
import type { Measured } from './02-measure.js';
import { isPersonSubject } from './03-subject.js';

export interface MeasuredFigure {
  readonly f: Figure;
  readonly m: Measured;
}

/**
 * What may stand between two coordinated figures: the first one's noun and "and" or a comma
 * ("a woman | and | a child were shot", "three men | and | a woman were wounded",
 * "a man, | a woman and a boy"). No verb: "a man was shot and a woman killed" is two claims.
 */
const JOINER = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}'’-]+(?:\s+and|,(?:\s+and)?)\s+$/u;
const CASUALTY = new Set(['killed', 'wounded']);
const VERB = /\b(?:was|were|is|are|been|be|has|have|had|said|says|who|that|which)\b/i;

/**
 * People counted together before one casualty word: "A woman and a child were shot" is two shot,
 * not one. A figure with no measure of its own joins the next figure's count when only its person
 * noun and "and" (or a comma) stand between them; runs right to left, so lists of three add up.
 */
export function joinCoordinated(text: string, items: readonly MeasuredFigure[]): MeasuredFigure[] {
  const out = [...items];
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.f.value === null || b.f.value === null || a.f.vague || b.f.vague) continue;
    const between = text.slice(a.f.end, b.f.start);
    if (!JOINER.test(between) || VERB.test(between) || !isPersonSubject(between.replace(/[,]/g, ' '))) continue;
    if (b.f.named && !/\band\b/.test(between)) continue; // "his brother, John Smith, was hurt": one person, named again
    const value = a.f.value + b.f.value;
    const approx = a.f.approx || b.f.approx;
    // "A woman and a child were shot": the measure comes after the last one.
    if (a.m.measure === 'count' && CASUALTY.has(b.m.measure) && b.m.measureAt !== null) out.splice(i, 2, { f: { ...b.f, start: a.f.start, value, approx }, m: b.m });
    // "shot two women and a young girl": the measure comes before the first one.
    else if (CASUALTY.has(a.m.measure) && a.m.measureAt === null && b.m.measure === 'count') out.splice(i, 2, { f: { ...a.f, end: b.f.end, value, approx }, m: a.m });
  }
  return out;
}
