/**
 * A memo with a size limit, so a stream of novel words (typos, keyboard mashing) cannot grow memory
 * without bound. When full it forgets the oldest entry; lookups stay a single Map access.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The cached value, computing and storing it on a miss. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = compute(key);
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }
}
