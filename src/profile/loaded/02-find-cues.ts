import { createRequire } from 'node:module';
import type { Cue, Word } from '../types.js';
import { KIND_BIT, LOADED_MODEL } from './model.js';

const require = createRequire(import.meta.url);
interface Sense { readonly plainBefore?: readonly string[]; readonly loadedOnlyBefore?: readonly string[] }
const tables = require('../../../model/profile-loaded.json') as { plainEventWords: string[]; copulas: string[]; determiners: string[]; senses: Record<string, Sense | string>; scoring: { strongSentiment: number; scareQuoteWeight: number } };

/** The sense rules of the model as sets, keyed by word (the `about` note dropped). */
function senseTable(): Map<string, { plainBefore: Set<string>; loadedOnlyBefore: Set<string> | null }> {
  const out = new Map<string, { plainBefore: Set<string>; loadedOnlyBefore: Set<string> | null }>();
  for (const [word, rule] of Object.entries(tables.senses ?? {})) {
    if (typeof rule === 'string') continue;
    out.set(word, { plainBefore: new Set(rule.plainBefore ?? []), loadedOnlyBefore: rule.loadedOnlyBefore ? new Set(rule.loadedOnlyBefore) : null });
  }
  return out;
}

/** The context tables of the rules below, read once (habit 7). */
export const CUE_CONTEXT = {
  /** VADER words that name what happened ("killed", "attack", "approved"): not a judgement on their own. */
  plainEvent: new Set(tables.plainEventWords),
  /** Words after which an adjective is predicated ("the plan is reckless", "so unfair"). */
  copulas: new Set(tables.copulas),
  /** Words before an attributive adjective ("a reckless plan", "their shameful silence"). */
  determiners: new Set(tables.determiners),
  /** |VADER valence| from which a word is emotive anywhere ("horrible" 2.5); weaker ones only in an evaluative slot. */
  strongSentiment: tables.scoring.strongSentiment,
  /** Weight of a scare-quoted term as a loaded cue. */
  scareQuoteWeight: tables.scoring.scareQuoteWeight,
  /** Words evaluative in one use and plain in another, told apart by the next word ("lies the dam", "a flood of"). */
  senses: senseTable(),
};

/**
 * Every model entry found in a sentence's words: at each word, the longest entry of each kind
 * that starts there ("war crimes" before "crimes", "according to", "need to"). One map lookup a
 * word, so the pass is linear in the sentence length.
 *
 * A VADER valence is sentiment, not yet bias: it counts only when the word is strongly emotive,
 * or is used to evaluate — right after an intensifier or evaluative word, after "is"/"was"/"so"
 * ("the policy is unfair"), or as an adjective between a determiner and its noun ("a cruel plan").
 * Words that name a plain event or act ("killed", "attack", "support", "approved") count only
 * when intensified or judged ("brutally killed"). A word with a sense rule (model `senses`) is no
 * cue in its plain sense, told by the next word ("lies the dam", "the flood in Lisk").
 */
export function findCues(words: readonly Word[], index = LOADED_MODEL.index, context = CUE_CONTEXT): Cue[] {
  const cues: Cue[] = [];
  let lastJudging = -2; // index of the last intensifier / evaluative / loaded word seen
  for (let i = 0; i < words.length; i++) {
    const entries = index.get(words[i]!.word);
    if (!entries) continue;
    let seen = 0; // the kinds found at this word, one bit each
    const name = words[i]!.name;
    for (const e of entries) {
      const bit = KIND_BIT[e.kind];
      if (seen & bit) continue;
      // A capitalised word mid-sentence is a name ("the United States", "Liberal Democrats"), not a judgement.
      if (name && bit & JUDGEMENT) continue;
      if (!restFollows(words, i, e.rest)) continue;
      if (bit & JUDGEMENT && plainSense(words, i, context)) continue;
      if (e.kind === 'sentiment' && !evaluativeUse(words, i, e.weight, lastJudging === i - 1, context)) continue;
      seen |= bit;
      const last = i + 1 + e.rest.length;
      cues.push({ kind: e.kind, start: words[i]!.start, end: words[last - 1]!.end, weight: e.weight, first: i, last });
    }
    if (seen & JUDGING) lastJudging = i;
  }
  for (const [first, last] of scareQuotes(words)) cues.push({ kind: 'loaded', start: words[first]!.start, end: words[last - 1]!.end, weight: context.scareQuoteWeight, first, last });
  return cues;
}

/** Kinds a name cannot be. */
const JUDGEMENT = KIND_BIT.loaded | KIND_BIT.sentiment | KIND_BIT.evaluative;
/** Kinds that make the next sentiment word evaluative ("utterly cruel"). */
const JUDGING = KIND_BIT.intensifier | KIND_BIT.evaluative | KIND_BIT.loaded;

/** Whether the words after `i` are `rest`, in order. */
function restFollows(words: readonly Word[], i: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (words[i + 1 + k]?.word !== rest[k]) return false;
  return true;
}

/**
 * Whether the word at `i` is used in its plain sense, by the word after it: "Beneath the quarrel
 * lies the dam" (to lie somewhere, not to tell lies), "the flood in Lisk" (not "a flood of migrants").
 */
function plainSense(words: readonly Word[], i: number, context: typeof CUE_CONTEXT): boolean {
  const rule = context.senses.get(words[i]!.word);
  if (!rule) return false;
  const next = words[i + 1]?.word;
  if (rule.loadedOnlyBefore) return next === undefined || !rule.loadedOnlyBefore.has(next);
  return next !== undefined && rule.plainBefore.has(next);
}

/** Longest run of quoted words read as scare quotes rather than a quotation. */
export const SCARE_QUOTE_WORDS = 3;

/**
 * Scare quotes: one to three words in quotation marks inside the writer's own sentence, the
 * writer distancing themself from a term ('the so-called "peace plan"', 'a "temporary" measure').
 * A run that opens the sentence is a quotation, not a scare quote. Returns [first, last) word indices.
 */
export function scareQuotes(words: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < words.length; i++) {
    if (!words[i]!.quoted || words[i - 1]!.quoted) continue;
    let j = i;
    while (j < words.length && words[j]!.quoted) j++;
    if (j - i <= SCARE_QUOTE_WORDS) out.push([i, j]);
    i = j;
  }
  return out;
}

/** Whether the sentiment word at `i` evaluates (see findCues) rather than names an event or a mild feeling. */
function evaluativeUse(words: readonly Word[], i: number, valence: number, judged: boolean, context: typeof CUE_CONTEXT): boolean {
  if (judged) return true;
  if (context.plainEvent.has(words[i]!.word)) return false;
  if (valence >= context.strongSentiment) return true;
  const before = words[i - 1]?.word;
  if (before === undefined) return false;
  if (context.copulas.has(before)) return true;
  return context.determiners.has(before) && i + 1 < words.length;
}
