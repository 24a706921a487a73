import { createRequire } from 'node:module';
import { stem as stemOf } from '../frames/words.js';
import { sentenceWordsOf, type SentenceWord } from '../sentence-tokens.js';

const require = createRequire(import.meta.url);
const LISTS = require('../../../model/profile-stance.json') as { positive: string[]; negative: string[] };
const pattern = (cues: readonly string[]) => new RegExp(`^(?:${cues.map((c) => c.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$`);
const POSITIVE = pattern(LISTS.positive.filter((c) => !c.includes(' ')));
const NEGATIVE = pattern(LISTS.negative.filter((c) => !c.includes(' ')));

/** The hand-written polarity of a word: 1, −1 or 0. */
export function wordPolarity(lower: string): number {
  return POSITIVE.test(lower) ? 1 : NEGATIVE.test(lower) ? -1 : 0;
}

/** Words that flip what follows ("not credible", "never supported", "didn't win"). */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', "n't", 'hardly', 'neither', 'cannot']);
/** Function words add noise to a few thousand training rows. */
const STOP = new Set('a an the and or of to in on at for by with from as is are was were be been being it its this that these those which who whom there here than then so do does did have has had'.split(' '));
/** How many words either side of the target count as "near" it; chosen on NewsMTSC 5-fold CV (3 and 8 score lower). */
export const NEAR_WORDS = 5;

/** What the features need to know of one word form, the same wherever it occurs. */
export interface WordForm {
  readonly lower: string;
  readonly stem: string;
  /** `not_<stem>`, for the word after a negator. */
  readonly negatedStem: string;
  readonly stop: boolean;
  readonly negator: boolean;
  readonly polarity: number;
}

/** The form of one lower-cased word. */
export function wordForm(lower: string): WordForm {
  const stem = stemOf(lower);
  return { lower, stem, negatedStem: `not_${stem}`, stop: STOP.has(lower), negator: NEGATORS.has(lower) || lower.endsWith("n't"), polarity: wordPolarity(lower) };
}

/** Configure once: looks each distinct word's form up once (words repeat across sentences and articles). */
export function formTable<F extends WordForm>(make: (lower: string) => F): (lower: string) => F {
  const forms = new Map<string, F>();
  return (lower) => {
    let form = forms.get(lower);
    if (form) return form;
    form = make(lower);
    if (forms.size > 100_000) forms.clear();
    forms.set(lower, form);
    return form;
  };
}

/** The word features by kind, as the prefixes the model names them by: every word, near the target on the left and the right, the first word after it, the word before it, its clause. */
export const WORD_FEATURES = ['w', 'L', 'R', 'v', 'p', 'C'] as const;
const [WORD, LEFT, RIGHT, VERB, BEFORE, CLAUSE] = [0, 1, 2, 3, 4, 5] as const;
/** The polarity features by kind, as (prefix, key) for a negative and a positive word: anywhere, near the target, in its clause. */
export const POLARITY_FEATURES = [
  [['lex', 'neg'], ['lex', 'pos']],
  [['N', 'lex:neg'], ['N', 'lex:pos']],
  [['C', 'lex:neg'], ['C', 'lex:pos']],
] as const;
const [ANY, NEAR, IN_CLAUSE] = [0, 1, 2] as const;

/** Receives each feature, in order: a word feature (`WORD_FEATURES[kind]:<stem>`, or `:not_<stem>` when negated) or a polarity feature (`POLARITY_FEATURES[kind]`). */
export interface FeatureSink<F extends WordForm> {
  word(kind: number, form: F, negated: boolean): void;
  polarity(kind: number, positive: boolean): void;
}

/** Whether the UTF-16 unit `c` is a mark that bounds a clause: , ; : — ( ) " “ ”. */
const isMark = (c: number) => (c < 0x80 ? c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 : c === 0x2014 || c === 0x201c || c === 0x201d);

/**
 * The features the stance model sees for one target in one sentence: every lower-case content word
 * (`w:`), the words near the target with their side (`L:`/`R:`), the first word after it (`v:` —
 * usually the verb it is the subject of) and the word before it (`p:` — "against X", "praised X").
 * Words after a negator within three words are marked `not_`. Capitalised words (names) and the
 * target's own words are left out: the model learns how text treats an actor, not who the actor is.
 * `ws` are the sentence's words (`sentenceWordsOf`), `forms` their forms; `from`/`to` the target's offsets in it.
 */
export function visitTargetFeatures<F extends WordForm>(sentence: string, ws: readonly SentenceWord[], forms: readonly F[], from: number, to: number, sink: FeatureSink<F>): void {
  let negated = 0;
  let firstAfter = true;
  let lastBefore: F | null = null;
  let lastBeforeNegated = false;
  // Word indices where the target starts and ends, for distances in words.
  let first = 0;
  while (first < ws.length && ws[first]!.end <= from) first++;
  let last = first;
  while (last < ws.length && ws[last]!.start < to) last++;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.start >= from && w.end <= to) continue;
    const form = forms[i]!;
    if (form.negator) {
      negated = 3;
      continue;
    }
    const name = w.capital && w.start > 0;
    const wasNegated = negated > 0;
    if (negated > 0) negated--;
    if (name || form.stop) continue;
    sink.word(WORD, form, wasNegated);
    const polarity = wasNegated ? -form.polarity : form.polarity;
    if (polarity) sink.polarity(ANY, polarity > 0);
    if (w.end <= from) {
      lastBefore = form;
      lastBeforeNegated = wasNegated;
      if (first - i - 1 < NEAR_WORDS) {
        sink.word(LEFT, form, wasNegated);
        if (polarity) sink.polarity(NEAR, polarity > 0);
      }
    } else if (w.start >= to) {
      if (i - last < NEAR_WORDS) {
        sink.word(RIGHT, form, wasNegated);
        if (polarity) sink.polarity(NEAR, polarity > 0);
      }
      if (firstAfter) sink.word(VERB, form, wasNegated), (firstAfter = false);
    }
  }
  if (lastBefore) sink.word(BEFORE, lastBefore, lastBeforeNegated);
  // The target's clause: what lies between the punctuation marks around it (the last mark before
  // `from`, where one at 0 counts even for a target at 0, and the first from `to` on).
  let left = Math.min(Math.max(from - 1, 0), sentence.length - 1);
  while (left >= 0 && !isMark(sentence.charCodeAt(left))) left--;
  let right = Math.min(Math.max(to, 0), sentence.length);
  while (right < sentence.length && !isMark(sentence.charCodeAt(right))) right++;
  // The words lie in order, so those of the clause are one run of them.
  let i = 0;
  while (i < ws.length && ws[i]!.start <= left) i++;
  for (; i < ws.length && ws[i]!.end <= right; i++) {
    const w = ws[i]!;
    const form = forms[i]!;
    if ((w.end <= from || w.start >= to) && !form.stop && !w.capital) {
      sink.word(CLAUSE, form, false);
      if (form.polarity) sink.polarity(IN_CLAUSE, form.polarity > 0);
    }
  }
}

const trainingForm = formTable(wordForm);

/** The features of one target as strings (`w:attack`, `L:not_support`, …): what training and the NewsMTSC evaluation read. */
export function targetFeatures(sentence: string, from: number, to: number): string[] {
  const out: string[] = [];
  const words = sentenceWordsOf(sentence);
  visitTargetFeatures(sentence, words, words.map((w) => trainingForm(w.lower)), from, to, {
    word: (kind, form, negated) => out.push(`${WORD_FEATURES[kind]}:${negated ? form.negatedStem : form.stem}`),
    polarity: (kind, positive) => {
      const [prefix, key] = POLARITY_FEATURES[kind]![positive ? 1 : 0];
      out.push(`${prefix}:${key}`);
    },
  });
  return out;
}
