import type { AnnotatedArticle, Span } from '../types.js';
import { cueTokens } from './frames/01-cue-hits.js';
import { HASH_SEED, hashUnit, WordIds } from './word-ids.js';

/** A word of a sentence as the stance features read it: lower-cased, its offsets in the sentence, whether it is capitalised. */
export interface SentenceWord {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly capital: boolean;
}

/**
 * One sentence read once for the frames and the stance stages, each token with its id (`WordIds`).
 * A table by id is good for readings of one generation: a stage keeps one and starts it afresh when
 * a reading of another generation comes (what it holds is made from the words, never from old ids).
 */
export interface SentenceTokens {
  /** The generation of the word ids. */
  readonly generation: number;
  /** The lower-cased words and currency/percent symbols the frame cues are matched on (`cueTokens`), and their ids. */
  readonly cueTokens: readonly string[];
  readonly cueIds: readonly number[];
  /** The words (no symbols) the stance features read (`sentenceWordsOf`), and their ids. */
  readonly words: readonly SentenceWord[];
  readonly wordIds: readonly number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CAPITAL = /\p{Lu}/uy;

/** Whether the word starting at `i` starts with an upper-case letter (a name, mid-sentence). */
function capitalAt(sentence: string, i: number): boolean {
  const c = sentence.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  CAPITAL.lastIndex = i;
  return CAPITAL.test(sentence);
}

/** The words of a sentence, each lower-cased on its own, with its offsets and case. */
export function sentenceWordsOf(sentence: string): SentenceWord[] {
  const out: SentenceWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) out.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, capital: capitalAt(sentence, m.index) });
  return out;
}

/** The word ids of the profile stage, shared by its readings; a new generation starts past this many words. */
const WORD_IDS = new WordIds();
const MAX_WORD_IDS = 200_000;

/**
 * Both readings of a sentence from one pass over its lower-cased text, scanned as `CUE_TOKEN` reads
 * it (a scanner, not the regex: it is the profile stage's inner loop). Lower-casing is then one
 * code point for one, in place, whenever the length does not change (only "İ" grows) and there is
 * no capital sigma (the one letter whose lower case depends on its neighbours, "ΟΔΟΣ" → "οδος"):
 * the words of the lower-cased text are then the lower-cased words of the text, at the same offsets,
 * and one string serves both stages. Other sentences are read twice, as each stage reads them alone.
 */
export function sentenceTokens(sentence: string, ids: WordIds = WORD_IDS): SentenceTokens {
  if (ids.size > MAX_WORD_IDS) ids.clear();
  const lower = sentence.toLowerCase();
  if (lower.length !== sentence.length || sentence.includes('Σ')) {
    const tokens = cueTokens(sentence);
    const words = sentenceWordsOf(sentence);
    const idOf = (s: string) => ids.idAt(s, 0, s.length);
    return { generation: ids.generation, cueTokens: tokens, cueIds: tokens.map(idOf), words, wordIds: words.map((w) => idOf(w.lower)) };
  }
  const tokens: string[] = [];
  const tokenIds: number[] = [];
  const starts: number[] = []; // of each word token; -1 for a symbol
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    let step = c < 0x80 ? ASCII_LETTER_OR_DIGIT[c]! : letterOrDigitAt(lower, i);
    if (step === 0) {
      if (isSymbol(c)) {
        const id = ids.idAt(lower, i, i + 1);
        tokens.push(ids.word(id)), tokenIds.push(id), starts.push(-1);
      }
      i++;
      continue;
    }
    // A run of letters and digits, and more runs joined to it by one apostrophe or hyphen ("don't",
    // "cross-border"); each unit is hashed as it is read.
    let hash = HASH_SEED;
    let end = i;
    for (;;) {
      for (const stop = end + step; end < stop; end++) hash = hashUnit(hash, lower.charCodeAt(end));
      const next = lower.charCodeAt(end);
      step = next < 0x80 ? ASCII_LETTER_OR_DIGIT[next]! : letterOrDigitAt(lower, end);
      if (step) continue;
      if (!isJoiner(next) || !letterOrDigitAt(lower, end + 1)) break;
      hash = hashUnit(hash, next);
      end++;
      step = letterOrDigitAt(lower, end);
    }
    const id = ids.idOfHashed(lower, i, end, hash);
    tokens.push(ids.word(id)), tokenIds.push(id), starts.push(i);
    i = end;
  }
  return new LowerCasedTokens(sentence, ids.generation, tokens, tokenIds, starts);
}

/** A sentence read in one pass: most sentences name no actor, so their words are made only if the stance stage asks. */
class LowerCasedTokens implements SentenceTokens {
  #words: SentenceWord[] | undefined;
  #wordIds: number[] | undefined;
  constructor(
    private readonly sentence: string,
    readonly generation: number,
    readonly cueTokens: readonly string[],
    readonly cueIds: readonly number[],
    /** The offset of each token that is a word; -1 for a symbol. */
    private readonly starts: readonly number[],
  ) {}

  get words(): readonly SentenceWord[] {
    if (!this.#words) this.#readWords();
    return this.#words!;
  }

  get wordIds(): readonly number[] {
    if (!this.#wordIds) this.#readWords();
    return this.#wordIds!;
  }

  #readWords(): void {
    const words: SentenceWord[] = [];
    const ids: number[] = [];
    for (let k = 0; k < this.cueTokens.length; k++) {
      const start = this.starts[k]!;
      if (start < 0) continue;
      const lower = this.cueTokens[k]!;
      words.push({ lower, start, end: start + lower.length, capital: capitalAt(this.sentence, start) });
      ids.push(this.cueIds[k]!);
    }
    this.#words = words;
    this.#wordIds = ids;
  }
}

/** "$", "%", "€", "£": the symbols some cues are. */
const isSymbol = (c: number) => c === 0x24 || c === 0x25 || c === 0x20ac || c === 0xa3;
/** "'", "’", "-": what joins two runs of letters into one word. */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** 1 for an ASCII letter or digit, 0 for any other ASCII unit. */
const ASCII_LETTER_OR_DIGIT = Uint8Array.from({ length: 0x80 }, (_, c) => (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));
/** Per UTF-16 unit: 0 not yet seen, 1 a letter or digit, 2 not. Filled as units are met. */
const unitClass = new Uint8Array(0x10000);

/** The length (1 or 2 units) of the letter or digit (`[\p{L}\p{N}]`) at `i`, or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/**
 * What the profile stages share about one article: its sentences (the whole text as one when
 * annotation found none) and each sentence's tokens, read at most once whichever stage asks first.
 */
export interface ProfileContext {
  readonly sentences: readonly Span[];
  tokens(sentence: number): SentenceTokens;
}

export function profileContext(article: Pick<AnnotatedArticle, 'text' | 'sentences'>, ids: WordIds = WORD_IDS): ProfileContext {
  const sentences: readonly Span[] = article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length, text: article.text }];
  const read: (SentenceTokens | undefined)[] = new Array(sentences.length);
  return { sentences, tokens: (i) => (read[i] ??= sentenceTokens(sentences[i]!.text, ids)) };
}
