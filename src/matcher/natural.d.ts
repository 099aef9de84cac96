/**
 * Types for the few deep modules of `natural` the matcher loads. Requiring the package index costs
 * about a second and prints to stdout, so only these submodules are used.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  /** The Porter stemmer: "sharing" → "share", "eligibility" → "elig". */
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer' {
  /** Splits text on anything that is not a letter, digit, apostrophe, hyphen or slash. */
  class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
  export = AggressiveTokenizer;
}

declare module 'natural/lib/natural/distance/levenshtein_distance' {
  /** Edit distance counting insertions, deletions, substitutions and transpositions. */
  export function DamerauLevenshteinDistance(source: string, target: string): number;
}
