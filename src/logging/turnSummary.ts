import type { DialogPosition } from './dialogPosition';
import type { TurnRecord } from './turnRecord';

/** One turn, as the observer saw it, with nothing personal in it: what logs, metrics and misses are made from. */
export interface TurnSummary {
  /** The conversation id, hashed. */
  conversation: string;
  channel: string;
  /** The activity type (message, conversationUpdate, event…). */
  type: string;
  outcome: 'ok' | 'error';
  latencyMs: number;
  /** The message text with identifiers replaced; absent for crisis and emergency messages. */
  text?: string;
  record: TurnRecord;
  position: DialogPosition;
  /** The flow in progress when the turn began, and when it ended. */
  flowBefore?: string;
  flowAfter?: string;
}

/** The flow this turn left: it was active before, is not now, and a safety reply did not stop the turn. */
export function flowEnded(turn: TurnSummary): string | undefined {
  if (!turn.flowBefore || turn.flowBefore === turn.flowAfter || turn.outcome !== 'ok') return undefined;
  return turn.record.safety.some((k) => k !== 'privacy') ? undefined : turn.flowBefore;
}
