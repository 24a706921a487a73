import type { FrameDefinition } from './model.js';

/** Words, and the symbols some cues are ("$", "%"), lower-cased. */
export const CUE_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[$%€£]/gu;

/** One hand-written cue of a frame, as its words. */
export interface Cue {
  readonly frame: number;
  /** The words after the first, each exact or (written with a trailing '*') a prefix. */
  readonly rest: readonly { readonly text: string; readonly prefix: boolean }[];
}

/** The tokens cues are matched on: the lower-cased sentence's words and currency/percent symbols. */
export function cueTokens(sentence: string): string[] {
  return sentence.toLowerCase().match(CUE_TOKEN) ?? [];
}

/** Whether `cue`, opened by the token at `i`, goes on in the tokens after it (past the end reads as ""). */
export function cueMatches(cue: Cue, tokens: readonly string[], i: number): boolean {
  for (let k = 0; k < cue.rest.length; k++) {
    const w = cue.rest[k]!;
    const token = tokens[i + 1 + k] ?? '';
    if (w.prefix ? !token.startsWith(w.text) : token !== w.text) return false;
  }
  return true;
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

/**
 * The cues each token can open, in the order the counts visit them: the cues whose first word is
 * the token, then those whose first word is a prefix of it, shortest prefix first.
 */
export function compileCueOpeners(frames: readonly FrameDefinition[]): (token: string) => Cue[] {
  const exact = new Map<string, Cue[]>();
  const prefix = new Map<string, Cue[]>();
  let longest = 0;
  frames.forEach((f, frame) => {
    for (const text of f.cues) {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0]!;
      const rest = words.slice(1).map((w) => (w.endsWith('*') ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
      const cue = { frame, rest };
      if (first.endsWith('*')) {
        const key = first.slice(0, -1);
        longest = Math.max(longest, key.length);
        prefix.set(key, [...(prefix.get(key) ?? []), cue]);
      } else exact.set(first, [...(exact.get(first) ?? []), cue]);
    }
  });
  return (token) => {
    const list = [...(exact.get(token) ?? [])];
    for (let n = 1; n <= Math.min(longest, token.length); n++) list.push(...(prefix.get(token.slice(0, n)) ?? []));
    return list;
  };
}

/** As `compileCueHits`, for a sentence already split by `cueTokens` (the frame scorer reuses the tokens). */
export function compileTokenCueHits(frames: readonly FrameDefinition[]): (tokens: readonly string[]) => number[] {
  const openers = compileCueOpeners(frames);
  // The cues a word can open, found once per distinct word (words repeat across sentences).
  const opening = new Map<string, readonly Cue[]>();
  const cuesOpenedBy = (token: string): readonly Cue[] => {
    let found = opening.get(token);
    if (found) return found;
    if (opening.size > 100_000) opening.clear();
    opening.set(token, (found = openers(token)));
    return found;
  };
  return (tokens) => {
    const hits = frames.map(() => 0);
    for (let i = 0; i < tokens.length; i++) for (const cue of cuesOpenedBy(tokens[i]!)) if (cueMatches(cue, tokens, i)) hits[cue.frame]!++;
    return hits;
  };
}
