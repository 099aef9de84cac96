import { Centroids } from './centroids';
import { Postings } from './postings';
import { TfIdf, type SparseVector, type WeightedVector, type WeightingOptions } from './tfidf';

/** One training text, analysed: which class it supports, its features, and how much it counts. */
export interface TrainingDoc {
  classIndex: number;
  /** The class's topic (blue_button, vhie, general, or out of scope), as a number. */
  topicIndex: number;
  features: readonly string[];
  /** Multiplies this document's similarity: 1 for example phrasings, less for answer passages. */
  weight: number;
}

/** How the index weighs evidence. */
export interface IndexOptions extends WeightingOptions {
  /** A class's nearest-example score adds this share of its second nearest, so agreement counts. */
  secondWeight: number;
  /** Share of a class's score that comes from its centroid rather than its nearest examples. */
  centroidWeight: number;
  /** Added share of the class's topic centroid, so "secure" next to "bluebutton" stays with Blue Button. */
  topicWeight: number;
}

/** Class scores for a message, and the share of its word weight the index knows (see {@link WeightedVector}). */
export interface IndexResult {
  scores: Float64Array;
  coverage: number;
}

/**
 * Scores classes for a message by cosine similarity over TF-IDF vectors, blending three views: the
 * nearest examples of each class (kNN: best plus a share of second best), the class centroid, and
 * the centroid of the class's topic. All use inverted indexes, so a message touches only documents
 * and centroids that share a feature with it.
 */
export class ExampleIndex {
  private readonly tfidf: TfIdf;
  private readonly postings: Postings;
  private readonly classes: Centroids;
  private readonly topics: Centroids;
  private readonly topicOf: Int32Array;
  private readonly dots: Float64Array;
  private readonly touched: Int32Array;
  private readonly best: Float64Array;
  private readonly second: Float64Array;

  constructor(
    private readonly docs: readonly TrainingDoc[],
    readonly classCount: number,
    private readonly options: IndexOptions,
    functionStems: ReadonlySet<string> = new Set(),
  ) {
    this.tfidf = new TfIdf(
      docs.map((d) => d.features),
      options,
      functionStems,
    );
    const vectors: SparseVector[] = docs.map((doc) => {
      const { vector, norm } = this.tfidf.vector(doc.features);
      vector.weights = vector.weights.map((w) => w / (norm || 1));
      return vector;
    });
    this.postings = new Postings(this.tfidf.size, (emit) =>
      vectors.forEach((v, d) => v.ids.forEach((id, k) => emit(id, d, v.weights[k]))),
    );
    const weightOf = docs.map((d) => d.weight);
    this.classes = new Centroids(this.tfidf.size, classCount, vectors, docs.map((d) => d.classIndex), weightOf);
    const topicCount = Math.max(0, ...docs.map((d) => d.topicIndex)) + 1;
    this.topics = new Centroids(this.tfidf.size, topicCount, vectors, docs.map((d) => d.topicIndex), weightOf);
    this.topicOf = new Int32Array(classCount);
    for (const d of docs) this.topicOf[d.classIndex] = d.topicIndex;
    this.dots = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
    this.best = new Float64Array(classCount);
    this.second = new Float64Array(classCount);
  }

  /** Class scores in [0, 1] for a message's features, and how much of it the index knows. */
  score(features: readonly string[]): IndexResult {
    return this.run(this.tfidf.vector(features), -1);
  }

  /** The same as {@link score} for a message's stems (its features are the stems and their pairs). */
  scoreStems(stems: readonly string[]): IndexResult {
    return this.run(this.tfidf.vectorOfStems(stems), -1);
  }

  /** The same for training document `d` as if it had never been seen (leave-one-out). */
  scoreHeldOut(d: number): IndexResult {
    return this.run(
      this.tfidf.vector(this.docs[d].features, (id) => this.tfidf.documentFrequency(id) > 1),
      d,
    );
  }

  private run({ vector: q, norm, coverage }: WeightedVector, exclude: number): IndexResult {
    const scores = new Float64Array(this.classCount);
    if (norm === 0) return { scores, coverage };
    this.nearest(q, exclude);
    const centroid = this.classes.similarities(q, exclude);
    const topic = this.topics.similarities(q, exclude);
    const { best, second, options } = this;
    const share = options.secondWeight;
    const cw = options.centroidWeight;
    for (let c = 0; c < this.classCount; c++) {
      const knn = (best[c] + share * second[c]) / (1 + share);
      const blend = (1 - cw) * knn + cw * centroid[c] + options.topicWeight * topic[this.topicOf[c]];
      scores[c] = blend / ((1 + options.topicWeight) * norm);
      best[c] = 0;
      second[c] = 0;
    }
    return { scores, coverage };
  }

  /**
   * Fills best/second with each class's two highest (unnormalised) document similarities. When the
   * message has a content word, only examples sharing one count ("what are my medications" is not
   * like "what are my options"); grammar words then add only to those examples, which also skips
   * their long posting lists.
   */
  private nearest(q: SparseVector, exclude: number): void {
    const { dots, touched, best, second } = this;
    const { start, owners, weights } = this.postings;
    const grammar = this.tfidf.grammar;
    let hasContent = false;
    for (let i = 0; i < q.ids.length; i++) if (grammar[q.ids[i]] === 0) hasContent = true;
    let count = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < q.ids.length; i++) {
        if (hasContent && grammar[q.ids[i]] !== pass) continue;
        const qw = q.weights[i];
        const end = start[q.ids[i] + 1];
        const addOnly = hasContent && pass === 1;
        for (let k = start[q.ids[i]]; k < end; k++) {
          const d = owners[k];
          if (d === exclude) continue;
          if (dots[d] === 0) {
            if (addOnly) continue;
            touched[count++] = d;
          }
          dots[d] += qw * weights[k];
        }
      }
      if (!hasContent) break;
    }
    for (let k = 0; k < count; k++) {
      const d = touched[k];
      const doc = this.docs[d];
      const s = dots[d] * doc.weight;
      dots[d] = 0;
      const c = doc.classIndex;
      if (s > best[c]) {
        second[c] = best[c];
        best[c] = s;
      } else if (s > second[c]) second[c] = s;
    }
  }
}
