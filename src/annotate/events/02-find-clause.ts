import type { Span } from '../../types.js';
import { alternation, EVENTS_MODEL } from './model.js';

/** Where a time expression's clause lies: `span` is the whole clause, `main` the part that says what happened. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** The main clause: after an opening phrase that holds the time ("On Tuesday, drones struck …"). */
  readonly mainStart: number;
  /** The text between the time and the comma of an opening phrase: "the strike" in "One day after the strike, …". */
  readonly opener: { readonly start: number; readonly end: number } | null;
}

const M = EVENTS_MODEL;
// Positions where a new clause begins inside a sentence: "; ", " — ", ", but", " while ", ", and the …".
const BREAK = new RegExp(
  [
    ';\\s*',
    '\\s*[—–]\\s*',
    '\\s+--\\s+',
    `,\\s+(?=(?:${alternation(M.clauseAfterComma)})\\b)`,
    `,\\s+(?=\\w+ing\\b)`, // "…in 2021, striking the capital"
    `\\s+(?=(?:${alternation(M.clauseAlways)})\\s)`,
    `,?\\s+(?=and\\s+(?:(?:${alternation(M.andSubjects)})\\b|[A-Z]))`,
  ].join('|'),
  'gi',
);

/**
 * Step 2: the clause of `sentence` around the time expression `when`, cut at clause breaks. When
 * the time sits in an opening phrase that ends in a comma, the clause runs on to the main clause
 * it dates: "Just one day after the strike, the council offered talks."
 */
export function findClause(text: string, sentence: Span, when: Span, times: readonly Span[] = []): Clause {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(BREAK)) {
    const at = sentence.start + m.index;
    const after = at + m[0].length;
    if (after <= when.start) start = after;
    else if (at >= when.end && at < end) {
      end = at;
      break;
    }
  }
  const opener = openingPhrase(text, start, end, when);
  if (opener) {
    const mainStart = skipSpace(text, opener.comma + 1, end);
    return trim(text, { start, end, mainStart, opener: { start: when.end, end: opener.comma } });
  }
  // "This month, envoys freed soldiers seized in October": the other time's opener is not the event.
  for (const other of times) {
    if (other === when || other.start < start || other.start >= end) continue;
    const theirs = openingPhrase(text, start, end, other);
    if (theirs && theirs.comma < when.start) return trim(text, { start, end, mainStart: skipSpace(text, theirs.comma + 1, end), opener: null });
  }
  return trim(text, { start, end, mainStart: start, opener: null });
}

/** The comma closing an opening phrase that starts with (fillers and) the time, if there is one. */
function openingPhrase(text: string, start: number, end: number, when: Span): { comma: number } | null {
  const before = text.slice(start, when.start).trim();
  if (before && !before.split(/\s+/).every((w) => M.introFillers.has(w.toLowerCase()))) return null;
  const comma = text.indexOf(',', when.end);
  if (comma < 0 || comma >= end - 1) return null;
  const words = text.slice(start, comma).trim().split(/\s+/).length;
  return words <= M.introMaxWords ? { comma } : null;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text.charAt(i))) i++;
  return i;
}

/** Drops spaces and dangling clause punctuation at both ends; keeps a final full stop. */
function trim(text: string, c: Clause): Clause {
  let { start, end } = c;
  while (start < end && /[\s,;:—–-]/.test(text.charAt(start))) start++;
  while (end > start && /[\s,;:—–-]/.test(text.charAt(end - 1))) end--;
  return { ...c, start, end, mainStart: Math.min(Math.max(c.mainStart, start), end) };
}
