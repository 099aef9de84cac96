import type { TurnSummary } from '../logging/turnSummary';
import type { Miss } from './types';

/**
 * The miss a turn makes, if any: a fallback or a "Did you mean…?" keeps this message; "None of
 * these" and "No, this didn't help" keep the question before them, which is the one that failed.
 */
export function missFromTurn(turn: TurnSummary, at: Date, redact: (text: string) => string): Miss | undefined {
  const route = turn.record.route;
  if (!route || turn.outcome !== 'ok') return undefined;
  const base = { at: at.toISOString(), channel: turn.channel, conversation: turn.conversation };
  const previous = turn.record.previous;
  const earlier = previous?.question ? redact(previous.question) : undefined;
  switch (route.kind) {
    case 'fallback':
      return turn.text ? { ...base, kind: 'fallback', text: turn.text, confidence: route.confidence } : undefined;
    case 'suggest':
      return turn.text
        ? { ...base, kind: 'suggest', text: turn.text, candidates: route.candidates, confidence: route.confidence }
        : undefined;
    case 'none_of_these':
      return earlier ? { ...base, kind: 'none_of_these', text: earlier } : undefined;
    case 'feedback':
      return !route.helpful && earlier ? { ...base, kind: 'unhelpful', text: earlier, intentId: previous?.intentId } : undefined;
    default:
      return undefined;
  }
}
