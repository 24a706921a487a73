import { addWeights, compileSoftmax, softmaxInPlace } from '../frames/predict-softmax.js';
import type { SoftmaxModel } from '../types-frames.js';
import { compileTargetWords, visitTargetFeatures, type TargetWord } from './target-features.js';

/** Scores one mention: the sentence, its words (from `compileTargetWords`), the mention's offsets in it. */
export type MentionScorer = (sentence: string, words: readonly TargetWord[], from: number, to: number) => number;

/**
 * Configure once: the learned model's stance toward a target in one sentence, P(positive) −
 * P(negative) in −1..1. Features go straight from the sentence's words to the model's weights,
 * in the order `targetFeatures` lists them, so the sums are the same as scoring those strings.
 */
export function compileMentionStance(model: SoftmaxModel): MentionScorer {
  const { bias, byPrefix, classes } = compileSoftmax(model);
  const pos = classes.indexOf('pos');
  const neg = classes.indexOf('neg');
  const scores = new Float64Array(bias.length);
  const emit = (prefix: string, key: string) => addWeights(scores, byPrefix.get(prefix)?.get(key));
  return (sentence, words, from, to) => {
    scores.set(bias);
    visitTargetFeatures(sentence, words, from, to, emit);
    softmaxInPlace(scores);
    return (scores[pos] ?? 0) - (scores[neg] ?? 0);
  };
}

/** One mention's learned stance, for scripts that score a sentence at a time (`from`/`to` are offsets in `sentence`). */
export function mentionStance(model: SoftmaxModel, sentence: string, from: number, to: number): number {
  return compileMentionStance(model)(sentence, compileTargetWords()(sentence), from, to);
}
