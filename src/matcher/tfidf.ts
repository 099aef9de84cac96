/** A sparse vector: feature ids and their weights, same order. */
export interface SparseVector {
  ids: number[];
  weights: number[];
}

/** A weighted vector with its length and how much of the message's words the dictionary knows. */
export interface WeightedVector {
  vector: SparseVector;
  norm: number;
  /** Share of the single-word weight (unseen words weighed as the rarest) that is known, in [0, 1]. */
  coverage: number;
}

/** How the weighting treats bigrams and features never seen in training. */
export interface WeightingOptions {
  /** Weight of a bigram feature relative to a single stem. */
  bigramWeight: number;
  /** How much a feature the index has never seen lengthens a message (0: not at all, 1: as a rare word). */
  unseenWeight: number;
  /** Weight of a feature made only of grammar words ("how", "do i"), relative to a content word. */
  functionWeight: number;
}

/**
 * The feature dictionary and its inverse document frequencies, fixed at training time. Vectors are
 * sublinear TF-IDF; unseen features add only to a vector's length, so a message mostly about
 * something else has a low similarity to everything.
 */
export class TfIdf {
  private readonly ids = new Map<string, number>();
  private readonly df: number[] = [];
  private readonly idf: number[];
  private readonly unseenIdf: number;
  private readonly maxIdf: number;
  /** 1 for features made only of grammar words. */
  readonly grammar: Uint8Array;

  constructor(
    documents: ReadonlyArray<readonly string[]>,
    private readonly options: WeightingOptions,
    /** Stems of grammar words, weighed by `functionWeight`. */
    private readonly functionStems: ReadonlySet<string> = new Set(),
  ) {
    for (const features of documents) {
      for (const f of new Set(features)) {
        let id = this.ids.get(f);
        if (id === undefined) {
          id = this.df.length;
          this.ids.set(f, id);
          this.df.push(0);
        }
        this.df[id] += 1;
      }
    }
    const n = documents.length;
    const names = [...this.ids.keys()];
    this.grammar = Uint8Array.from(names, (f) => (this.isGrammarFeature(f) ? 1 : 0));
    this.idf = this.df.map((d) => Math.log((n + 1) / (d + 1)) + 1);
    this.maxIdf = Math.log(n + 1) + 1;
    this.unseenIdf = this.maxIdf * options.unseenWeight;
  }

  /** How many features the dictionary holds. */
  get size(): number {
    return this.df.length;
  }

  /** How many training documents contain feature `id`. */
  documentFrequency(id: number): number {
    return this.df[id];
  }

  /**
   * The weighted vector of a feature list and its Euclidean length. `seen(id)` false treats a known
   * feature as unseen (leave-one-out: a feature only the left-out document has).
   */
  vector(features: readonly string[], seen: (id: number) => boolean = () => true): WeightedVector {
    const counts = new Map<string, number>();
    for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
    const vector: SparseVector = { ids: [], weights: [] };
    let sq = 0;
    let wordSq = 0;
    let knownWordSq = 0;
    for (const [f, tf] of counts) {
      const id = this.ids.get(f);
      const known = id !== undefined && seen(id);
      const w = (1 + Math.log(tf)) * this.typeWeight(f) * (known ? this.idf[id] : this.unseenIdf);
      sq += w * w;
      if (!f.includes(' ')) {
        const wordW = known ? w : (1 + Math.log(tf)) * this.typeWeight(f) * this.maxIdf;
        wordSq += wordW * wordW;
        if (known) knownWordSq += w * w;
      }
      if (known) {
        vector.ids.push(id);
        vector.weights.push(w);
      }
    }
    return { vector, norm: Math.sqrt(sq), coverage: wordSq > 0 ? knownWordSq / wordSq : 0 };
  }

  /** The weight of a feature's kind: bigram or stem, grammar or content. */
  private typeWeight(feature: string): number {
    const kind = feature.includes(' ') ? this.options.bigramWeight : 1;
    return kind * (this.isGrammarFeature(feature) ? this.options.functionWeight : 1);
  }

  private isGrammarFeature(feature: string): boolean {
    const space = feature.indexOf(' ');
    if (space < 0) return this.functionStems.has(feature);
    return this.functionStems.has(feature.slice(0, space)) && this.functionStems.has(feature.slice(space + 1));
  }
}
