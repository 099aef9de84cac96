import type { Intent, Knowledge } from '../knowledge/types';
import { decide, type IntentMatch, type Matcher, type Thresholds } from '../matcher/types';

/** Where a message goes, once matched. */
export type Route =
  | { kind: 'intent'; intent: Intent; confidence: number; via: 'button' | 'matcher'; matchedTerms: string[] }
  | { kind: 'suggest'; intents: Intent[]; matches: IntentMatch[] }
  | { kind: 'none_of_these' }
  /** A press of "Was this helpful?" Yes or No under an answer. */
  | { kind: 'feedback'; helpful: boolean }
  | { kind: 'fallback'; matches: IntentMatch[] }
  | { kind: 'empty' };

/** Lower-cased, punctuation-free, single-spaced: how a pressed button's text is compared. */
export function buttonKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Routes a message to an intent. A pressed button (or its title typed exactly) goes straight to its
 * intent; anything else goes through the matcher and its confidence bands.
 */
export class Router {
  private readonly buttons = new Map<string, Intent>();
  private readonly noneKey: string;
  private readonly feedbackKeys: ReadonlyMap<string, boolean>;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly matcher: Matcher,
    private readonly thresholds: Thresholds,
  ) {
    for (const intent of knowledge.intents.values()) this.buttons.set(buttonKey(intent.title), intent);
    this.noneKey = buttonKey(knowledge.messages.didYouMean.noneOfThese);
    const { yes, no } = knowledge.messages.feedback;
    this.feedbackKeys = new Map([
      [buttonKey(yes), true],
      [buttonKey(no), false],
    ]);
  }

  /** The intent a button label stands for, if the text is exactly one. */
  button(text: string): Intent | undefined {
    return this.buttons.get(buttonKey(text));
  }

  route(text: string): Route {
    const key = buttonKey(text);
    if (key === '') return { kind: 'empty' };
    if (key === this.noneKey) return { kind: 'none_of_these' };
    const helpful = this.feedbackKeys.get(key);
    if (helpful !== undefined) return { kind: 'feedback', helpful };
    const pressed = this.buttons.get(key);
    if (pressed) return { kind: 'intent', intent: pressed, confidence: 1, via: 'button', matchedTerms: [] };
    const matches = this.matcher.match(text);
    const decision = decide(matches, this.thresholds);
    if (decision.kind === 'answer') {
      const intent = this.intent(decision.match.intentId);
      return { kind: 'intent', intent, confidence: decision.match.confidence, via: 'matcher', matchedTerms: decision.match.matchedTerms };
    }
    if (decision.kind === 'suggest') {
      return { kind: 'suggest', intents: decision.matches.map((m) => this.intent(m.intentId)), matches: decision.matches };
    }
    return { kind: 'fallback', matches };
  }

  /** The matcher's best candidates for a message, as intents (for the agent-assist pane). */
  rank(text: string, limit = 5): Array<{ intent: Intent; confidence: number; matchedTerms: string[] }> {
    return this.matcher
      .match(text)
      .slice(0, limit)
      .map((m) => ({ intent: this.intent(m.intentId), confidence: m.confidence, matchedTerms: m.matchedTerms }));
  }

  private intent(id: string): Intent {
    const intent = this.knowledge.intents.get(id);
    if (!intent) throw new Error(`matcher returned unknown intent "${id}"`);
    return intent;
  }
}
