import type { AnnotatedArticle, Span } from '../../types.js';
import type { FrameScore } from '../types-frames.js';
import { profileContext, sentenceTokens, type ProfileContext, type SentenceTokens } from '../sentence-tokens.js';
import { WordTable } from '../word-ids.js';
import { compileCueOpeners, cueMatches, type Cue } from './01-cue-hits.js';
import { featureStem } from './02-sentence-features.js';
import { compileSentenceFrames } from './03-sentence-frames.js';
import { FRAMES_MODEL, type FramesModel } from './model.js';
import { addWeights, compileSoftmax, softmaxInPlace } from './predict-softmax.js';

/**
 * The per-frame probability of each sentence of a text, and its MFC code probabilities (in
 * `classes` order): what article scores and evaluations build on.
 */
export type SentenceFramer = (sentence: string) => { readonly classes: readonly string[]; readonly codes: readonly number[]; readonly frames: readonly number[] };

/** What one distinct token brings to a sentence's scores: the cues it can open and its learned weights. */
interface TokenEntry {
  readonly cues: readonly Cue[];
  readonly weights: Float64Array | null;
}

/**
 * Scores one sentence from its tokens (`sentenceTokens`): writes the MFC code probabilities into
 * `codes` and the cue hits per frame into `hits`. The features are those `sentenceFeatures` lists,
 * added in the same order (each token's stem, then each cue hit), straight from the tokens: a token's
 * cues and weights are found once per distinct token (words repeat across sentences), kept by id.
 */
type TokenScorer = (tokens: SentenceTokens, codes: Float64Array, hits: Int32Array) => void;

function compileTokenScorer(model: FramesModel): { readonly classes: readonly string[]; readonly score: TokenScorer } {
  const openers = compileCueOpeners(model.frames);
  const { bias, byPrefix, classes } = compileSoftmax(model.learned);
  const wordWeights = byPrefix.get('w');
  const cueWeights = model.frames.map((f) => byPrefix.get('cue')?.get(f.id));
  const entries = new WordTable((token): TokenEntry => {
    const s = featureStem(token);
    return { cues: openers(token), weights: (s !== null && wordWeights?.get(s)) || null };
  });
  const score: TokenScorer = ({ generation, cueTokens: tokens, cueIds: ids }, codes, hits) => {
    codes.set(bias);
    hits.fill(0);
    for (let i = 0; i < tokens.length; i++) {
      const { cues, weights } = entries.get(generation, ids[i]!, tokens[i]!);
      addWeights(codes, weights ?? undefined);
      for (const cue of cues) if (cueMatches(cue, tokens, i)) hits[cue.frame]!++;
    }
    for (let f = 0; f < hits.length; f++) for (let k = 0; k < hits[f]!; k++) addWeights(codes, cueWeights[f]);
    softmaxInPlace(codes);
  };
  return { classes, score };
}

/** Configure once: compiles the cues and weights of `model` and returns the sentence scorer. */
export function createSentenceFramer(model: FramesModel = FRAMES_MODEL): SentenceFramer {
  const { classes, score } = compileTokenScorer(model);
  const toFrames = compileSentenceFrames(model.frames, classes);
  return (sentence) => {
    const codes = new Float64Array(classes.length);
    const hits = new Int32Array(model.frames.length);
    score(sentenceTokens(sentence), codes, hits);
    return { classes, codes: Array.from(codes), frames: toFrames(codes, hits) };
  };
}

/**
 * Configure once, run many times: returns `findFrames` for a model. An article's score for a frame
 * is the mean over its sentences of the frame's probability (its share of the article's attention);
 * the evidence is the sentences where that probability reaches `thresholds.evidence`, strongest first
 * up to `maxEvidence`, then in text order. Pass the profile stage's context to reuse its tokens.
 */
export function createFrameFinder(model: FramesModel = FRAMES_MODEL): (article: AnnotatedArticle, context?: ProfileContext) => FrameScore[] {
  const { classes, score } = compileTokenScorer(model);
  const toFrames = compileSentenceFrames(model.frames, classes);
  const codes = new Float64Array(classes.length);
  const hits = new Int32Array(model.frames.length);
  const probabilities = model.frames.map(() => 0);
  return (article, context = profileContext(article)) => {
    const { sentences } = context;
    const sums = model.frames.map(() => 0);
    // Per frame, its evidence candidates in text order.
    const strong = model.frames.map((): { p: number; sentence: Span }[] => []);
    for (let si = 0; si < sentences.length; si++) {
      score(context.tokens(si), codes, hits);
      const frames = toFrames(codes, hits, probabilities);
      for (let i = 0; i < frames.length; i++) {
        const p = frames[i]!;
        sums[i]! += p;
        if (p >= model.thresholds.evidence) strong[i]!.push({ p, sentence: sentences[si]! });
      }
    }
    return model.frames
      .map((f, i) => {
        const evidence = strong[i]!.sort((a, b) => b.p - a.p).slice(0, model.thresholds.maxEvidence).sort((a, b) => a.sentence.start - b.sentence.start).map(({ sentence: s }) => ({ start: s.start, end: s.end, text: s.text }));
        return { frame: f.id, score: Math.round((sums[i]! / Math.max(1, sentences.length)) * 1000) / 1000, evidence };
      })
      .sort((a, b) => b.score - a.score);
  };
}

/** The frames of an article with the shipped model, strongest first. */
export const findFrames: (article: AnnotatedArticle, context?: ProfileContext) => FrameScore[] = createFrameFinder();
