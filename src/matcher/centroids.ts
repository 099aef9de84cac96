import { Postings } from './postings';
import type { SparseVector } from './tfidf';

/**
 * Rocchio centroids: for each group (an intent, or a topic), the weighted sum of its documents'
 * unit vectors, with an inverted index so a message's cosine to every centroid costs one pass over
 * its features. Leave-one-out is exact: a document's own contribution is subtracted from its group.
 */
export class Centroids {
  private readonly postings: Postings;
  private readonly normSq: Float64Array;
  /** 1 / length of each group's sum (0 for an empty group). */
  private readonly inverseNorm: Float64Array;
  /** Each document's dot product with its own group's sum. */
  private readonly selfDot: Float64Array;
  private readonly dots: Float64Array;
  /** Scratch space the size of the feature dictionary, for leave-one-out dot products. */
  private readonly scratch: Float64Array;

  constructor(
    features: number,
    private readonly groupCount: number,
    private readonly docs: readonly SparseVector[],
    /** Each document's group. */
    private readonly groupOf: readonly number[],
    /** Each document's weight in its group. */
    private readonly docWeight: readonly number[],
  ) {
    // Dense sums, but every loop walks only the cells some document touched (start-up runs cold).
    const sums = new Float64Array(groupCount * features);
    const cells: number[] = [];
    docs.forEach((v, d) => {
      const base = groupOf[d] * features;
      for (let k = 0; k < v.ids.length; k++) {
        if (sums[base + v.ids[k]] === 0) cells.push(base + v.ids[k]);
        sums[base + v.ids[k]] += docWeight[d] * v.weights[k];
      }
    });
    this.normSq = new Float64Array(groupCount);
    for (const cell of cells) this.normSq[Math.floor(cell / features)] += sums[cell] ** 2;
    this.inverseNorm = this.normSq.map((sq) => (sq > 1e-12 ? 1 / Math.sqrt(sq) : 0));
    this.postings = new Postings(features, (emit) => {
      for (const cell of cells) emit(cell % features, Math.floor(cell / features), sums[cell]);
    });
    this.selfDot = Float64Array.from(docs, (v, d) => {
      let s = 0;
      for (let k = 0; k < v.ids.length; k++) s += v.weights[k] * sums[groupOf[d] * features + v.ids[k]];
      return s;
    });
    this.dots = new Float64Array(groupCount);
    this.scratch = new Float64Array(features);
  }

  /** Cosine (times the message's length) of message `q` to each group; document `exclude` is left out. */
  similarities(q: SparseVector, exclude: number): Float64Array {
    const { dots } = this;
    const { start, owners, weights } = this.postings;
    dots.fill(0);
    for (let i = 0; i < q.ids.length; i++) {
      const end = start[q.ids[i] + 1];
      for (let k = start[q.ids[i]]; k < end; k++) dots[owners[k]] += q.weights[i] * weights[k];
    }
    const out = new Float64Array(this.groupCount);
    if (exclude < 0) {
      for (let g = 0; g < this.groupCount; g++) out[g] = Math.max(0, dots[g]) * this.inverseNorm[g];
      return out;
    }
    for (let g = 0; g < this.groupCount; g++) {
      let dot = dots[g];
      let sq = this.normSq[g];
      if (this.groupOf[exclude] === g) {
        const w = this.docWeight[exclude];
        dot -= w * this.dotWithDoc(q, exclude);
        sq += w * w - 2 * w * this.selfDot[exclude];
      }
      out[g] = sq > 1e-12 ? Math.max(0, dot) / Math.sqrt(sq) : 0;
    }
    return out;
  }

  private dotWithDoc(q: SparseVector, d: number): number {
    const v = this.docs[d];
    for (let k = 0; k < v.ids.length; k++) this.scratch[v.ids[k]] = v.weights[k];
    let s = 0;
    for (let i = 0; i < q.ids.length; i++) s += q.weights[i] * this.scratch[q.ids[i]];
    for (let k = 0; k < v.ids.length; k++) this.scratch[v.ids[k]] = 0;
    return s;
  }
}
