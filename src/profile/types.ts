import type { Span } from '../types.js';

/** The loaded-language and opinion profile of one article sentence (same span as the sentence). */
export interface SentenceProfile extends Span {
  /** 0..1: how much charged, evaluative wording the sentence carries. */
  readonly loaded: number;
  /** 0..1: how much the sentence voices the writer's own opinion rather than stating or attributing facts. */
  readonly opinion: number;
  /** The loaded words and phrases, as spans of the article text. */
  readonly loadedSpans: readonly Span[];
}

export type Genre = 'report' | 'analysis' | 'opinion' | 'commentary' | 'other';

/** An article's genre, the score of each candidate, and the sentences that decided it. */
export interface GenreProfile {
  readonly genre: Genre;
  readonly scores: Readonly<Record<string, number>>;
  readonly evidence: readonly Span[];
}

/** A cue found in a sentence: a run of word tokens matching one entry of the loaded-language model. */
export interface Cue {
  readonly kind: CueKind;
  /** Offsets in the article text. */
  readonly start: number;
  readonly end: number;
  /** The entry's weight: loaded-word weight, |VADER valence|, or 1. */
  readonly weight: number;
  /** Index of the first and one past the last word token of the cue within its sentence. */
  readonly first: number;
  readonly last: number;
}

export type CueKind = 'loaded' | 'sentiment' | 'intensifier' | 'hedge' | 'obligation' | 'firstPerson' | 'evaluative' | 'attribution';

/** A word token of a sentence, lowercased with straight apostrophes. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  /** True when the word lies inside quotation marks or a found quote (someone else's words). */
  readonly quoted: boolean;
  /** True for a capitalised word inside a sentence in sentence case: a name ("United", "Liberal"), not a loaded word. */
  readonly name: boolean;
}
