/**
 * Inverted lists in flat typed arrays: for each feature, the owners (documents or groups) holding
 * it and their weights. Built once; read in the matcher's inner loop.
 */
export class Postings {
  /** Where feature `f`'s entries start; they end where `f + 1`'s start. */
  readonly start: Int32Array;
  readonly owners: Int32Array;
  readonly weights: Float64Array;

  /** `entries` yields (feature, owner, weight) triples, in any order, twice: to count, then to fill. */
  constructor(features: number, entries: (emit: (feature: number, owner: number, weight: number) => void) => void) {
    this.start = new Int32Array(features + 1);
    entries((f) => (this.start[f + 1] += 1));
    for (let f = 0; f < features; f++) this.start[f + 1] += this.start[f];
    this.owners = new Int32Array(this.start[features]);
    this.weights = new Float64Array(this.start[features]);
    const next = this.start.slice(0, features);
    entries((f, owner, weight) => {
      const k = next[f]++;
      this.owners[k] = owner;
      this.weights[k] = weight;
    });
  }
}
