import type { Miss } from '../misses/types';
import { flowEnded, type TurnSummary } from '../logging/turnSummary';
import type { AssistantMetrics } from './metrics';

/** Adds one turn to the metrics. */
export function countTurn(metrics: AssistantMetrics, turn: TurnSummary, miss: Miss | undefined): void {
  metrics.turns.inc({ channel: turn.channel, type: turn.type, outcome: turn.outcome });
  if (turn.type !== 'message') return;
  metrics.turnSeconds.observe({ channel: turn.channel }, turn.latencyMs / 1000);
  for (const kind of turn.record.safety) metrics.safety.inc({ kind });
  if (turn.record.safety.includes('crisis')) metrics.crisis.inc();
  const route = turn.record.route;
  if (route?.kind === 'intent' && route.intentId) metrics.intents.inc({ intent: route.intentId, via: route.via ?? 'matcher' });
  if (route?.kind === 'intent' && route.flow) metrics.flowsStarted.inc({ flow: route.flow });
  if (route?.kind === 'fallback') metrics.fallbacks.inc();
  if (route?.kind === 'feedback') metrics.feedback.inc({ helpful: route.helpful ? 'yes' : 'no' });
  if (miss) metrics.misses.inc({ kind: miss.kind });
  const ended = flowEnded(turn);
  if (ended && turn.record.flowOutcome !== 'cancelled') metrics.flowsCompleted.inc({ flow: ended });
}
