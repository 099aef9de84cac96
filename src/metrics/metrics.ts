import { Channels } from 'botbuilder';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(Object.values(Channels));

/** A channel id as a label: known Bot Framework channels by name, anything a client made up as "other". */
export function channelLabel(channelId: string | undefined): string {
  return channelId && KNOWN_CHANNELS.has(channelId) ? channelId : 'other';
}

/**
 * The assistant's Prometheus metrics, in a registry of their own (not prom-client's global one), so
 * each app instance, and each test, counts separately. Served at GET /metrics.
 */
export class AssistantMetrics {
  readonly registry = new Registry();
  readonly turns = new Counter({
    name: 'assistant_turns_total',
    help: 'Activities handled, by channel, activity type and outcome (ok or error).',
    labelNames: ['channel', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly turnSeconds = new Histogram({
    name: 'assistant_turn_duration_seconds',
    help: 'Time to handle a message, from arrival to the last reply sent.',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly intents = new Counter({
    name: 'assistant_intents_matched_total',
    help: 'Messages answered with an intent, by intent and by how (button or matcher).',
    labelNames: ['intent', 'via'] as const,
    registers: [this.registry],
  });
  readonly fallbacks = new Counter({
    name: 'assistant_fallbacks_total',
    help: 'Messages nothing matched well enough to answer or suggest.',
    registers: [this.registry],
  });
  readonly misses = new Counter({
    name: 'assistant_misses_total',
    help: 'Questions recorded for review: fallback, suggest (low confidence), none_of_these, unhelpful.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly feedback = new Counter({
    name: 'assistant_feedback_total',
    help: '"Was this helpful?" presses, by answer.',
    labelNames: ['helpful'] as const,
    registers: [this.registry],
  });
  readonly flowsStarted = new Counter({
    name: 'assistant_flows_started_total',
    help: 'Guided flows started, by flow.',
    labelNames: ['flow'] as const,
    registers: [this.registry],
  });
  readonly flowsCompleted = new Counter({
    name: 'assistant_flows_completed_total',
    help: 'Guided flows that ran to their end (not cancelled), by flow.',
    labelNames: ['flow'] as const,
    registers: [this.registry],
  });
  readonly safety = new Counter({
    name: 'assistant_safety_responses_total',
    help: 'Safety replies given before anything else: crisis (Veterans Crisis Line), emergency (911), privacy notice.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly crisis = new Counter({
    name: 'assistant_crisis_responses_total',
    help: 'Messages answered with the Veterans Crisis Line.',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }
}
