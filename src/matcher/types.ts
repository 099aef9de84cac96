/** The matcher's contract, shared by the bot, the agent-assist API and the evaluator. */

/** One ranked candidate for a message. */
export interface IntentMatch {
  intentId: string;
  /** Calibrated: roughly the chance this intent is right, in [0, 1]. */
  confidence: number;
  /** The (normalised) terms of the message that supported this intent, for explanations. */
  matchedTerms: string[];
}

/** Ranks the knowledge's intents for a message, best first. An empty list means nothing matched. */
export interface Matcher {
  match(text: string): IntentMatch[];
}

/** Confidence bands: answer at or above `answer`; offer "Did you mean…?" at or above `suggest`. */
export interface Thresholds {
  answer: number;
  suggest: number;
  /** How many candidates "Did you mean…?" offers at most. */
  maxSuggestions: number;
}

/** What to do with a message, by confidence band. */
export type Decision =
  | { kind: 'answer'; match: IntentMatch }
  | { kind: 'suggest'; matches: IntentMatch[] }
  | { kind: 'fallback' };

/** Applies the bands to ranked matches. */
export function decide(matches: readonly IntentMatch[], t: Thresholds): Decision {
  const [best] = matches;
  if (!best || best.confidence < t.suggest) return { kind: 'fallback' };
  if (best.confidence >= t.answer) return { kind: 'answer', match: best };
  const close = matches.filter((m) => m.confidence >= t.suggest).slice(0, t.maxSuggestions);
  return { kind: 'suggest', matches: close };
}
