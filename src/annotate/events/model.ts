import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Offset = readonly [unit: OffsetUnit, n: number | null];
export type OffsetUnit = 'day' | 'week' | 'month' | 'year';
interface Raw {
  clauses: { afterComma: string[]; always: string[]; andSubjects: string[] };
  intro: { fillers: string[]; maxWords: number };
  maxWhatWords: { value: number };
  following: Record<string, Offset | string>;
  bareAnchors: Record<string, Offset | string>;
  anchorWords: Record<string, number | string>;
  takesAnchorPhrase: string[];
  anchorMatch: { minOverlap: number; stopwords: string[] };
}
const raw = require('../../../model/annotate-events.json') as Raw;

function withoutComment<T>(table: Record<string, T | string>): Record<string, T> {
  return Object.fromEntries(Object.entries(table).filter(([k]) => k !== '$comment')) as Record<string, T>;
}

/** Escapes a phrase for a regex; spaces match any run of spaces. */
export function phrase(p: string): string {
  return p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** An alternation, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(phrase).join('|');
}

/** The event placer's tables, read once from `model/annotate-events.json`. */
export const EVENTS_MODEL = {
  clauseAfterComma: raw.clauses.afterComma,
  clauseAlways: raw.clauses.always,
  andSubjects: raw.clauses.andSubjects,
  introFillers: new Set(raw.intro.fillers),
  introMaxWords: raw.intro.maxWords,
  maxWhatWords: raw.maxWhatWords.value,
  following: withoutComment(raw.following),
  bareAnchors: withoutComment(raw.bareAnchors),
  anchorWords: withoutComment(raw.anchorWords) as Record<string, number>,
  takesAnchorPhrase: new Set(raw.takesAnchorPhrase),
  minOverlap: raw.anchorMatch.minOverlap,
  stopwords: new Set(raw.anchorMatch.stopwords),
} as const;
