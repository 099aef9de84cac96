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
  /** Each feature's kind weight times its idf. */
  private readonly idWeight: Float64Array;
  /** 1 for single-word features. */
  private readonly isWord: Uint8Array;
  /** Scratch term counts, left all zero between calls. */
  private readonly tf: Float64Array;
  /** Bigram ids by their two stems' ids (smaller id times the dictionary size, plus the larger). */
  private readonly pairIds = new Map<number, number>();

  constructor(
    documents: ReadonlyArray<readonly string[]>,
    private readonly options: WeightingOptions,
    /** Stems of grammar words, so features made only of them are marked in {@link grammar}. */
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
    this.idWeight = Float64Array.from(names, (f, id) => this.typeWeight(f) * this.idf[id]);
    this.isWord = Uint8Array.from(names, (f) => (f.includes(' ') ? 0 : 1));
    this.tf = new Float64Array(names.length);
    names.forEach((f, id) => {
      const space = f.indexOf(' ');
      if (space < 0) return;
      const a = this.ids.get(f.slice(0, space));
      const b = this.ids.get(f.slice(space + 1));
      if (a !== undefined && b !== undefined) this.pairIds.set(this.pairKey(a, b), id);
    });
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
  vector(features: readonly string[], seen?: (id: number) => boolean): WeightedVector {
    const ids: number[] = [];
    let unseen: Map<string, number> | undefined;
    for (const f of features) {
      const id = this.ids.get(f);
      if (id !== undefined && (seen === undefined || seen(id))) this.count(id, ids);
      else unseen = countUnseen(unseen, f);
    }
    return this.finish(ids, unseen);
  }

  /**
   * The same vector as {@link vector} of `stems` and their neighbouring pairs, without building the
   * pair strings: the per-message fast path (stems come from a memo, so their hashes are cached).
   */
  vectorOfStems(stems: readonly string[]): WeightedVector {
    const ids: number[] = [];
    const known = new Array<number>(stems.length);
    let unseen: Map<string, number> | undefined;
    for (let i = 0; i < stems.length; i++) {
      known[i] = this.ids.get(stems[i]) ?? -1;
      if (known[i] >= 0) this.count(known[i], ids);
      else unseen = countUnseen(unseen, stems[i]);
    }
    for (let i = 1; i < stems.length; i++) {
      const pairId = known[i - 1] >= 0 && known[i] >= 0 ? this.pairIds.get(this.pairKey(known[i - 1], known[i])) : undefined;
      if (pairId !== undefined) this.count(pairId, ids);
      else unseen = countUnseen(unseen, pairFeature(stems[i - 1], stems[i]));
    }
    return this.finish(ids, unseen);
  }

  private pairKey(a: number, b: number): number {
    return a < b ? a * this.df.length + b : b * this.df.length + a;
  }

  private count(id: number, ids: number[]): void {
    if (this.tf[id] === 0) ids.push(id);
    this.tf[id] += 1;
  }

  /** Weighs counted features (clearing the scratch counts) and adds unseen ones to the length. */
  private finish(ids: number[], unseen: ReadonlyMap<string, number> | undefined): WeightedVector {
    const { tf, idWeight, isWord } = this;
    const vector: SparseVector = { ids, weights: new Array<number>(ids.length) };
    let sq = 0;
    let knownWordSq = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = (1 + Math.log(tf[ids[k]])) * idWeight[ids[k]];
      tf[ids[k]] = 0;
      vector.weights[k] = w;
      sq += w * w;
      if (isWord[ids[k]] === 1) knownWordSq += w * w;
    }
    let wordSq = knownWordSq;
    for (const [f, count] of unseen ?? []) {
      const base = (1 + Math.log(count)) * this.typeWeight(f);
      sq += (base * this.unseenIdf) ** 2;
      if (!f.includes(' ')) wordSq += (base * this.maxIdf) ** 2;
    }
    return { vector, norm: Math.sqrt(sq), coverage: wordSq > 0 ? knownWordSq / wordSq : 0 };
  }

  /** The weight of a feature's kind: a bigram or a single stem. */
  private typeWeight(feature: string): number {
    return feature.includes(' ') ? this.options.bigramWeight : 1;
  }

  private isGrammarFeature(feature: string): boolean {
    const space = feature.indexOf(' ');
    if (space < 0) return this.functionStems.has(feature);
    return this.functionStems.has(feature.slice(0, space)) && this.functionStems.has(feature.slice(space + 1));
  }
}

/** A bigram feature, order-free: "secure bluebutton" and "bluebutton secure" are one feature. */
export function pairFeature(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function countUnseen(unseen: Map<string, number> | undefined, feature: string): Map<string, number> {
  const map = unseen ?? new Map<string, number>();
  map.set(feature, (map.get(feature) ?? 0) + 1);
  return map;
}
