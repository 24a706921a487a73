import { createRequire } from 'node:module';
import { stem as stemOf } from '../frames/words.js';

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
interface WordForm {
  readonly lower: string;
  readonly stem: string;
  /** `not_<stem>`, for the word after a negator. */
  readonly negatedStem: string;
  readonly stop: boolean;
  readonly negator: boolean;
  readonly polarity: number;
}

/** A word of a sentence as the stance features read it: its form, its offsets, whether it is capitalised. */
export interface TargetWord {
  readonly form: WordForm;
  readonly start: number;
  readonly end: number;
  readonly capital: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;

/**
 * Configure once: returns the tokenizer of the stance features. A sentence is read into words once
 * and every mention in it reuses them; each word form's stem, polarity and lists are looked up once
 * per distinct form (words repeat across sentences and articles).
 */
export function compileTargetWords(): (sentence: string) => TargetWord[] {
  const forms = new Map<string, WordForm>();
  const formOf = (lower: string): WordForm => {
    let form = forms.get(lower);
    if (form) return form;
    const stem = stemOf(lower);
    form = { lower, stem, negatedStem: `not_${stem}`, stop: STOP.has(lower), negator: NEGATORS.has(lower) || lower.endsWith("n't"), polarity: wordPolarity(lower) };
    if (forms.size > 100_000) forms.clear();
    forms.set(lower, form);
    return form;
  };
  return (sentence) => {
    const out: TargetWord[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) out.push({ form: formOf(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length, capital: CAPITAL.test(m[0]) });
    return out;
  };
}

/** Receives each feature as its prefix and key (`w`, `attack` for `w:attack`), in order. */
export type FeatureSink = (prefix: string, key: string) => void;

const MARKS = [',', ';', ':', '—', '(', ')', '"', '“', '”'];
const LEX = ['lex:neg', '', 'lex:pos'] as const;

/**
 * The features the stance model sees for one target in one sentence: every lower-case content word
 * (`w:`), the words near the target with their side (`L:`/`R:`), the first word after it (`v:` —
 * usually the verb it is the subject of) and the word before it (`p:` — "against X", "praised X").
 * Words after a negator within three words are marked `not_`. Capitalised words (names) and the
 * target's own words are left out: the model learns how text treats an actor, not who the actor is.
 * `ws` are the sentence's words; `from`/`to` the target's offsets in it.
 */
export function visitTargetFeatures(sentence: string, ws: readonly TargetWord[], from: number, to: number, emit: FeatureSink): void {
  let negated = 0;
  let firstAfter = true;
  let lastBefore: string | null = null;
  // Word indices where the target starts and ends, for distances in words.
  let first = ws.findIndex((w) => w.end > from);
  if (first < 0) first = ws.length;
  let last = first;
  while (last < ws.length && ws[last]!.start < to) last++;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.start >= from && w.end <= to) continue;
    const { form } = w;
    if (form.negator) {
      negated = 3;
      continue;
    }
    const name = w.capital && w.start > 0;
    const wasNegated = negated > 0;
    const stem = wasNegated ? form.negatedStem : form.stem;
    if (negated > 0) negated--;
    if (name || form.stop) continue;
    emit('w', stem);
    const polarity = wasNegated ? -form.polarity : form.polarity;
    if (polarity) emit('lex', polarity > 0 ? 'pos' : 'neg');
    if (w.end <= from) {
      lastBefore = stem;
      if (first - i - 1 < NEAR_WORDS) {
        emit('L', stem);
        if (polarity) emit('N', LEX[polarity + 1]!);
      }
    } else if (w.start >= to) {
      if (i - last < NEAR_WORDS) {
        emit('R', stem);
        if (polarity) emit('N', LEX[polarity + 1]!);
      }
      if (firstAfter) emit('v', stem), (firstAfter = false);
    }
  }
  if (lastBefore) emit('p', lastBefore);
  // The target's clause: what lies between the punctuation marks around it.
  let left = -1;
  let right = sentence.length;
  for (const c of MARKS) {
    left = Math.max(left, sentence.lastIndexOf(c, from - 1));
    const r = sentence.indexOf(c, to);
    if (r >= 0 && r < right) right = r;
  }
  for (const w of ws)
    if (w.start > left && w.end <= right && (w.end <= from || w.start >= to) && !w.form.stop && !w.capital) {
      emit('C', w.form.stem);
      if (w.form.polarity) emit('C', LEX[w.form.polarity + 1]!);
    }
}

const trainingWords = compileTargetWords();

/** The features of one target as strings (`w:attack`, `L:not_support`, …): what training and the NewsMTSC evaluation read. */
export function targetFeatures(sentence: string, from: number, to: number): string[] {
  const out: string[] = [];
  visitTargetFeatures(sentence, trainingWords(sentence), from, to, (prefix, key) => out.push(`${prefix}:${key}`));
  return out;
}
