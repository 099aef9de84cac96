import { safetyNormalise, type SpellingRules } from './normalise';
import type { PhrasePattern } from './phrasePattern';

/** Which pattern fired, for tests and for explaining a decision (never logged with the text). */
export interface PhraseHit {
  pattern: string;
}

/**
 * Finds a kind of message (crisis, medical emergency) by its phrase patterns. `except` phrases are
 * figures of speech taken out of the text first ("shot myself in the foot"), so a pattern that
 * would otherwise fire on them does not.
 */
export class PhraseDetector {
  constructor(
    private readonly spelling: SpellingRules,
    private readonly patterns: readonly PhrasePattern[],
    private readonly except: readonly PhrasePattern[] = [],
  ) {}

  detect(text: string): PhraseHit | undefined {
    let normal = safetyNormalise(text, this.spelling);
    if (normal === '') return undefined;
    for (const figure of this.except) normal = figure.remove(normal);
    const hit = this.patterns.find((p) => p.test(normal));
    return hit ? { pattern: hit.source } : undefined;
  }
}
