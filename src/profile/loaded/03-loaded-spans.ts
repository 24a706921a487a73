import type { Span } from '../../types.js';
import type { Cue, Word } from '../types.js';
import { LOADED_MODEL } from './model.js';

/** Punctuation that ends a phrase: loaded words on either side of it are two spans. */
const BREAK = /[,;:.!?()\u2014\u2013"“”]/;

/**
 * The loaded words of a sentence as phrases: loaded cues a few words apart in one clause become
 * one span ("appeasement of radical elements only emboldens"), and a span takes in a hyphenated
 * modifier or an intensifier just before it ("cross-border aggression", "utterly shameful").
 */
export function loadedSpans(text: string, words: readonly Word[], cues: readonly Cue[], gap = LOADED_MODEL.scoring.mergeGap): Span[] {
  const loaded = cues.filter((c) => c.kind === 'loaded' || c.kind === 'sentiment');
  if (!loaded.length) return []; // most sentences
  loaded.sort((a, b) => a.first - b.first || b.last - a.last);
  const intensifier = new Set(cues.filter((c) => c.kind === 'intensifier').map((c) => c.first));
  const runs: [number, number][] = [];
  for (const c of loaded) {
    let first = c.first;
    const before = words[first - 1];
    if (before && (before.word.includes('-') || intensifier.has(first - 1)) && !BREAK.test(text.slice(before.end, words[first]!.start))) first--;
    const prev = runs.at(-1);
    if (prev && first - prev[1] <= gap && !BREAK.test(text.slice(words[prev[1] - 1]!.end, words[first]!.start))) prev[1] = Math.max(prev[1], c.last);
    else runs.push([first, c.last]);
  }
  return runs.map(([a, b]) => {
    const start = words[a]!.start;
    const end = words[b - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  });
}
