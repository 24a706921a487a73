import type { Fingerprint } from './fingerprint.js';

export interface StoryIndexOptions {
  /** Similarity at which an article joins the story of its nearest article. */
  readonly storyThreshold: number;
  /** Lower similarity at which a new story joins the storyline of its nearest article. */
  readonly storylineThreshold: number;
  /** How many of an article's heaviest terms it is compared by. */
  readonly topTerms: number;
  /** How many of those it is indexed by: the candidates of a new article share one of these. */
  readonly indexTerms: number;
  /** Terms carried by more articles than this are too common to find candidates with (keeps cost flat). */
  readonly maxPostings: number;
  /** Articles further apart than this many days are rarely one event: their similarity is scaled by `farFactor`. */
  readonly dayWindow: number;
  readonly farFactor: number;
  /**
   * Short texts share a larger part of their few words by chance: a pair's similarity is scaled by
   * (smaller vector's size / topTerms) ^ lengthExponent, so one threshold fits leads and full articles.
   */
  readonly lengthExponent: number;
  /** Background document frequencies (term → documents) and their corpus size, for idf before the corpus is large. */
  readonly background?: { readonly docs: number; readonly df: ReadonlyMap<string, number> };
}

export interface Placement {
  readonly story: number;
  readonly storyline: number;
  /** The nearest earlier article and its similarity, if any candidate was found. */
  readonly nearest: { readonly id: string; readonly similarity: number } | null;
}

interface Slot { readonly id: string; readonly vector: ReadonlyMap<string, number>; readonly day: number | null; story: number }

/**
 * An incremental story index: each article is compared only with the earlier articles that share one
 * of its distinctive terms (an inverted index), joins the story of the nearest one when it is close
 * enough, else starts a story. Nothing is recomputed when articles arrive later.
 */
export function createStoryIndex(options: StoryIndexOptions) {
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const slots: Slot[] = [];
  const storyline: number[] = []; // story → storyline
  let storylines = 0;

  const idf = (term: string) => {
    const bgDocs = options.background?.docs ?? 0;
    const bgDf = options.background?.df.get(term) ?? 0;
    return Math.log((slots.length + bgDocs + 1) / ((df.get(term) ?? 0) + bgDf + 0.5));
  };

  function vectorOf(fp: Fingerprint): Map<string, number> {
    const weighted = [...fp.terms].map(([t, w]) => [t, (1 + Math.log(w)) * Math.max(0, idf(t))] as const).filter(([, w]) => w > 0);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, options.topTerms);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return new Map(top.map(([t, w]) => [t, w / norm]));
  }

  function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let sum = 0;
    for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
    return sum;
  }

  function similarity(a: Slot, size: number, day: number | null, dot: number): number {
    const far = a.day !== null && day !== null && Math.abs(a.day - day) > options.dayWindow;
    const short = Math.min(1, Math.min(size, a.vector.size) / options.topTerms) ** options.lengthExponent;
    return dot * short * (far ? options.farFactor : 1);
  }

  /** Earlier articles that share an indexed term with the fingerprint, with their similarity. */
  function scoreCandidates(vector: ReadonlyMap<string, number>, day: number | null): Map<number, number> {
    const dots = new Map<number, number>();
    let n = 0;
    for (const [t] of vector) {
      if (n++ >= options.indexTerms) break;
      const list = postings.get(t);
      if (!list || list.length > options.maxPostings) continue;
      for (const i of list) dots.set(i, 0);
    }
    for (const i of dots.keys()) dots.set(i, similarity(slots[i] as Slot, vector.size, day, dot(vector, (slots[i] as Slot).vector)));
    return dots;
  }

  function add(fp: Fingerprint): Placement {
    for (const t of fp.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const vector = vectorOf(fp);
    const sims = scoreCandidates(vector, fp.day);
    let best = -1;
    let bestSim = 0;
    for (const [i, sim] of sims) {
      if (sim > bestSim || (sim === bestSim && i < best)) best = i, bestSim = sim;
    }
    const nearest = best >= 0 ? (slots[best] as Slot) : null;
    let story: number;
    if (nearest && bestSim >= options.storyThreshold) story = nearest.story;
    else {
      story = storyline.length;
      storyline.push(nearest && bestSim >= options.storylineThreshold ? (storyline[nearest.story] as number) : storylines++);
    }
    const index = slots.length;
    slots.push({ id: fp.id, vector, day: fp.day, story });
    let k = 0;
    for (const t of vector.keys()) {
      if (k++ >= options.indexTerms) break;
      const list = postings.get(t);
      if (list) list.push(index);
      else postings.set(t, [index]);
    }
    return { story, storyline: storyline[story] as number, nearest: nearest ? { id: nearest.id, similarity: bestSim } : null };
  }

  return {
    add,
    /** Similarity of a fingerprint to every earlier article that shares a distinctive term, without adding it. */
    candidates: (fp: Fingerprint): { id: string; story: number; similarity: number }[] =>
      [...scoreCandidates(vectorOf(fp), fp.day)].map(([i, similarity]) => ({ id: (slots[i] as Slot).id, story: (slots[i] as Slot).story, similarity })),
    /** Article ids per story, in the order stories were started. */
    stories: (): string[][] => {
      const out: string[][] = [];
      for (const s of slots) (out[s.story] ??= []).push(s.id);
      return out;
    },
    /** Story numbers per storyline. */
    storylines: (): number[][] => {
      const out: number[][] = [];
      storyline.forEach((line, story) => (out[line] ??= []).push(story));
      return out.filter(Boolean);
    },
    get size() {
      return slots.length;
    },
  };
}

export type StoryIndex = ReturnType<typeof createStoryIndex>;
