import type { ClaimMeasure } from '../../types.js';
import { CLAIM_MODEL } from './model.js';

/** A figure found in the text, before measure, subject and claimant are known. */
export interface Figure {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly approx: boolean;
  readonly vague: boolean;
  readonly currency: string | null;
  /** True when written as a word ("three"): kept only next to a counted noun or a casualty word. */
  readonly word: boolean;
  /** What the figure counts when its own words say it ("a quadruple shooting": four people hit). */
  readonly counts?: { readonly measure: ClaimMeasure; readonly unit: string };
  /** True when the figure is a list of names ("John Smith, 24,"): see 05-named. */
  readonly named?: boolean;
}

function parseOne(raw: string): { value: number | null; currency: string | null; word: boolean } {
  let s = raw.trim();
  let currency: string | null = null;
  for (const [sym, code] of CLAIM_MODEL.currency) if (s.startsWith(sym)) { currency = code; s = s.slice(sym.length).trim(); break; }
  let mult = 1;
  for (const [w, m] of CLAIM_MODEL.multipliers) if (s.toLowerCase().endsWith(w)) { mult = m; s = s.slice(0, -w.length).trim(); break; }
  if (/^\d/.test(s)) return { value: Number(s.replace(/,/g, '')) * mult, currency, word: false };
  const low = s.toLowerCase().replace(/\s+/g, ' ');
  const compound = /^(\w+)[- ](\w+)$/.exec(low);
  const known = CLAIM_MODEL.numberWords.get(low);
  if (known !== undefined) return { value: known * mult, currency, word: true };
  if (compound) return { value: (CLAIM_MODEL.numberWords.get(compound[1]!) ?? 0) + (CLAIM_MODEL.numberWords.get(compound[2]!) ?? 0), currency, word: true };
  return { value: null, currency, word: true };
}

/**
 * Figures in one stretch of text, skipping what is not a count: years ("in 2021"), dates
 * ("March 4"), times ("4:30", "5 p.m."), ages ("a 34-year-old", "Smith, 30,"), ordinals ("3rd"),
 * durations ("two decades"), percentages (skipped: they measure shares, not counts), phone numbers
 * and numbered things ("Article 5", "Route 9").
 */
export function findFigures(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const re = CLAIM_MODEL.number;
  const region = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const g = m.groups ?? {};
    const start = from + m.index;
    let end = start + m[0].length;
    if (g.sep === 'and' && !/^between/i.test(m[0]) && g.num) {
      // "13 killed and 22" never joins; only "between 10 and 15" is a range.
      end = start + m[0].indexOf(g.num) + g.num.length;
      re.lastIndex = end - from;
      delete g.num2;
    }
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (CLAIM_MODEL.time.test(after) || CLAIM_MODEL.skipBefore.test(before) || CLAIM_MODEL.month.test(before) || CLAIM_MODEL.monthAfter.test(after)) continue;
    if (/[-.(]\d{3}[-.)]/.test(text.slice(start, end + 6)) || /^[-.]\d/.test(after)) continue; // phone numbers, dotted ids
    if (/\p{Lu}[\p{L}.]*,\s$/u.test(before) && /^,/.test(after)) continue; // "Gerido Gonzales, 30,": an age
    if (CLAIM_MODEL.personBefore.test(before) && /^,/.test(after)) continue; // "injured a boy, 7, who …": an age
    if (CLAIM_MODEL.partOf.test(after)) continue; // "one of two men shot": the next figure is the count
    if (g.none) {
      // "No one was injured": a stated zero.
      out.push({ start, end, value: 0, approx: false, vague: false, currency: null, word: true });
      continue;
    }
    if (g.multi) {
      // "a quadruple shooting": four people hit, whatever the words after say.
      const noun = CLAIM_MODEL.multipleNoun.exec(text.slice(end, end + 16))?.groups?.noun?.toLowerCase() ?? '';
      const counts = CLAIM_MODEL.multipleNouns.get(noun);
      out.push({ start, end, value: CLAIM_MODEL.multiples.get(g.multi.toLowerCase()) ?? null, approx: false, vague: false, currency: null, word: true, ...(counts ? { counts } : {}) });
      continue;
    }
    if (g.self && !CLAIM_MODEL.singularMore.test(text.slice(end, end + 60))) continue; // "shot himself" alone is no list
    if (g.single || g.self) {
      // "a man was shot": the figure is the article; the noun after it is the subject.
      const art = /^\S+(?:\s+\S+[- ]year[- ]old)?/.exec(g.single ?? '')?.[0] ?? ''; // "a 19-year-old" man: the age is not the count
      // "A man, woman and boy were wounded": the people listed after the first add up; the figure ends
      // before the last one's noun, so the measure is read after it.
      let value = 1;
      let listEnd = end;
      for (let more = CLAIM_MODEL.singularMore.exec(text.slice(listEnd, listEnd + 60)); more; more = CLAIM_MODEL.singularMore.exec(text.slice(listEnd, listEnd + 60))) {
        value++;
        listEnd += more[0].length;
      }
      // "Man, 24, shot": a headline's bare noun is no count unless a list follows ("Man, teen shot").
      if (value === 1 && /^\p{L}+$/u.test(g.single ?? '') && !/^(?:another)$/i.test(g.single ?? '')) continue;
      if (value > 1) {
        out.push({ start, end: listEnd, value, approx: false, vague: false, currency: null, word: true });
        re.lastIndex = listEnd - from;
        continue;
      }
      out.push({ start, end: start + art.length, value: 1, approx: false, vague: false, currency: null, word: true });
      continue;
    }
    if (g.vague) {
      out.push({ start, end, value: null, approx: true, vague: true, currency: null, word: true });
      continue;
    }
    const one = parseOne(g.num ?? '');
    const hasCommaOrCurrency = /,/.test(g.num ?? '') || one.currency !== null;
    if (!one.word && !hasCommaOrCurrency && one.value !== null && Number.isInteger(one.value) && one.value >= 1800 && one.value <= 2099 && /^\d{4}$/.test((g.num ?? '').trim())) continue; // a year
    const range = g.num2 !== undefined;
    out.push({
      start,
      end,
      value: one.value,
      approx: Boolean(g.hedge) || range || /dozen/i.test(g.num ?? ''),
      vague: false,
      currency: one.currency,
      word: one.word,
    });
  }
  return out;
}
