import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { BoundedCache } from './boundedCache';
import type { CompiledLexicon } from './lexicon';
import { normaliseText, tokeniseNormal } from './normalise';
import type { TypoCorrector } from './speller';
import { pairFeature } from './tfidf';

/** A message as the matcher reads it. */
export interface Analysis {
  /** The whole message normalised (see {@link normaliseText}). */
  normal: string;
  /** Its word tokens as typed, before correction and rewriting. */
  tokens: string[];
  /** Content words after lexicon rewriting and typo correction, in order. */
  terms: string[];
  /** Porter stems of `terms`, same order. */
  stems: string[];
  /** Scoring features: each stem, and each pair of neighbouring stems (in sorted order) joined by a space. */
  features: string[];
  /** How many words typo correction changed. */
  corrected: number;
}

/**
 * Turns text into features: normalise → correct unknown words → rewrite lexicon phrases → drop
 * stopwords → stem (memoised) → unigram and bigram features. Training text is analysed without
 * correction; messages are analysed with it once the vocabulary is known.
 */
export class TextAnalyser {
  private readonly stemCache: BoundedCache<string, string>;
  private corrector: TypoCorrector | undefined;
  private knownStems: ReadonlySet<string> = new Set();

  constructor(
    private readonly lexicon: CompiledLexicon,
    cacheSize = 20_000,
  ) {
    this.stemCache = new BoundedCache(cacheSize);
  }

  /** Enables typo correction; words whose stem is in `knownStems` are never corrected. */
  useCorrector(corrector: TypoCorrector, knownStems: ReadonlySet<string>): void {
    this.corrector = corrector;
    this.knownStems = knownStems;
  }

  /** The Porter stem of a word, memoised. */
  stem(word: string): string {
    return this.stemCache.getOrCompute(word, (w) => (/^\d+$/.test(w) ? w : PorterStemmer.stem(w)));
  }

  /**
   * Reads a text; `correct` turns typo correction on (for messages, not training examples), and
   * `withFeatures` false leaves `features` empty for callers that score the stems directly.
   */
  analyse(text: string, correct = true, withFeatures = true): Analysis {
    let corrected = 0;
    const normal = normaliseText(text);
    const tokens = tokeniseNormal(normal);
    const raw = tokens.map((token) => {
      const fixed = correct ? this.fix(token) : token;
      if (fixed !== token) corrected += 1;
      return fixed;
    });
    const terms = this.lexicon.rewrite(raw).filter((t) => !this.lexicon.stopwords.has(t));
    const stems = terms.map((t) => this.stem(t));
    const features = withFeatures ? stems.slice() : [];
    if (withFeatures) for (let i = 1; i < stems.length; i++) features.push(pairFeature(stems[i - 1], stems[i]));
    return { normal, tokens, terms, stems, features, corrected };
  }

  private fix(token: string): string {
    if (!this.corrector || this.lexicon.stopwords.has(token) || this.lexicon.words.has(token)) return token;
    if (this.knownStems.has(this.stem(token))) return token;
    return this.corrector.correct(token) ?? token;
  }
}
