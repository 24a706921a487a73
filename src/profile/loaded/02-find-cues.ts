import type { Cue, CueKind, Word } from '../types.js';
import { LOADED_MODEL } from './model.js';

/**
 * Every model entry found in a sentence's words: at each word, the longest entry of each kind
 * that starts there ("war crimes" before "crimes", "according to", "need to"). One map lookup a
 * word, so the pass is linear in the sentence length.
 */
export function findCues(words: readonly Word[], index = LOADED_MODEL.index): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const entries = index.get(words[i]!.word);
    if (!entries) continue;
    const seen = new Set<CueKind>();
    const name = words[i]!.name;
    for (const e of entries) {
      if (seen.has(e.kind)) continue;
      // A capitalised word mid-sentence is a name ("the United States", "Liberal Democrats"), not a judgement.
      if (name && (e.kind === 'loaded' || e.kind === 'sentiment' || e.kind === 'evaluative')) continue;
      if (!e.rest.every((w, k) => words[i + 1 + k]?.word === w)) continue;
      seen.add(e.kind);
      const last = i + 1 + e.rest.length;
      cues.push({ kind: e.kind, start: words[i]!.start, end: words[last - 1]!.end, weight: e.weight, first: i, last });
    }
  }
  return cues;
}
