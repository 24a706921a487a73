import { QUOTE_MODEL } from './model.js';
import { isPronounWord } from './noun-phrase.js';
import type { Tok } from './tokens.js';

/** Where a clause ends inside a sentence: "…; ", " — ", ", but …", ", while …". */
const BREAK_AFTER_COMMA = /^(?:but|while|although|though|whereas|yet)$/;
const isCue = (low: string) => QUOTE_MODEL.thatVerbs.has(low) || QUOTE_MODEL.speechVerbs.has(low) || QUOTE_MODEL.stanceCues.has(low);

/** The offset where the clause starting at token `k` ends: a semicolon, a dash, or a comma before "but"/"while". */
export function clauseEnd(toks: readonly Tok[], k: number, contentEnd: number): number {
  for (let i = k + 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.start >= contentEnd) break;
    if (t.low === ';' || t.low === '—' || t.low === '–' || (t.low === '-' && toks[i + 1]?.low === '-')) return toks[i - 1]!.end;
    if (t.low === '-' && toks[i - 1]!.end < t.start) return toks[i - 1]!.end; // " - " as a dash, not "front-runner"
    const next = toks[i + 1];
    // ", while losing 12 soldiers" has no subject of its own: still the same statement.
    if (t.low === ',' && next && ((BREAK_AFTER_COMMA.test(next.low) && !toks[i + 2]?.low.endsWith('ing')) || (next.low.endsWith('ing') && isCue(next.low)))) return toks[i - 1]!.end;
    // "fear that Clinton missed a chance and warn that …", ", and he raised them again": a second clause of its own.
    if ((t.low === 'and' || t.low === 'but') && next && (isCue(next.low) || (toks[i - 1]?.low === ',' && isPronounWord(next.low)))) return toks[i - (toks[i - 1]?.low === ',' ? 2 : 1)]!.end;
  }
  return contentEnd;
}
