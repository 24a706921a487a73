import { QUOTE_MODEL } from './model.js';
import type { Tok } from './tokens.js';

/** Function words that end a speaker phrase even when capitalised at a sentence start ("But", "Despite"). */
const STOP = new Set(
  'but yet and or nor so however meanwhile despite after before when while since until because although though if as in on at for with by from into to of about over under this that these those which who whom whose what where there here then also still now just only even not never has have had is are was were be been will would can could may might should must do does did its their his her our my your also said says reportedly recently later earlier already once again too very more most'.split(' '),
);
const ADVERB = /^(?:also|still|then|later|again|repeatedly|reportedly|recently|previously|further|now|once|quickly|\w+ly)$/;
const AUXILIARY = /^(?:has|have|had|will|would|is|was|were|are|could|can|may|might|should|did|does|do)$/;
const DETERMINERS = new Set(['the', 'a', 'an']);
const isPronoun = (low: string) => QUOTE_MODEL.personPronouns.has(low) || QUOTE_MODEL.thingPronouns.has(low) || QUOTE_MODEL.groupPronouns.has(low) || low === 'i' || low === 'we';
const isRole = (t: Tok) => QUOTE_MODEL.roles.has(t.low) || QUOTE_MODEL.titles.has(t.low);
/** A lowercase word that can modify a role ("senior", "Sweden-based", "government"): not a verb form. */
const isModifier = (t: Tok) => t.word && !t.cap && !STOP.has(t.low) && !/(?:ed|ing|ly)$/.test(t.low) && !/^\d/.test(t.low);

/**
 * The speaker phrase that ends just before token `i` ("Defense Minister Khawaja Asif" said,
 * "he" argues, "the spokesman" added, "Abdul Sayed, a Sweden-based analyst," says), as token indexes
 * [from, to), or null. Stops at `floor` (the clause start) and at anything that is not a name part.
 */
export function phraseBefore(toks: readonly Tok[], i: number, floor = 0): [number, number] | null {
  let j = i - 1;
  // "They also report", "he later said": step over adverbs between the subject and the cue.
  while (j > floor && !toks[j]!.cap && (ADVERB.test(toks[j]!.low) || AUXILIARY.test(toks[j]!.low))) j--; // not "Jolly said"
  // "Paul Ryan (R-WI) said": step over a parenthesis after the name.
  if (toks[j]?.low === ')') {
    let k = j - 1;
    while (k > floor && toks[k]?.low !== '(' && k > j - 8) k--;
    if (toks[k]?.low === '(') j = k - 1;
  }
  const last = toks[j];
  if (!last) return null;
  // "Abdul Sayed, a Sweden-based analyst, identifies" / "Jane Roe, 21, a junior from Ohio, said": skip appositives back to the name.
  if (last.low === ',') return beforeAppositives(toks, j, floor);
  const end = j + 1;
  if (j >= floor && isPronoun(last.low)) return [j, j + 1];
  let sawName = false;
  let sawRole = false;
  let lowerRun = 0;
  while (j >= floor) {
    const t = toks[j] as Tok;
    if (t.word && t.cap && !STOP.has(t.low)) sawName = true;
    else if (t.word && isRole(t)) { sawRole = true; lowerRun = 0; }
    else if (t.low === '-' && sawName) { /* "Secretary - General" stays one name */ }
    else if (sawName && abbreviationDot(toks, j)) { /* "Mr. Brand" */ }
    else if (t.low === 'of' && sawName && toks[j - 1]?.cap) { /* "Secretary of State" */ }
    else if (DETERMINERS.has(t.low) && (sawName || sawRole)) { j--; break; }
    else if (sawRole && (isModifier(t) || /^\d/.test(t.low)) && lowerRun < 2) lowerRun++;
    else break;
    j--;
  }
  const from = j + 1;
  if (from >= end) return null;
  // "The actress said", "Some advocates for stem cell research said": a determiner and a plain noun.
  if (!(sawName || sawRole)) return plainNounSubject(toks, end, floor);
  return [from, end];
}

const PLAIN_DETERMINERS = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'several', 'his', 'her', 'their', 'its', 'other', 'both']);

function plainNounSubject(toks: readonly Tok[], end: number, floor: number): [number, number] | null {
  const head = toks[end - 1];
  if (!head || !isModifier(head)) return null;
  for (let k = end - 2; k >= Math.max(floor, end - 3); k--) {
    const t = toks[k] as Tok;
    if (PLAIN_DETERMINERS.has(t.low)) return [k, end];
    if (!isModifier(t)) return null;
  }
  return null;
}

/** Walks back over up to three comma-delimited appositives ("21", "a junior from Ohio", "who runs the lobby") to a name. */
function beforeAppositives(toks: readonly Tok[], comma: number, floor: number): [number, number] | null {
  let close = comma;
  for (let hops = 0; hops < 3; hops++) {
    let k = close - 1;
    while (k > floor && toks[k]?.low !== ',' && k > close - 16) k--;
    if (toks[k]?.low !== ',' || k <= floor) return null;
    const apposStart = toks[k + 1];
    const head = phraseBefore(toks, k, floor);
    if (head && toks[head[0]]?.cap && apposStart && (DETERMINERS.has(apposStart.low) || !apposStart.cap || isRole(apposStart) || /^\d/.test(apposStart.low))) return head;
    // "One hopeful, Carly Fiorina, says": the appositive is itself the name.
    const inner = phraseBefore(toks, close, k + 1);
    if (inner && inner[0] === k + 1 && toks[inner[0]]?.cap) return inner;
    close = k;
  }
  return null;
}

/** The speaker phrase starting at token `i` ("said Defense Minister Khawaja Asif", "said the spokesman"). */
export function phraseAfter(toks: readonly Tok[], i: number): [number, number] | null {
  const first = toks[i];
  if (!first) return null;
  if (isPronoun(first.low)) return [i, i + 1];
  let j = i;
  if (DETERMINERS.has(first.low)) j++;
  let sawHead = false;
  while (j < toks.length) {
    const t = toks[j] as Tok;
    if (t.word && t.cap && !STOP.has(t.low)) sawHead = true;
    else if (t.word && isRole(t)) sawHead = true;
    else if (t.low === '-' && sawHead && toks[j + 1]?.cap) { /* hyphenated title */ }
    else if (abbreviationDot(toks, j)) { /* "Mr. Brand", "Ana M. Reyl" */ }
    else if (isModifier(t) && !sawHead && j - i < 3) { /* "a senior official" */ }
    else break;
    j++;
  }
  while (j > i && !isRole(toks[j - 1] as Tok) && !(toks[j - 1] as Tok).cap) j--;
  return sawHead && j > i ? [i, j] : null;
}

export const isPronounWord = isPronoun;

/** A dot inside a name: after a title ("Mr.", "Gov.") or an initial ("M."), right before a capitalised word. */
function abbreviationDot(toks: readonly Tok[], j: number): boolean {
  const prev = toks[j - 1];
  return toks[j]!.low === '.' && !!prev && prev.cap && prev.end === toks[j]!.start && (QUOTE_MODEL.titles.has(prev.low) || prev.low.length === 1) && !!toks[j + 1]?.cap;
}

/** Words just before a cue that make it a noun or an infinitive, not a verb with a subject ("to support", "his call", "the view"). */
const NOT_SUBJECT = new Set(['to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'of', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'this', 'that', 'these', 'those', 'as', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'than', 'into', 'no', 'any', 'every', 'each', 'public', 'new']);
/** Steps between a subject and its verb: "has long supported", "did not want", "also called". */
const BETWEEN = /^(?:has|have|had|will|would|could|can|may|might|should|must|did|does|do|not|n't|never|also|still|now|then|again|already|long|just|only|even|once|reportedly|\w+ly)$/;
const CLAUSE_OPENER = /^(?:but|while|although|though|whereas|yet|that|and|which|who|because|if|when)$/;

/** The token before cue `c` once "has long", "did not", "also" are stepped over: where a subject would end. */
export function subjectEnd(toks: readonly Tok[], c: number): number {
  let p = c - 1;
  while (p > 0 && BETWEEN.test(toks[p]!.low)) p--;
  return p;
}

/** A word that can close a subject: not punctuation (bar ")"), an article, a preposition or a copula. */
export const canEndSubject = (t: Tok | undefined) => !!t && (t.word || t.low === ')') && !NOT_SUBJECT.has(t.low);

/** "former employees", "six in 10", "Her campaign workers here": up to six words back to the clause's start. */
export function looseSubject(toks: readonly Tok[], last: number): [number, number] | null {
  let j = last;
  while (j > 0 && last - j < 5 && toks[j - 1]!.word && !CLAUSE_OPENER.test(toks[j - 1]!.low) && toks[j - 1]!.low !== 'that' && toks[j - 1]!.low !== 'and') j--;
  return toks[j]?.word ? [j, last + 1] : null;
}

