import { addWeights, compileSoftmax, softmaxInPlace } from '../frames/predict-softmax.js';
import { sentenceWordsOf, type SentenceWord } from '../sentence-tokens.js';
import type { SoftmaxModel } from '../types-frames.js';
import { POLARITY_FEATURES, visitTargetFeatures, WORD_FEATURES, wordForm, type FeatureSink, type WordForm } from './target-features.js';

/** A word form with the model's weights of each word feature it can be (`WORD_FEATURES`, plain then `not_`). */
export interface ScoredForm extends WordForm {
  /** One row of class weights per feature, side by side (a form's weights are read together, so they are kept together). */
  readonly weights: Float64Array;
  /** The rows the model knows, one bit each: a feature it does not know weighs nothing. */
  readonly known: number;
}

/** The learned stance of the mentions, for one model. */
export interface MentionScorer {
  /** A word's form with its weights: make it once per distinct word. */
  form(lower: string): ScoredForm;
  /** The stance toward the target at `from`..`to` (offsets in `sentence`), given the sentence's words and their forms. */
  stance(sentence: string, words: readonly SentenceWord[], forms: readonly ScoredForm[], from: number, to: number): number;
}

/**
 * Configure once: the learned model's stance toward a target in one sentence, P(positive) −
 * P(negative) in −1..1. Features go straight from the sentence's words to the model's weights,
 * in the order `targetFeatures` lists them, so the sums are the same as scoring those strings;
 * a word form carries its weights, looked up once.
 */
export function compileMentionStance(model: SoftmaxModel): MentionScorer {
  const { bias, byPrefix, classes } = compileSoftmax(model);
  const pos = classes.indexOf('pos');
  const neg = classes.indexOf('neg');
  const weightOf = (prefix: string, key: string) => byPrefix.get(prefix)?.get(key);
  const polarityWeights = POLARITY_FEATURES.flatMap((kind) => kind.map(([prefix, key]) => weightOf(prefix, key)));
  const k = bias.length;
  const scores = new Float64Array(k);
  const sink: FeatureSink<ScoredForm> = {
    word(kind, form, negated) {
      const row = 2 * kind + (negated ? 1 : 0);
      if (!(form.known & (1 << row))) return;
      const { weights } = form;
      for (let c = 0, at = row * k; c < k; c++, at++) scores[c]! += weights[at]!;
    },
    polarity: (kind, positive) => addWeights(scores, polarityWeights[2 * kind + (positive ? 1 : 0)]),
  };
  return {
    form(lower) {
      const form = wordForm(lower);
      const rows = WORD_FEATURES.flatMap((prefix) => [weightOf(prefix, form.stem), weightOf(prefix, form.negatedStem)]);
      const weights = new Float64Array(rows.length * k);
      let known = 0;
      rows.forEach((w, row) => {
        if (w) weights.set(w, row * k), (known |= 1 << row);
      });
      return Object.assign(form, { weights, known });
    },
    stance(sentence, words, forms, from, to) {
      scores.set(bias);
      visitTargetFeatures(sentence, words, forms, from, to, sink);
      softmaxInPlace(scores);
      return (scores[pos] ?? 0) - (scores[neg] ?? 0);
    },
  };
}

/** One mention's learned stance, for scripts that score a sentence at a time (`from`/`to` are offsets in `sentence`). */
export function mentionStance(model: SoftmaxModel, sentence: string, from: number, to: number): number {
  const scorer = compileMentionStance(model);
  const words = sentenceWordsOf(sentence);
  return scorer.stance(sentence, words, words.map((w) => scorer.form(w.lower)), from, to);
}
