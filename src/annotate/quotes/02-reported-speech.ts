import type { Draft, SentenceView } from './draft.js';
import { inQuote, tokSpan } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { canEndSubject, looseSubject, phraseAfter, phraseBefore, subjectEnd } from './noun-phrase.js';
import type { Tok } from './tokens.js';
import { clauseEnd } from './clause-end.js';

/** Words after a cue that start a prepositional or infinitive phrase, not a reported clause ("said to be", "says of"). */
const NOT_CLAUSE = new Set(['then', 'while', 'when', 'after', 'before', 'outside', 'during', 'little', 'afterward', 'afterwards', 'again', 'at', 'in', 'on', 'from', 'shortly', 'through', 'via', 'since', 'because', 'if', 'to', 'of', 'for', 'with', 'about', 'by', 'so', 'yes', 'no', 'nothing', 'something', 'anything', 'goodbye', 'hello', 'thanks', 'sorry', 'as', 'than', 'and', 'or', 'but']);
/** What may follow a noun-like cue for it to read as a verb: "reports 19 civilians killed", "report capturing". */
const STRICT_START = /^(?:he|she|it|they|we|i|there|\d.*|\w+ing)$/;
const CLAUSE_START = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'there', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'no', 'all', 'both']);
/** Time words between a cue and its clause: "said Friday the plan…", "said on Monday that …". */
const TIME = /^(?:on|earlier|later|today|yesterday|tonight|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|also|repeatedly|publicly|previously|privately|recently)$/;
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it|there)$/;
const PREP = /^(?:in|at|to|during|via|through|from|after|before|,)$/;

/**
 * Where the reported clause starts after cue token `c`: past time words ("said on Friday"), or past
 * a prepositional phrase or an addressee only up to a "that" ("said in a statement that",
 * "told reporters that"); returns an index whose token is "that" or the clause's first word.
 */
function complementStart(toks: readonly Tok[], c: number, told: boolean): number {
  let k = c + 1;
  while (k < toks.length && k <= c + 4 && TIME.test(toks[k]!.low)) k++;
  if (told || PREP.test(toks[k]?.low ?? '')) {
    for (let j = k; j < toks.length && j <= c + 14; j++) if (toks[j]?.low === 'that') return j;
    // "told me they had been taken away", "told The Post he would run": an addressee, then a clause with its own subject
    if (told) for (let j = k + 1; j < toks.length && j <= k + 4 && toks[j - 1]!.word; j++) if (SUBJECT_PRONOUN.test(toks[j]!.low)) return j;
    return toks.length; // no "that": not a reported clause ("told of", "said in passing")
  }
  return k;
}
const isPunct = (t: Tok | undefined) => !t || !t.word;
/** ", said Wilcox, a harbour official who …": a comma after the speaker that opens a description of them, not more content. */
const APPOSITIVE_START = /^(?:a|an|the|who|whose|which|one|its|his|her|their)$/;
/** Fewest tokens before "…, X said during …" for them to read as a statement, not "In Ostrel, X said" (chosen on PolNeAR train). */
const MIN_TRAILING_CONTENT = 5;
/** A sentence opening with these puts its main clause after the comma ("Although …, X said the …"), so nothing before it was said. */
const SUBORDINATE = /^(?:although|though|if|when|while|as|because|since|after|before|for|in|on|at|by|with|without|despite|during|from|to|now|but|and|so|meanwhile|still|yet|however|once|until|unless|whether|what|asked|like|under|over|among|according|earlier|later|then|also|instead)$/;
/** Only time words, a prepositional phrase or (after "told") its listener follow the speaker: "said Thursday.", "told a council panel in …". */
function trailsOff(toks: readonly Tok[], k: number, told: boolean): boolean {
  while (toks[k] && (TIME.test(toks[k]!.low) || toks[k]!.low.endsWith('ly')) && toks[k]!.low !== 'on') k++;
  if (told) while (toks[k]?.word && !PREP.test(toks[k]!.low) && !TIME.test(toks[k]!.low)) k++;
  const t = toks[k];
  return !t || (!t.word && t.low !== ':' && t.low !== '"' && t.low !== '“') || TRAILING_PREP.test(t.low);
}
const TRAILING_PREP = /^(?:in|at|during|on|to|from|after|before|via|through|while|when|outside|with|upon|following|last|this)$/;
const QUOTE_MARK = /^['"”’]$/;

/**
 * Reported speech: "X says (that) …", "…, X said.", "according to X, …", "X's position is that …".
 * The content is the reported clause; the cue is the verb or phrase. Runs before the direct rules
 * so a cue followed by a clause is read as indirect speech.
 */
export function findReportedSpeech(text: string, s: SentenceView): Draft[] {
  const out: Draft[] = [];
  const { toks } = s;
  const last = toks.at(-1);
  const contentEnd = last && isPunct(last) && /[.!?;]/.test(last.low) ? last.start : s.end;
  const headline = isHeadline(text, s);
  for (let c = 0; c < toks.length; c++) {
    const t = toks[c] as Tok;
    if (!QUOTE_MODEL.thatVerbs.has(t.low) || (t.cap && c > 0 && !headline) || inQuote(s.covering, t.start)) continue;
    // "Other senators said", "those surveyed said": any short subject when no name or role is found.
    const subj = phraseBefore(toks, c, 0) ?? subjectAfter(toks, c) ?? coordinatedSubject(toks, c) ?? (canEndSubject(toks[subjectEnd(toks, c)]) ? looseSubject(toks, subjectEnd(toks, c)) : null);
    if (!subj) continue;
    // "Dorn's claim that …": after a possessor the cue is a noun (read by the nominal rule), not a verb.
    if (subj[1] === c && QUOTE_MODEL.nounLikeCues.has(t.low) && /'s$/.test(toks[c - 1]!.low)) continue;
    const cue: [number, number] = [t.start, t.end];
    const first = Math.min(subj[0], c); // "…, said the spokesman": the subject may follow the cue
    const before = toks[first - 1];
    const afterEnd = Math.max(subj[1], c + 1);
    const after = toks[afterEnd];
    // "…, sources said." / "…, said the spokesman." / "…, he added, …" / "…, said Wilcox, a harbour official who …"
    const trail = after?.low.endsWith('ly') ? toks[afterEnd + 1] : after; // "…," Clinton said sarcastically.
    if (before?.low === ',' && first > 1 && trail?.low !== ':' && (isPunct(trail) || trail?.low === 'on' || trail?.low === 'in')) {
      const content = after?.low === ',' && !APPOSITIVE_START.test(toks[afterEnd + 1]?.low ?? '') ? contentEnd : before.start;
      if (!inQuote(s.covering, toks[0]!.start + 1) || content === contentEnd) out.push(draft(s, toks[0]!.start, content, cue, tokSpan(toks, subj)));
      s.consumed.add(c);
      continue;
    }
    if (subj[0] > c) continue; // inverted order only reads as a trailing attribution
    // "…," Brown said on Boston radio: the attribution of a direct quote, no reported clause follows.
    if (before && !before.word && QUOTE_MARK.test(before.low)) { s.consumed.add(c); continue; }
    // "As Joel Smith observed, the biggest winner was …": the clause after the comma.
    if (/^as$/i.test(before?.low ?? '') && after?.low === ',' && toks[afterEnd + 1]) {
      out.push(draft(s, toks[afterEnd + 1]!.start, contentEnd, cue, tokSpan(toks, subj)));
      s.consumed.add(c);
      continue;
    }
    const told = t.low === 'told' || t.low.startsWith('tell');
    const k = complementStart(toks, c, told);
    const next = toks[k];
    let from: number | null = null;
    if (!next) from = null;
    else if (next.low === 'that' && toks[k + 1]) from = toks[k + 1]!.start;
    else if (QUOTE_MODEL.nounLikeCues.has(t.low) && !STRICT_START.test(next.low)) from = null;
    else if (told && SUBJECT_PRONOUN.test(next.low)) from = next.start;
    else if (QUOTE_MODEL.reportedVerbs.has(t.low) && next.word && !NOT_CLAUSE.has(next.low) && (k === c + 1 || CLAUSE_START.has(next.low) || next.cap)) from = next.start;
    if (from === null || from >= contentEnd) {
      // "…, Dorn said during her speech.", "…, an aide said Thursday.", "…, Velic told a council panel.": no clause
      // follows, so the words before the comma are what was said.
      if (before?.low === ',' && first >= MIN_TRAILING_CONTENT && trailsOff(toks, afterEnd, told) && !SUBORDINATE.test(toks[0]!.low) && !t.low.endsWith('ing') && !QUOTE_MODEL.nounLikeCues.has(t.low) && !inQuote(s.covering, toks[0]!.start + 1)) {
        out.push(draft(s, toks[0]!.start, before.start, cue, tokSpan(toks, subj)));
        s.consumed.add(c);
      }
      continue;
    }
    // the reported clause ends where a "but …", "; …" or a second attribution starts
    const fromTok = next!.low === 'that' ? k + 1 : k;
    out.push(draft(s, from, clauseEnd(toks, fromTok, contentEnd), cue, tokSpan(toks, subj)));
    s.consumed.add(c);
  }
  return [...out, ...accordingTo(text, s, contentEnd), ...positionIs(text, s, contentEnd)];
}

/** Most words a headline has, and the share of them capitalised ("Velic Says Harbour Talks Will Resume"; chosen on PolNeAR train). */
const HEADLINE_MAX_WORDS = 20;
const HEADLINE_CAPS = 0.7;

/** A title-case line of its own, where "Says" is still the verb: the article's headline. */
function isHeadline(text: string, s: SentenceView): boolean {
  if (s.start > 0 && text[s.start - 1] !== '\n') return false;
  const words = s.toks.filter((t) => t.word);
  if (words.length < 3 || words.length > HEADLINE_MAX_WORDS) return false;
  return words.filter((t) => t.cap).length >= HEADLINE_CAPS * words.length;
}

/** "Graham called Clinton "crazy" and said the party …": the subject of the first verb phrase. */
function coordinatedSubject(toks: readonly Tok[], c: number): [number, number] | null {
  // "Graham … and said", "Clinton took a swipe at Trump, saying that …", "said Harvey, who acknowledged …"
  const prev = toks[c - 1]?.low ?? '';
  if (prev === 'who' && toks[c - 2]?.low === ',') return phraseBefore(toks, c - 2, 0);
  if (!/^(?:and|then|but)$/.test(prev) && !(prev === ',' && toks[c]!.low.endsWith('ing'))) return null;
  let k = 0;
  while (k < c && toks[k] && !toks[k]!.cap && !/^(?:he|she|they|it|we|i)$/.test(toks[k]!.low)) k++;
  const np = phraseAfter(toks, k);
  return np && np[1] < c ? np : null;
}

function subjectAfter(toks: readonly Tok[], c: number): [number, number] | null {
  return toks[c - 1]?.low === ',' ? phraseAfter(toks, c + 1) : null;
}

function draft(s: SentenceView, start: number, end: number, cue: [number, number], speaker: [number, number] | null): Draft {
  return { start, end, direct: false, cue, speaker, sentenceStart: s.start };
}

/** "according to Kabul, …", "…, according to police.", "Afghan losses, according to Kabul, stand at …". */
function accordingTo(text: string, s: SentenceView, contentEnd: number): Draft[] {
  const out: Draft[] = [];
  const re = QUOTE_MODEL.accordingTo;
  const region = text.slice(s.start, s.end);
  if (!QUOTE_MODEL.mayAccordingTo.test(region)) return out; // most sentences: no `matchAll` (and its copy of the regex) at all
  for (const m of region.matchAll(re)) {
    const at = s.start + m.index;
    const k = s.toks.findIndex((t) => t.start >= at + m[0].length);
    // "according to three television networks", "according to recent polls": any words up to the next punctuation
    const sp = k >= 0 ? (phraseAfter(s.toks, k) ?? wordsUntilPunct(s.toks, k)) : null;
    if (!sp) continue;
    const spEnd = s.toks[sp[1] - 1]!.end;
    const afterTok = s.toks[sp[1]];
    const atStart = at === s.start;
    let start = s.start;
    let end = contentEnd;
    if (atStart && afterTok?.low === ',') start = afterTok.end; // "According to X, content."
    else if (!atStart && (!afterTok || afterTok.start >= contentEnd)) end = text.lastIndexOf(',', at) > s.start ? text.lastIndexOf(',', at) : at; // "content, according to X."
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    if (end > start) out.push(draft(s, start, end, [at, at + m[0].trimEnd().length], [s.toks[sp[0]]!.start, spEnd]));
  }
  return out;
}

function wordsUntilPunct(toks: readonly Tok[], k: number): [number, number] | null {
  let e = k;
  while (e < toks.length && e < k + 12 && (toks[e]!.word || toks[e]!.low === '/')) e++;
  return e > k && toks[e - 1]!.word ? [k, e] : null;
}

/** "Pakistan's position is that …": the possessor speaks. */
function positionIs(text: string, s: SentenceView, contentEnd: number): Draft[] {
  const out: Draft[] = [];
  const re = QUOTE_MODEL.positionCue;
  const region = text.slice(s.start, s.end);
  if (!QUOTE_MODEL.mayPositionCue.test(region)) return out;
  for (const m of region.matchAll(re)) {
    const at = s.start + m.index;
    const k = s.toks.findIndex((t) => t.end > at);
    const sp = k >= 0 ? phraseBefore(s.toks, k + 1, 0) : null;
    const from = at + m[0].length;
    if (!sp || from >= contentEnd) continue;
    out.push(draft(s, from + (text[from] === ' ' ? 1 : 0), contentEnd, [at + 2, from], [s.toks[sp[0]]!.start, at]));
  }
  return out;
}
