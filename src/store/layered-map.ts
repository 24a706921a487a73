const GONE = Symbol('deleted');

/**
 * A map with an uncommitted layer on top: writes go to the layer, reads see the layer over the base,
 * `commit` folds the layer into the base and `discard` drops it. What gives the memory store its
 * transactions: readers outside the transaction read `base` and never see a partial unit of work.
 */
export class LayeredMap<K, V> {
  readonly base = new Map<K, V>();
  private layer = new Map<K, V | typeof GONE>();

  get(key: K): V | undefined {
    const v = this.layer.get(key);
    return v === GONE ? undefined : v !== undefined ? v : this.base.get(key);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): void {
    this.layer.set(key, value);
  }

  delete(key: K): void {
    this.layer.set(key, GONE);
  }

  /** Values in insertion order of the base, then new keys of the layer. */
  *values(): IterableIterator<V> {
    for (const [k, v] of this.base) {
      const over = this.layer.get(k);
      if (over === undefined) yield v;
      else if (over !== GONE) yield over;
    }
    for (const [k, v] of this.layer) if (v !== GONE && !this.base.has(k)) yield v;
  }

  commit(): void {
    for (const [k, v] of this.layer) {
      if (v === GONE) this.base.delete(k);
      else this.base.set(k, v);
    }
    this.layer.clear();
  }

  discard(): void {
    this.layer.clear();
  }
}
