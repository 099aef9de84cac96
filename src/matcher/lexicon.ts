import type { Lexicon } from '../knowledge/types';
import { tokenise } from './normalise';

interface Phrase {
  from: readonly string[];
  to: readonly string[];
}

/**
 * The lexicon compiled for fast rewriting: each variant phrase (normalised like a message) maps to
 * its canonical tokens, longest phrase first, so "health info exchange" and "VLER" both read "vhie"
 * and "three" reads "3".
 */
export class CompiledLexicon {
  private readonly phrases = new Map<string, Phrase[]>();
  /** Words dropped before scoring. */
  readonly stopwords: ReadonlySet<string>;
  /** Grammar words: scored, but not counted as knowing what a message is about. */
  readonly functionWords: ReadonlySet<string>;
  /** Words typo correction leaves alone. */
  readonly keep: ReadonlySet<string>;
  /** Every token the lexicon knows, as written in variants and canonical terms. */
  readonly words: ReadonlySet<string>;

  constructor(lexicon: Lexicon) {
    const words = new Set<string>();
    const add = (variant: string, canonical: string): void => {
      const from = tokenise(variant);
      const to = tokenise(canonical);
      if (from.length === 0 || to.length === 0) return;
      from.concat(to).forEach((w) => words.add(w));
      const list = this.phrases.get(from[0]) ?? [];
      list.push({ from, to });
      list.sort((a, b) => b.from.length - a.from.length);
      this.phrases.set(from[0], list);
    };
    for (const s of lexicon.synonyms) s.variants.forEach((v) => add(v, s.canonical));
    for (const [word, digits] of Object.entries(lexicon.numbers)) add(word, digits);
    this.stopwords = new Set(lexicon.stopwords.flatMap(tokenise));
    this.functionWords = new Set((lexicon.functionWords ?? []).flatMap(tokenise));
    this.keep = new Set((lexicon.keep ?? []).flatMap(tokenise));
    this.words = words;
  }

  /** Rewrites variant phrases in a token list to their canonical tokens, longest match first. */
  rewrite(tokens: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      const phrase = this.phrases.get(tokens[i])?.find((p) => startsAt(tokens, i, p.from));
      if (phrase) {
        out.push(...phrase.to);
        i += phrase.from.length;
      } else {
        out.push(tokens[i]);
        i += 1;
      }
    }
    return out;
  }
}

function startsAt(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}
