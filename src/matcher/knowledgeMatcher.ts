import type { Intent, Knowledge, Lexicon } from '../knowledge/types';
import { TextAnalyser, type Analysis } from './analyser';
import { LogisticCalibrator, evidenceVector, type CandidateEvidence } from './calibration';
import { calibrationKey, type CalibrationStore } from './calibrationStore';
import { ExampleIndex, type IndexOptions, type IndexResult } from './exampleIndex';
import { CompiledLexicon } from './lexicon';
import { normaliseText } from './normalise';
import type { PageFacts } from './passages';
import { rankCandidates, type Candidate } from './ranking';
import { TypoCorrector } from './speller';
import { buildCorpus, type Corpus, type LabelledText } from './training';
import type { IntentMatch, Matcher } from './types';
import { Vocabulary } from './vocabulary';

/** Knobs of the model itself (not the answer bands); the defaults are tuned on tests/nlu/dev.yaml. */
export interface MatcherTuning extends IndexOptions {
  /** How much an answer passage counts against an example phrasing. */
  passageWeight: number;
  /** At most this many phrasings (an even spread) calibrate confidence; each costs start-up time. */
  calibrationSample: number;
}

/** Defaults for {@link MatcherTuning}. */
export const DEFAULT_TUNING: MatcherTuning = {
  bigramWeight: 0.4,
  secondWeight: 0.3,
  unseenWeight: 1,
  centroidWeight: 0.6,
  topicWeight: 0.4,
  passageWeight: 0.7,
  calibrationSample: 150,
};

/** Options for {@link KnowledgeMatcher}. */
export interface MatcherOptions {
  /** More labelled training messages, e.g. the other folds in cross-validation. */
  extraExamples?: readonly LabelledText[];
  /** Links, contacts, forms and procedures, so answer passages read as the page reads. */
  facts?: PageFacts;
  /** How many ranked intents `match` returns at most. */
  maxResults?: number;
  /** Entries in each memo (stems, typo corrections). */
  cacheSize?: number;
  tuning?: Partial<MatcherTuning>;
  /** Keeps the fitted calibration between starts (see {@link CalibrationStore}). */
  calibrationStore?: CalibrationStore;
}

function isList(intents: ReadonlyMap<string, Intent> | readonly Intent[]): intents is readonly Intent[] {
  return Array.isArray(intents);
}

function intentList(intents: ReadonlyMap<string, Intent> | readonly Intent[]): Intent[] {
  return isList(intents) ? [...intents] : [...intents.values()];
}

/**
 * The knowledge's matcher: TF-IDF nearest examples over the intents' phrasings and answer passages
 * (natural for tokens and stems, Fuse for typos, the lexicon for synonyms), with a logistic
 * calibration fitted leave-one-out on the training texts, including the out-of-scope examples.
 */
export class KnowledgeMatcher implements Matcher {
  private readonly corpus: Corpus;
  private readonly analyser: TextAnalyser;
  private readonly index: ExampleIndex;
  private readonly vocabulary: Vocabulary;
  private readonly calibrator: LogisticCalibrator;
  /** Every training phrasing (titles, questions, examples), normalised, to its class. */
  private readonly exact = new Map<string, number>();
  private readonly maxResults: number;

  /** Builds the matcher from the whole knowledge, answer passages read with their facts. */
  static fromKnowledge(knowledge: Knowledge, options: MatcherOptions = {}): KnowledgeMatcher {
    return new KnowledgeMatcher(knowledge.intents, knowledge.lexicon, { facts: knowledge, ...options });
  }

  constructor(intents: ReadonlyMap<string, Intent> | readonly Intent[], lexicon: Lexicon, options: MatcherOptions = {}) {
    const tuning = { ...DEFAULT_TUNING, ...options.tuning };
    const list = intentList(intents);
    this.maxResults = options.maxResults ?? 5;
    this.corpus = buildCorpus(list, lexicon, options.extraExamples, options.facts);
    const compiled = new CompiledLexicon(lexicon);
    this.analyser = new TextAnalyser(compiled, options.cacheSize);
    const analyses = this.corpus.texts.map((t) => this.analyser.analyse(t.text, false));
    const classes = this.corpus.texts.map((t) => t.classIndex);
    const docs = this.corpus.texts.map((t, i) => ({
      classIndex: t.classIndex,
      topicIndex: this.corpus.topics[t.classIndex],
      features: analyses[i].features,
      weight: t.source === 'passage' ? tuning.passageWeight : 1,
    }));
    const functionStems = new Set([...compiled.functionWords].map((w) => this.analyser.stem(w)));
    this.index = new ExampleIndex(docs, this.corpus.labels.length, tuning, functionStems);
    this.vocabulary = new Vocabulary(
      analyses,
      classes,
      this.corpus.labels.length,
      this.corpus.outOfScopeIndex,
      compiled.functionWords,
    );
    const words = new Set([...compiled.words, ...analyses.flatMap((a) => [...a.tokens, ...a.terms])]);
    const allStems = new Set(analyses.flatMap((a) => a.stems));
    this.analyser.useCorrector(new TypoCorrector(words, compiled.keep, options.cacheSize), allStems);
    this.calibrator = this.calibrate(analyses, tuning, options.calibrationStore);
    for (const t of this.corpus.texts) if (t.source === 'phrasing') this.exact.set(normaliseText(t.text), t.classIndex);
  }

  /**
   * Ranks the in-scope intents for a message, best first, with calibrated confidences. A message that
   * is one of the training phrasings (a button title, an example) is that intent with confidence 1,
   * or nothing at all when it is one of the out-of-scope examples.
   */
  match(text: string): IntentMatch[] {
    const analysis = this.analyser.analyse(text, true, false);
    const known = this.vocabulary.knownShare(analysis);
    const title = this.exact.get(analysis.normal);
    if (title === this.corpus.outOfScopeIndex) return [];
    if (known === 0 && title === undefined) return [];
    const result = this.index.scoreStems(analysis.stems);
    const candidates = rankCandidates(result.scores, this.corpus.outOfScopeIndex, this.maxResults);
    if (title !== undefined && !candidates.some((c) => c.classIndex === title)) {
      candidates.unshift({ classIndex: title, score: result.scores[title], rival: 0 });
    }
    const matches = candidates.slice(0, this.maxResults).map((cand) => ({
      intentId: this.corpus.labels[cand.classIndex],
      confidence: cand.classIndex === title ? 1 : this.calibrator.probability(this.evidence(cand, result, analysis, known)),
      matchedTerms: this.vocabulary.termsOf(analysis, cand.classIndex),
    }));
    return matches.sort((a, b) => b.confidence - a.confidence);
  }

  private evidence(cand: Candidate, result: IndexResult, a: Analysis, known: number): CandidateEvidence {
    const outOfScope = result.scores[this.corpus.outOfScopeIndex];
    return { score: cand.score, rival: cand.rival, outOfScope, known, length: a.terms.length, coverage: result.coverage };
  }

  /** The calibration saved for exactly this training data and tuning, or a fresh fit (then saved). */
  private calibrate(analyses: readonly Analysis[], tuning: MatcherTuning, store: CalibrationStore | undefined): LogisticCalibrator {
    const key = store ? calibrationKey([tuning, this.corpus.labels, this.corpus.texts]) : '';
    const saved = store?.read(key);
    if (saved) return new LogisticCalibrator(saved);
    const fitted = this.fitCalibrator(analyses, tuning.calibrationSample);
    store?.write(key, fitted.coefficients);
    return fitted;
  }

  /**
   * Fits the calibrator on phrasings (an even spread of at most `sample`, out-of-scope ones included)
   * each scored as if unseen, labelled by whether each of its top candidates is the right intent.
   */
  private fitCalibrator(analyses: readonly Analysis[], sample: number): LogisticCalibrator {
    const x: number[][] = [];
    const y: number[] = [];
    const phrasings = this.corpus.texts.flatMap((t, d) => (t.source === 'phrasing' ? [d] : []));
    const n = phrasings.length;
    const m = Math.min(sample, n);
    const chosen = phrasings.filter((_, i) => Math.floor(((i + 1) * m) / n) > Math.floor((i * m) / n));
    for (const d of chosen) {
      const t = this.corpus.texts[d];
      const result = this.index.scoreHeldOut(d);
      const known = this.vocabulary.knownShare(analyses[d], t.classIndex !== this.corpus.outOfScopeIndex);
      for (const cand of rankCandidates(result.scores, this.corpus.outOfScopeIndex, 3)) {
        const e = this.evidence(cand, result, analyses[d], known);
        x.push(evidenceVector(e));
        y.push(cand.classIndex === t.classIndex ? 1 : 0);
      }
    }
    return LogisticCalibrator.fit(x, y);
  }
}
