import Fuse from 'fuse.js';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import { BoundedCache } from './boundedCache';

/** Words shorter than this are never corrected: too many short words are one letter apart. */
const MIN_LENGTH = 4;

/** Edits allowed for a word of this length: one for short words, two for long ones. */
function maxEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Corrects misspelt words against the domain vocabulary ("recrods" → "records", "bluebuton" →
 * "bluebutton"). Fuse finds candidates; natural's Damerau-Levenshtein distance confirms them, so a
 * correction is at most one or two edits away. Results are memoised, so Fuse runs once per new word.
 */
export class TypoCorrector {
  /** The vocabulary's words by length, so a search only looks at words of a reachable length. */
  private readonly words = new Map<number, string[]>();
  /** Fuse indexes by word length, built the first time a word of a reachable length needs one. */
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly vocabulary: ReadonlySet<string>;
  private readonly cache: BoundedCache<string, string | null>;

  constructor(
    vocabulary: Iterable<string>,
    private readonly keep: ReadonlySet<string> = new Set(),
    cacheSize = 10_000,
  ) {
    this.vocabulary = new Set(vocabulary);
    for (const w of [...this.vocabulary].sort()) {
      if (w.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(w)) continue;
      const group = this.words.get(w.length);
      if (group) group.push(w);
      else this.words.set(w.length, [w]);
    }
    this.cache = new BoundedCache(cacheSize);
  }

  /** The vocabulary word this token was meant to be, or undefined when it is fine or beyond repair. */
  correct(token: string): string | undefined {
    if (this.vocabulary.has(token) || this.keep.has(token)) return undefined;
    if (token.length < MIN_LENGTH || !/^[a-z]+$/.test(token)) return undefined;
    return this.cache.getOrCompute(token, (t) => this.search(t)) ?? undefined;
  }

  private index(length: number): Fuse<string> | undefined {
    const words = this.words.get(length);
    if (!words) return undefined;
    let fuse = this.byLength.get(length);
    if (!fuse) {
      fuse = new Fuse(words, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true });
      this.byLength.set(length, fuse);
    }
    return fuse;
  }

  private search(token: string): string | null {
    const limit = maxEdits(token.length);
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (let length = token.length - limit; length <= token.length + limit; length++) {
      for (const { item } of this.index(length)?.search(token, { limit: 8 }) ?? []) {
        const distance = DamerauLevenshteinDistance(token, item);
        if (distance < bestDistance || (distance === bestDistance && best !== null && item < best)) {
          best = item;
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
