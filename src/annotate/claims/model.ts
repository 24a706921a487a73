import { createRequire } from 'node:module';
import type { ClaimMeasure } from '../../types.js';

const require = createRequire(import.meta.url);
interface Raw {
  numberWords: Record<string, number>;
  vagueWords: string[];
  multipliers: Record<string, number>;
  hedges: string[];
  measures: Record<string, string[]>;
  money: string[];
  currencySymbols: Record<string, string>;
  lengthUnits: Record<string, string>;
  timeUnits: string[];
  skipPreceding: string[];
  monthNames: string[];
  personNouns: string[];
  copulaSubjects: string[];
  singular: string;
  singularMore: string;
  firedBefore: string[];
  notCasualty: string[];
  hitWords: string[];
  hitRightBefore: string[];
  nobody: string[];
  multiples: Record<string, number>;
  multipleNouns: Record<string, [string, string]>;
  namedVictim: { verbs: string[]; between: string[]; notNames: string[]; before: string[]; placeWords: string[] };
}
const raw = require('../../../model/claims.json') as Raw;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');

const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const WORD_NUMBER = `${TENS}[- ](?:one|two|three|four|five|six|seven|eight|nine)|${alt(Object.keys(raw.numberWords))}`;
const DIGITS = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?`;
const MULT = `(?:\\s*(?:${alt(Object.keys(raw.multipliers))}))?`;
const CURRENCY = `(?:${alt(Object.keys(raw.currencySymbols))})\\s?`;
const ONE = `(?:${CURRENCY})?(?:${DIGITS})${MULT}|(?:${WORD_NUMBER})${MULT}`;

/** "a quadruple shooting", "a double homicide" — but not a "double murder-suicide". */
const MULTIPLE = `(?:${alt(Object.keys(raw.multiples))})(?=[- ](?:${alt(Object.keys(raw.multipleNouns))})\\b(?!-suicide))`;

/** A capitalised name of up to four words, with an age after it ("John Smith, 24,"). */
const NAME_WORD = `\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
const NAMED_ITEM = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}(?:,\\s*\\d{1,3},)?`;

/** Every measure word, longest first, mapped to its measure. */
const measureEntries = Object.entries(raw.measures).flatMap(([m, ws]) => ws.map((w) => [w, m as ClaimMeasure] as const));

/** The claims model, compiled once at load. */
export const CLAIM_MODEL = {
  /** hedge? figure (range)? — or a vague quantity. One pass over the text. */
  number: new RegExp(
    `(?<![\\p{L}\\p{N}.,:$€£₹-])(?:(?<hedge>${alt(raw.hedges)})\\s+)?(?:between\\s+)?(?:(?<num>${ONE})(?:\\s*(?<sep>-|–|to|or|and)\\s*(?<num2>${ONE}))?|(?<vague>${alt(raw.vagueWords)})|(?<single>${raw.singular})|(?<self>(?:him|her)self)|(?<none>${alt(raw.nobody)})|(?<multi>${MULTIPLE}))(?![\\p{L}\\p{N}]|,\\d|\\.\\d)`,
    'giu',
  ),
  numberWords: new Map(Object.entries(raw.numberWords)),
  multipliers: new Map(Object.entries(raw.multipliers)),
  currency: new Map(Object.entries(raw.currencySymbols)),
  measure: new Map(measureEntries),
  measureRe: new RegExp(`\\b(?:${alt(measureEntries.map(([w]) => w))})\\b`, 'giu'),
  money: new RegExp(`^\\s*-?(?:${alt(raw.money)})\\b`, 'iu'),
  length: new RegExp(`^\\s*-?(?<unit>${alt(Object.keys(raw.lengthUnits))})`, 'iu'),
  lengthUnits: new Map(Object.entries(raw.lengthUnits)),
  time: new RegExp(`^\\s*-?(?:more\\s+)?(?:${alt(raw.timeUnits)})(?![\\p{L}])|^-?year[- ]old|^\\s*years? old|^(?:st|nd|rd|th)\\b|^:\\d|^\\s*%`, 'iu'),
  skipBefore: new RegExp(`\\b(?:${alt(raw.skipPreceding)})\\s*$`, 'iu'),
  month: new RegExp(`\\b(?:${alt(raw.monthNames)})\\.?\\s*$`, 'iu'),
  monthAfter: new RegExp(`^\\s*(?:${alt(raw.monthNames)})\\b`, 'iu'),
  personNouns: new Set(raw.personNouns),
  hitWords: new Set(raw.hitWords),
  copula: new RegExp(`^(.*?)\\s*(?:,[^,]*,\\s*)?\\b(?:${alt(raw.copulaSubjects)})\\s*$`, 'iu'),
  multiples: new Map(Object.entries(raw.multiples)),
  /** The noun after "double"/"triple"/…: what the multiple counts, and in which unit. */
  multipleNoun: new RegExp(`^[- ](?<noun>${alt(Object.keys(raw.multipleNouns))})\\b`, 'iu'),
  multipleNouns: new Map(Object.entries(raw.multipleNouns).map(([n, [m, u]]) => [n, { measure: m as ClaimMeasure, unit: u }] as const)),
  /** "one of two men shot": a part of the count that the next figure states. */
  partOf: new RegExp(`^\\s+of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:\\d|(?:${WORD_NUMBER})\\b)`, 'iu'),
  /** One more person in a list after "a man": ", woman", " and her son". */
  singularMore: new RegExp(`^${raw.singularMore}`, 'iu'),
  /** "fired one shot": a verb of firing before a figure makes "shot" a noun. */
  firedBefore: new RegExp(`\\b(?:${alt(raw.firedBefore)})\\s+(?:(?:a|an|the|only|just|one|another)\\s+)?$`, 'iu'),
  /** A measure word that is no casualty where it stands ("a boy who lives here"): matched on the text ending with it. */
  notCasualty: new RegExp(`(?:${raw.notCasualty.join('|')})$`, 'iu'),
  /** "a boy, 7, who …": a person noun and a comma before a figure make it an age. */
  personBefore: new RegExp(`\\b(?:${alt(raw.personNouns)}),\\s$`, 'iu'),
  /**
   * Names listed before a passive casualty verb: "John Smith, 24, and Ann Lee were wounded". Case
   * matters: names are capitalised and the verbs are not (a title's "Man Was Shot" is no list).
   */
  namedList: new RegExp(
    `(?<![\\p{L}\\p{N}'’.-])(?<!\\b(?:${alt(raw.namedVictim.before)})\\s+)${NAMED_ITEM}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${NAMED_ITEM}){0,5},?(?=\\s+(?:was|were)\\s+(?:(?:${alt(raw.namedVictim.between)})\\s+){0,2}(?:${alt(raw.namedVictim.verbs)})\\b)`,
    'gu',
  ),
  namedItem: new RegExp(NAMED_ITEM, 'gu'),
  notNames: new Set(raw.namedVictim.notNames),
  placeWords: new Set(raw.namedVictim.placeWords),
  /** "shooting himself and his daughter": a verb of hitting right before a person figure. */
  hitRightBefore: new RegExp(`\\b(?:${alt(raw.hitRightBefore)})\\s+$`, 'iu'),
  wordNumberStart: new RegExp(`^(?:${WORD_NUMBER})`, 'iu'),
} as const;
