import type { Analysis } from './analyser';

/**
 * The in-scope vocabulary: how many in-scope training texts use each stem, and which stems each
 * class uses. It says how much of a message the page could be about, and which words matched.
 */
export class Vocabulary {
  private readonly df = new Map<string, number>();
  private readonly byClass: Array<Set<string>>;

  constructor(
    analyses: readonly Analysis[],
    classes: readonly number[],
    classCount: number,
    outOfScopeIndex: number,
    private readonly functionWords: ReadonlySet<string> = new Set(),
  ) {
    this.byClass = Array.from({ length: classCount }, () => new Set<string>());
    analyses.forEach((a, i) => {
      const stems = new Set(a.stems);
      stems.forEach((s) => this.byClass[classes[i]].add(s));
      if (classes[i] === outOfScopeIndex) return;
      stems.forEach((s) => this.df.set(s, (this.df.get(s) ?? 0) + 1));
    });
  }

  /**
   * Share of the message's content words the in-scope texts use, in [0, 1]; a corrected word counts
   * half, and grammar words count only when there is nothing else. `own` says the message is itself
   * an in-scope training text, whose own words are left out (leave-one-out).
   */
  knownShare(a: Analysis, own = false): number {
    const content = a.terms.some((t) => !this.functionWords.has(t));
    const mine = own ? new Set(a.stems) : undefined;
    let known = 0;
    let counted = 0;
    a.stems.forEach((s, i) => {
      if (content && this.functionWords.has(a.terms[i])) return;
      counted += 1;
      if ((this.df.get(s) ?? 0) - (mine?.has(s) ? 1 : 0) > 0) known += 1;
    });
    if (counted === 0) return 0;
    return Math.max(0, Math.min(1, (known - 0.5 * a.corrected) / counted));
  }

  /** The message's terms that class `c`'s texts also use. */
  termsOf(a: Analysis, c: number): string[] {
    const stems = this.byClass[c];
    return a.terms.filter((_, i) => stems.has(a.stems[i]));
  }
}
