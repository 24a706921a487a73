import type { FrameDefinition } from './model.js';

/** Words, and the symbols some cues are ("$", "%"), lower-cased. */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[$%€£]/gu;

interface Cue {
  readonly frame: number;
  /** Each word either exact or, ending in '*', a prefix. */
  readonly words: readonly string[];
}

const matches = (pattern: string, token: string) => (pattern.endsWith('*') ? token.startsWith(pattern.slice(0, -1)) : token === pattern);

/** The tokens cues are matched on: the lower-cased sentence's words and currency/percent symbols. */
export function cueTokens(sentence: string): string[] {
  return sentence.toLowerCase().match(TOKEN) ?? [];
}

/**
 * Compiles each frame's cues once into a lookup by first word (exact words in one map, prefixes
 * in another keyed by the prefix); the returned function counts, per frame (in definition order),
 * the cues in a sentence. Linear in the sentence's words: each word looks up its own prefixes.
 */
export function compileCueHits(frames: readonly FrameDefinition[]): (sentence: string) => number[] {
  const hits = compileTokenCueHits(frames);
  return (sentence) => hits(cueTokens(sentence));
}

/** As `compileCueHits`, for a sentence already split by `cueTokens` (the frame scorer reuses the tokens). */
export function compileTokenCueHits(frames: readonly FrameDefinition[]): (tokens: readonly string[]) => number[] {
  const exact = new Map<string, Cue[]>();
  const prefix = new Map<string, Cue[]>();
  let longest = 0;
  frames.forEach((f, frame) => {
    for (const text of f.cues) {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0]!;
      const cue = { frame, words };
      if (first.endsWith('*')) {
        const key = first.slice(0, -1);
        longest = Math.max(longest, key.length);
        prefix.set(key, [...(prefix.get(key) ?? []), cue]);
      } else exact.set(first, [...(exact.get(first) ?? []), cue]);
    }
  });
  // The cues a word can open, found once per distinct word (words repeat across sentences).
  const opening = new Map<string, readonly Cue[]>();
  const cuesOpenedBy = (token: string): readonly Cue[] => {
    let found = opening.get(token);
    if (found) return found;
    const list = [...(exact.get(token) ?? [])];
    for (let n = 1; n <= Math.min(longest, token.length); n++) list.push(...(prefix.get(token.slice(0, n)) ?? []));
    if (opening.size > 100_000) opening.clear();
    opening.set(token, (found = list));
    return found;
  };
  return (tokens) => {
    const hits = frames.map(() => 0);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = cuesOpenedBy(tokens[i]!);
      for (const cue of candidates) if (cue.words.every((w, k) => k === 0 || matches(w, tokens[i + k] ?? ''))) hits[cue.frame]!++;
    }
    return hits;
  };
}
