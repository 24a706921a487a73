import type { ClaimMeasure } from '../../types.js';
import type { Figure } from './01-numbers.js';
import { CLAIM_MODEL } from './model.js';

export interface Measured {
  readonly measure: ClaimMeasure;
  readonly unit: string | null;
  /** Where the counted noun phrase may start (after a unit such as "-kilometer"). */
  readonly nounFrom: number;
  /** Offset of the measure word after the figure, if that is where it was found ("12 soldiers were killed"). */
  readonly measureAt: number | null;
}

/** The words after a figure up to the next clause break: "soldiers were killed" in "12 soldiers were killed, while …". */
const AFTER_STOP = /[,;.!?:()]|(?<!\bshot)\sand\s|\s(?:while|but|with|after|before|as|when|whereas)\s|\d/u;
/** The words just before a figure: "killed" in "killed over 70", "losing" in "losing 12 soldiers". */
const BEFORE_STOP = /[,;.!?:()]|\b(?:and|while|but|with)\s/gu;

/**
 * What may stand between a figure and its measure word after it: the counted noun phrase and
 * auxiliaries ("19 civilians killed", "12 soldiers were reportedly killed", "three people, one fatally"),
 * but no preposition, so "turned 21 in the death of …" and "2 Shootings That Killed" are not casualties.
 */
const GAP_PREP = /^(?:in|of|at|on|for|from|into|during|after|before|that|which|to|than)$/i;
const gapAfterOk = (gap: string) => gap.replace(/^\s*of\s/, ' ').split(/\s+/).every((w) => w === '' || (/^[\p{L}'’"“”-]+$/u.test(w) && !GAP_PREP.test(w))); // "dozens of villagers were displaced"
/** What may stand between a measure word and the figure after it: "killed 274", "killed a total of 9", "capturing "many"". */
const GAP_WORDS = /^(?:a|an|the|total|of|another|at|least|some|estimated|nearly|over|about|["“”'])$/i;
const gapBeforeOk = (gap: string) => gap.split(/\s+/).every((w) => w === '' || GAP_WORDS.test(w));

/** Whom the verb hits, when the figure is its agent: "a gunman killed a guard", "a boy shot himself and his friend". */
const OBJECT_NEXT = /^\s+(?:(?:a|an|the|his|her|their|him|them|two|three|four|five|six|seven|eight|nine|ten)\b|\d|(?:him|her)self\s*(?:,|and\b|&))/u;
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/i;
const PASSIVE = /\b(?:were|was|are|is|been|be|being)\b/;

/** "Four people, including a 17-year-old girl, were shot": an aside between the count and its verb. */
const ASIDE = /^((?:\s+[\p{L}'’-]+){0,3}?)(\s*(?:,|--|—|–)\s*including\b[^,;:—–()]{1,50}?(?:,|--|—|–))/u;

function windowAfter(text: string, from: number): string {
  // The aside is blanked, not cut, so offsets into the window still point into the text.
  const s = text.slice(from, from + 80).replace(ASIDE, (_, lead: string, aside: string) => lead + ' '.repeat(aside.length));
  const m = AFTER_STOP.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/**
 * What a figure counts: money and lengths by their unit; casualties by the nearest measure word
 * after it ("19 civilians killed") or, failing that, just before it ("killed 274 fighters"); else a
 * generic count. "shot" counts people hit by gunfire, some of whom may have died: measure
 * `wounded` with unit `shot`, so consumers can subtract the dead.
 */
export function measureOf(text: string, f: Figure): Measured | null {
  if (f.counts) return { measure: f.counts.measure, unit: f.counts.unit, nounFrom: f.end, measureAt: null };
  const rest = text.slice(f.end, f.end + 30);
  const len = CLAIM_MODEL.length.exec(rest);
  if (len?.groups?.unit) return { measure: 'length', unit: CLAIM_MODEL.lengthUnits.get(len.groups.unit.toLowerCase()) ?? null, nounFrom: f.end + len[0].length, measureAt: null };
  const money = CLAIM_MODEL.money.exec(rest);
  if (f.currency || money) return { measure: 'money', unit: f.currency ?? money?.[0].trim().toLowerCase().replace(/^-/, '') ?? null, nounFrom: f.end + (money?.[0].length ?? 0), measureAt: null };
  const after = windowAfter(text, f.end);
  const re = CLAIM_MODEL.measureRe;
  re.lastIndex = 0;
  const found = re.exec(after);
  const hit = found && notCasualty(text, f.end + found.index + found[0].length) ? null : found;
  // "A 17-year-old girl and a man were not injured": a denied casualty is no count of one.
  if (hit && NEGATION.test(after.slice(0, hit.index))) return { measure: 'count', unit: null, nounFrom: f.end, measureAt: null };
  // "fired one shot at the man": shots, not people.
  if (hit && hit.index === 1 && CLAIM_MODEL.hitWords.has(hit[0].toLowerCase()) && CLAIM_MODEL.firedBefore.test(text.slice(Math.max(0, f.start - 30), f.start))) return { measure: 'count', unit: null, nounFrom: f.end, measureAt: null };
  // "an officer fired one shot": shots, not people, however far the figure stands.
  if (hit && CLAIM_MODEL.hitWords.has(hit[0].toLowerCase()) && CLAIM_MODEL.firedBefore.test(text.slice(Math.max(0, f.end + hit.index - 30), f.end + hit.index))) return { measure: 'count', unit: null, nounFrom: f.end, measureAt: null };
  if (hit && gapAfterOk(after.slice(0, hit.index))) {
    // "A pair of gunmen shot six people", "a gunman killed a guard": the figure is the agent, not the victims.
    if (!PASSIVE.test(after.slice(0, hit.index)) && OBJECT_NEXT.test(text.slice(f.end + hit.index + hit[0].length, f.end + hit.index + hit[0].length + 12))) return { measure: 'count', unit: null, nounFrom: f.end, measureAt: null };
    return casualty(hit[0], f.end + hit.index, f.end, f.named);
  }
  const beforeText = text.slice(Math.max(0, f.start - 40), f.start);
  // The last match of each, by exec loops rather than spreading `matchAll` into arrays per figure.
  let cut: RegExpExecArray | null = null;
  BEFORE_STOP.lastIndex = 0;
  for (let m = BEFORE_STOP.exec(beforeText); m; m = BEFORE_STOP.exec(beforeText)) cut = m;
  const near = cut ? beforeText.slice(cut.index + cut[0].length) : beforeText;
  // Read on from where the search after the figure stopped, as `matchAll` (which copies lastIndex) did.
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(near); m; m = re.exec(near)) last = m;
  if (last && notCasualty(text, f.start - near.length + last.index + last[0].length)) last = null;
  if (last && gapBeforeOk(near.slice((last.index ?? 0) + last[0].length))) return casualty(last[0], null, f.end, f.named);
  if (f.word && CLAIM_MODEL.hitRightBefore.test(near)) return { measure: 'wounded', unit: 'shot', nounFrom: f.end, measureAt: null };
  return { measure: 'count', unit: null, nounFrom: f.end, measureAt: null };
}

/** "a boy who lives here", "to kill another person": the measure word ending at `end` is no casualty. */
function notCasualty(text: string, end: number): boolean {
  return CLAIM_MODEL.notCasualty.test(text.slice(Math.max(0, end - 30), end));
}

/**
 * Unit `named` for victims named only by name: a name is often a victim the lead has already counted
 * ("Girl dies after shooting. Ann Lee was injured when …"), so consumers may take it for one of them.
 */
function casualty(word: string, at: number | null, nounFrom: number, named = false): Measured {
  const low = word.toLowerCase();
  const measure = CLAIM_MODEL.measure.get(low) ?? 'count';
  return { measure, unit: named ? 'named' : CLAIM_MODEL.hitWords.has(low) ? 'shot' : 'people', nounFrom, measureAt: at };
}
