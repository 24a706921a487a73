import { EVENTS_MODEL } from './model.js';

/** A dated event that an anchored one may point from, with the words around it. */
export interface AnchorCandidate {
  readonly start: number;
  /** Null when the event is undated: an anchored event counting from it is undated too. */
  readonly date: string | null;
  /** The event's sentence and the one after it: "air strikes on Friday … The minister declared open war". */
  readonly context: string;
}

/**
 * Step 6: the event an anchored expression counts from. A named anchor ("one day after the
 * minister declared war") is the dated event whose context shares the most content words with
 * the name, at least `minOverlap`; ties go to the nearest. An unnamed one ("a day later", "the
 * next day") counts from the event told just before it, dated or not. Null when none fits.
 */
export function findAnchor(at: number, name: string | null, candidates: readonly AnchorCandidate[]): AnchorCandidate | null {
  if (name === null) {
    let previous: AnchorCandidate | null = null;
    for (const c of candidates) if (c.start < at && (!previous || c.start > previous.start)) previous = c;
    return previous;
  }
  const wanted = contentWords(name);
  let best: AnchorCandidate | null = null;
  let bestScore = EVENTS_MODEL.minOverlap - 1;
  for (const c of candidates) {
    if (c.date === null) continue;
    const have = contentWords(c.context);
    const score = [...wanted].filter((w) => have.has(w)).length;
    const nearer = best !== null && Math.abs(c.start - at) < Math.abs(best.start - at);
    if (score > bestScore || (score === bestScore && nearer)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Lower-cased words without possessives or stopwords: "Pakistan's" → "pakistan". */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  return new Set(words.map((w) => w.replace(/['’]s?$/, '')).filter((w) => w.length > 1 && !EVENTS_MODEL.stopwords.has(w)));
}
