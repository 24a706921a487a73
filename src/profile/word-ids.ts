/**
 * Small integer ids for the distinct words of the texts read, found from a word's characters where
 * it lies in the text, without cutting it out first: a word seen before costs a hash of its
 * characters and one probe, and every stage can keep what it knows about a word in an array by id
 * (the profile stage's inner loop was string-keyed map lookups, one per word per stage).
 *
 * Ids hold within a generation: `clear` forgets every word and starts the next one, so a table by
 * id must be dropped when the generation it was filled in is over. Generations are numbered across
 * all instances, so ids of two instances are never taken for each other.
 */
let generations = 0;

export class WordIds {
  #strings: string[] = [];
  #hashes = new Int32Array(1024);
  /** Open addressing: id + 1 of the word hashed to each slot, 0 for none. Never more than half full. */
  #slots = new Int32Array(2048);
  #generation = generations++;

  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#strings.length;
  }

  /** The id of the characters `text[start, end)`, new if they were not seen in this generation. */
  idAt(text: string, start: number, end: number): number {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) hash = hashUnit(hash, text.charCodeAt(i));
    return this.#find(text, start, end, hash, false);
  }

  /** As `idAt`, for a reader that hashed the units as it read them (`HASH_SEED`, then `hashUnit` for each). */
  idOfHashed(text: string, start: number, end: number, hash: number): number {
    return this.#find(text, start, end, hash, false);
  }

  /**
   * The id of `text[start, end)` lower-cased with straight apostrophes ("Don’t" → "don't"), or -1
   * when it holds a character other than ASCII, "’" and "‘" (whose lower case is not one unit's).
   */
  foldedIdAt(text: string, start: number, end: number): number {
    let hash = HASH_SEED;
    for (let i = start; i < end; i++) {
      const c = foldAt(text, i);
      if (c < 0) return -1;
      hash = hashUnit(hash, c);
    }
    return this.#find(text, start, end, hash, true);
  }

  #find(text: string, start: number, end: number, hash: number, folded: boolean): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let at = hash & mask;
    for (let slot = slots[at]!; slot !== 0; at = (at + 1) & mask, slot = slots[at]!) {
      const id = slot - 1;
      if (this.#hashes[id] === hash && (folded ? sameFolded(this.#strings[id]!, text, start, end) : sameChars(this.#strings[id]!, text, start, end))) return id;
    }
    const id = this.#strings.length;
    const word = start === 0 && end === text.length ? text : text.slice(start, end);
    this.#strings.push(folded ? word.toLowerCase().replace(/[’‘]/g, "'") : word);
    if (id === this.#hashes.length) {
      const hashes = new Int32Array(2 * id);
      hashes.set(this.#hashes);
      this.#hashes = hashes;
    }
    this.#hashes[id] = hash;
    slots[at] = id + 1;
    if (2 * (id + 1) > slots.length) this.#grow();
    return id;
  }

  /** The word of an id of this generation. */
  word(id: number): string {
    return this.#strings[id]!;
  }

  /** Forgets every word: the next generation begins, and ids are given anew. */
  clear(): void {
    this.#strings = [];
    this.#hashes = new Int32Array(1024);
    this.#slots = new Int32Array(2048);
    this.#generation = generations++;
  }

  #grow(): void {
    const slots = new Int32Array(2 * this.#slots.length);
    const mask = slots.length - 1;
    for (let id = 0; id < this.#strings.length; id++) {
      let at = this.#hashes[id]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = id + 1;
    }
    this.#slots = slots;
  }
}

/** The hash of words: FNV-1a over their UTF-16 units, from `HASH_SEED`. */
export const HASH_SEED = 0x811c9dc5;
export const hashUnit = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function sameFolded(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== foldAt(text, start + k)) return false;
  return true;
}

/** The unit at `i` lower-cased, "’" and "‘" as "'"; -1 for any other non-ASCII unit. */
function foldAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  return c === 0x2019 || c === 0x2018 ? 0x27 : -1;
}

/**
 * What a stage knows about each word, by word id: made from the word the first time it is asked
 * for, and dropped when readings of another generation come. Kept dense (ids arrive out of order).
 */
export class WordTable<T> {
  #generation = -1;
  #items: (T | undefined)[] = [];
  readonly #make: (word: string) => T;

  constructor(make: (word: string) => T) {
    this.#make = make;
  }

  /** What is known of `word`, whose id in `generation` is `id`. */
  get(generation: number, id: number, word: string): T {
    if (generation !== this.#generation) (this.#generation = generation), (this.#items = []);
    let item = this.#items[id];
    if (item === undefined) {
      while (this.#items.length < id) this.#items.push(undefined);
      this.#items[id] = item = this.#make(word);
    }
    return item;
  }
}
