import type { Removal } from '../../types.js';

/** One non-empty line of the input, trimmed; `blankBefore` keeps the layout signal of blank lines. */
export interface Line {
  readonly text: string;
  readonly blankBefore: boolean;
  readonly heading?: boolean;
}

/** What the plain-text steps pass along: the lines still in the body and what was found so far. */
export interface TextState {
  readonly lines: readonly Line[];
  readonly title: string | null;
  /** The input gave the title (a JSON record), so the text starts with the body. */
  readonly titleGiven: boolean;
  readonly dek: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly aiDisclosure: string | null;
  readonly removed: readonly Removal[];
}

export type TextStep = (state: TextState) => TextState;

/** Lines before the body starts: the header zone where clutter (tags, counters, bylines) lives. */
export const HEADER_ZONE_LINES = 8;
/** A line longer than this is prose (chosen on the seeds: clutter lines ≤ 60 chars, repeated titles ≤ 100). */
export const PROSE_LINE_CHARS = 140;
/** A shorter line ending like a sentence is prose too, above this length (headlines rarely end with a full stop). */
const SENTENCE_LINE_CHARS = 60;

function isProse(text: string): boolean {
  return text.length > PROSE_LINE_CHARS || (text.length > SENTENCE_LINE_CHARS && /[.!?]["”’']?$/.test(text));
}

export function normalizeForCompare(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[’‘]/g, "'").trim();
}

/**
 * Index just past the header zone: the second prose line, or HEADER_ZONE_LINES. One prose line
 * may stand inside it, because a long dek often comes before the byline and date lines.
 */
export function headerZoneEnd(lines: readonly Line[]): number {
  const limit = Math.min(lines.length, HEADER_ZONE_LINES);
  let prose = 0;
  for (let i = 0; i < limit; i++) if (isProse(lines[i]!.text) && ++prose === 2) return i;
  return limit;
}
