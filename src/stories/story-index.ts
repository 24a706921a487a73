import type { Fingerprint } from './fingerprint.js';

export interface StoryIndexOptions {
  /** Similarity at which an article joins the story of its nearest article. */
  readonly storyThreshold: number;
  /** Similarity, time left aside, at which a new story joins the storyline of its nearest article. */
  readonly storylineThreshold: number;
  /** How many of an article's heaviest terms it is compared by. */
  readonly topTerms: number;
  /** How many of those it is indexed by: the candidates of a new article share one of these. */
  readonly indexTerms: number;
  /**
   * Each indexed term remembers only its most recent articles (news events are close in time), so a
   * term's list, and the cost of reading it, stops growing with the corpus.
   */
  readonly postingsWindow: number;
  /** Of the earlier articles sharing indexed terms, only the ones sharing most are scored in full. */
  readonly maxCandidates: number;
  /** Articles further apart than this many days are rarely one event: their similarity is scaled by `farFactor`. */
  readonly dayWindow: number;
  readonly farFactor: number;
  /** How fast the factor keeps falling beyond the window: × (dayWindow / days apart) ^ farDecay. */
  readonly farDecay: number;
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

/** An indexed article: its top terms as ids with their weights (compact: 100k articles stay small). */
interface Slot { readonly id: string; readonly terms: Int32Array; readonly weights: Float32Array; readonly day: number | null; story: number }

/** A new article's vector: term id → weight, in descending weight order. */
type Vector = Map<number, number>;

/**
 * An incremental story index: each article is compared only with the earlier articles that share one
 * of its distinctive terms (an inverted index), joins the story of the nearest one when it is close
 * enough, else starts a story. Nothing is recomputed when articles arrive later.
 */
export function createStoryIndex(options: StoryIndexOptions) {
  const df = new Map<string, number>();
  const postings = new Map<number, number[]>();
  const slots: Slot[] = [];
  const storyline: number[] = []; // story → storyline
  let storylines = 0;

  const idf = (term: string) => {
    const bgDocs = options.background?.docs ?? 0;
    const bgDf = options.background?.df.get(term) ?? 0;
    return Math.log((slots.length + bgDocs + 1) / ((df.get(term) ?? 0) + bgDf + 0.5));
  };

  const termIds = new Map<string, number>();
  const idOf = (t: string) => {
    let id = termIds.get(t);
    if (id === undefined) termIds.set(t, (id = termIds.size));
    return id;
  };

  function vectorOf(fp: Fingerprint): Vector {
    const weighted = [...fp.terms].map(([t, w]) => [t, (1 + Math.log(w)) * Math.max(0, idf(t))] as const).filter(([, w]) => w > 0);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, options.topTerms);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return new Map(top.map(([t, w]) => [idOf(t), w / norm]));
  }

  function dot(vector: Vector, slot: Slot): number {
    let sum = 0;
    for (let i = 0; i < slot.terms.length; i++) sum += (slot.weights[i] as number) * (vector.get(slot.terms[i] as number) ?? 0);
    return sum;
  }

  /** Similarity as a matter (storyline) sees it: words and actors, time left aside. */
  function topical(a: Slot, size: number, dot: number): number {
    return dot * Math.min(1, Math.min(size, a.terms.length) / options.topTerms) ** options.lengthExponent;
  }

  /** Similarity as an event (story) sees it: beyond the window, the further apart the less likely one event. */
  function timed(a: Slot, day: number | null, topicalSimilarity: number): number {
    const apart = a.day !== null && day !== null ? Math.abs(a.day - day) : 0;
    return apart > options.dayWindow ? topicalSimilarity * options.farFactor * (options.dayWindow / apart) ** options.farDecay : topicalSimilarity;
  }

  /** Earlier articles that share an indexed term with the fingerprint, with their topical similarity. */
  function scoreCandidates(vector: Vector): Map<number, number> {
    const shared = new Map<number, number>();
    let n = 0;
    for (const [t, w] of vector) {
      if (n++ >= options.indexTerms) break;
      for (const i of postings.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + w);
    }
    let candidates = [...shared];
    if (candidates.length > options.maxCandidates) candidates = candidates.sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, options.maxCandidates);
    const sims = new Map<number, number>();
    for (const [i] of candidates) sims.set(i, topical(slots[i] as Slot, vector.size, dot(vector, slots[i] as Slot)));
    return sims;
  }

  /** Adds the article's slot and its postings. */
  function index(fp: Fingerprint, vector: Vector, story: number): void {
    const at = slots.length;
    slots.push({ id: fp.id, terms: Int32Array.from(vector.keys()), weights: Float32Array.from(vector.values()), day: fp.day, story });
    let k = 0;
    for (const t of vector.keys()) {
      if (k++ >= options.indexTerms) break;
      const list = postings.get(t);
      if (!list) postings.set(t, [at]);
      else {
        list.push(at);
        if (list.length > options.postingsWindow) list.shift();
      }
    }
  }

  function add(fp: Fingerprint): Placement {
    for (const t of fp.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const vector = vectorOf(fp);
    const sims = scoreCandidates(vector);
    let best = -1;
    let bestSim = 0;
    let line = -1;
    let lineSim = 0;
    for (const [i, sim] of sims) {
      const event = timed(slots[i] as Slot, fp.day, sim);
      if (event > bestSim || (event === bestSim && i < best)) best = i, bestSim = event;
      if (sim > lineSim || (sim === lineSim && i < line)) line = i, lineSim = sim;
    }
    const nearest = best >= 0 ? (slots[best] as Slot) : null;
    let story: number;
    if (nearest && bestSim >= options.storyThreshold) story = nearest.story;
    else {
      story = storyline.length;
      const matter = line >= 0 && lineSim >= options.storylineThreshold ? (slots[line] as Slot) : null;
      storyline.push(matter ? (storyline[matter.story] as number) : storylines++);
    }
    index(fp, vector, story);
    return { story, storyline: storyline[story] as number, nearest: nearest ? { id: nearest.id, similarity: bestSim } : null };
  }

  /**
   * Puts back an article whose placement is already known (a library reopening, or a worker catching
   * up on others' placements): the same document frequencies and vector as `add` would build, without
   * scoring. Replaying every article in placement order through `restore` leaves the index exactly as
   * `add` left it. `story`/`storyline` are the numbers `add` gave (a new story takes the next number).
   */
  function restore(fp: Fingerprint, story: number, line: number): void {
    for (const t of fp.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const vector = vectorOf(fp);
    if (story > storyline.length) throw new Error(`Story index: story ${story} restored before story ${storyline.length}`);
    if (story === storyline.length) storyline.push(line), (storylines = Math.max(storylines, line + 1));
    index(fp, vector, story);
  }

  return {
    add,
    restore,
    /** Similarity of a fingerprint to every earlier article that shares a distinctive term, without adding it. */
    candidates: (fp: Fingerprint): { id: string; story: number; similarity: number }[] =>
      [...scoreCandidates(vectorOf(fp))].map(([i, sim]) => ({ id: (slots[i] as Slot).id, story: (slots[i] as Slot).story, similarity: timed(slots[i] as Slot, fp.day, sim) })),
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
