import type { AnnotatedArticle, Span } from '../../types.js';
import type { FrameScore } from '../types-frames.js';
import { compileCueHits } from './01-cue-hits.js';
import { sentenceFeatures } from './02-sentence-features.js';
import { codeProbabilities, sentenceFrames } from './03-sentence-frames.js';
import { FRAMES_MODEL, type FramesModel } from './model.js';

/** The per-frame probability of each sentence of a text: what article scores and evaluations build on. */
export type SentenceFramer = (sentence: string) => { readonly codes: ReadonlyMap<string, number>; readonly frames: readonly number[] };

/** Configure once: compiles the cues of `model` and returns the sentence scorer. */
export function createSentenceFramer(model: FramesModel = FRAMES_MODEL): SentenceFramer {
  const cueHits = compileCueHits(model.frames);
  return (sentence) => {
    const hits = cueHits(sentence);
    const codes = codeProbabilities(model, sentenceFeatures(sentence, hits, model.frames));
    return { codes, frames: sentenceFrames(model.frames, codes, hits) };
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
