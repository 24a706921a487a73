import type { AnnotatedArticle, Span } from '../../types.js';
import type { FrameScore } from '../types-frames.js';
import { compileTokenCueHits, cueTokens } from './01-cue-hits.js';
import { featureStem } from './02-sentence-features.js';
import { compileSentenceFrames } from './03-sentence-frames.js';
import { FRAMES_MODEL, type FramesModel } from './model.js';
import { addWeights, compileSoftmax, softmaxInPlace } from './predict-softmax.js';

/**
 * The per-frame probability of each sentence of a text, and its MFC code probabilities (in
 * `classes` order): what article scores and evaluations build on.
 */
export type SentenceFramer = (sentence: string) => { readonly classes: readonly string[]; readonly codes: readonly number[]; readonly frames: readonly number[] };

/**
 * Configure once: compiles the cues and weights of `model` and returns the sentence scorer. It
 * scores the features `sentenceFeatures` lists, in the same order, straight from the tokens: each
 * token's weights are looked up once per distinct token (words repeat across sentences).
 */
export function createSentenceFramer(model: FramesModel = FRAMES_MODEL): SentenceFramer {
  const cueHits = compileTokenCueHits(model.frames);
  const { bias, byPrefix, classes } = compileSoftmax(model.learned);
  const wordWeights = byPrefix.get('w');
  const cueWeights = model.frames.map((f) => byPrefix.get('cue')?.get(f.id));
  const tokenWeights = new Map<string, Float64Array | null>();
  const weightsOf = (token: string): Float64Array | null => {
    let w = tokenWeights.get(token);
    if (w !== undefined) return w;
    const s = featureStem(token);
    w = (s !== null && wordWeights?.get(s)) || null;
    if (tokenWeights.size > 100_000) tokenWeights.clear();
    tokenWeights.set(token, w);
    return w;
  };
  const toFrames = compileSentenceFrames(model.frames, classes);
  return (sentence) => {
    const tokens = cueTokens(sentence);
    const hits = cueHits(tokens);
    const scores = Float64Array.from(bias);
    for (const token of tokens) addWeights(scores, weightsOf(token) ?? undefined);
    hits.forEach((n, i) => {
      for (let k = 0; k < n; k++) addWeights(scores, cueWeights[i]);
    });
    const codes = softmaxInPlace(scores);
    return { classes, codes: Array.from(codes), frames: toFrames(codes, hits) };
  };
}

/**
 * Configure once, run many times: returns `findFrames` for a model. An article's score for a frame
 * is the mean over its sentences of the frame's probability (its share of the article's attention);
 * the evidence is the sentences where that probability reaches `thresholds.evidence`, strongest first
 * up to `maxEvidence`, then in text order.
 */
export function createFrameFinder(model: FramesModel = FRAMES_MODEL): (article: AnnotatedArticle) => FrameScore[] {
  const framer = createSentenceFramer(model);
  return (article) => {
    const sums = model.frames.map(() => 0);
    const strong: { i: number; p: number; span: Span }[] = [];
    const sentences = article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length, text: article.text }];
    for (const s of sentences) {
      const { frames } = framer(s.text);
      frames.forEach((p, i) => {
        sums[i]! += p;
        if (p >= model.thresholds.evidence) strong.push({ i, p, span: { start: s.start, end: s.end, text: s.text } });
      });
    }
    return model.frames
      .map((f, i) => {
        const evidence = strong.filter((e) => e.i === i).sort((a, b) => b.p - a.p).slice(0, model.thresholds.maxEvidence).sort((a, b) => a.span.start - b.span.start).map((e) => e.span);
        return { frame: f.id, score: Math.round((sums[i]! / Math.max(1, sentences.length)) * 1000) / 1000, evidence };
      })
      .sort((a, b) => b.score - a.score);
  };
}

/** The frames of an article with the shipped model, strongest first. */
export const findFrames: (article: AnnotatedArticle) => FrameScore[] = createFrameFinder();
