import { clauseEnd } from './clause-end.js';
import type { Draft, SentenceView } from './draft.js';
import { inQuote, tokSpan } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { phraseBefore } from './noun-phrase.js';
import type { Tok } from './tokens.js';

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its|our|my)$/;
const isPossessor = (t: Tok | undefined) => !!t && t.word && (POSSESSIVE_PRONOUN.test(t.low) || /'s?$/.test(t.low) || t.low.endsWith("s'"));
/** Words that end what a nominal cue is about: "his attacks on the ministry, which …", "support for the plan while …", "… is". */
const AFTER_OBJECT = /^(?:which|who|whose|while|when|because|although|though|after|since|but|despite|amid|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)$/;

/**
 * Nouns that attribute: "Dorn's claim that the deal is dead", "her view that voters care",
 * "Velic's attacks on the judge", "their support for the bill". A clause after "that" is read up to
 * the end of its clause; what follows a particle only up to the next punctuation. The speaker is the
 * possessor, when there is one.
 */
export function findNominalCues(s: SentenceView, contentEnd: number): Draft[] {
  const out: Draft[] = [];
  const { toks } = s;
  for (let c = 1; c < toks.length - 2; c++) {
    const t = toks[c]!;
    if (t.cap || s.consumed.has(c) || inQuote(s.covering, t.start)) continue;
    const next = toks[c + 1]!;
    const possessor = isPossessor(toks[c - 1]) ? c - 1 : isPossessor(toks[c - 2]) && toks[c - 1]!.word && !toks[c - 1]!.cap ? c - 2 : -1; // "his latest attacks on"
    let from: number;
    let end: number;
    if (next.low === 'that' && QUOTE_MODEL.nominalThatCues.has(t.low) && possessor >= 0) {
      if (!toks[c + 2]?.word) continue;
      from = c + 2;
      end = clauseEnd(toks, from, contentEnd);
    } else if (possessor >= 0 && QUOTE_MODEL.nominalCues.get(t.low)?.has(next.low)) {
      from = c + 2;
      end = objectEnd(toks, from, contentEnd);
    } else continue;
    const first = toks[from];
    if (!first?.word || end <= first.start) continue;
    const speaker = possessor < 0 ? null : POSSESSIVE_PRONOUN.test(toks[possessor]!.low) ? ([possessor, possessor + 1] as [number, number]) : phraseBefore(toks, possessor + 1, 0);
    out.push({ start: first.start, end, direct: false, cue: [t.start, t.end], speaker: speaker ? possessiveTrimmed(toks, speaker) : null, sentenceStart: s.start });
    s.consumed.add(c);
  }
  return out;
}

/** The speaker without its possessive ending: "Velic's" → "Velic". */
function possessiveTrimmed(toks: readonly Tok[], np: [number, number]): [number, number] {
  const [a, b] = tokSpan(toks, np);
  const low = toks[np[1] - 1]!.low;
  return [a, low.endsWith("'s") ? b - 2 : low.endsWith("s'") || low.endsWith("'") ? b - 1 : b];
}

const BEFORE_ADJECTIVE = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|newly|recently|so-called|\w+ly)$/;

function objectEnd(toks: readonly Tok[], k: number, contentEnd: number): number {
  let i = k + 1;
  for (; i < toks.length && toks[i]!.start < contentEnd; i++) {
    const t = toks[i]!;
    if (!t.word && !/^["“”'’$%&/-]$/.test(t.low)) break;
    if (t.word && AFTER_OBJECT.test(t.low)) break;
    // "his support for the plan faded": a past-tense verb right after a noun starts the predicate
    if (t.word && !t.cap && t.low.endsWith('ed') && toks[i - 1]!.word && !BEFORE_ADJECTIVE.test(toks[i - 1]!.low)) break;
  }
  return toks[i - 1]!.end;
}
