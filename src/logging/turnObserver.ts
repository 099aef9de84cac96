import { performance } from 'node:perf_hooks';
import type { Middleware, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Clock } from '../clock';
import { channelLabel, type AssistantMetrics } from '../metrics/metrics';
import { countTurn } from '../metrics/countTurn';
import { missFromTurn } from '../misses/fromTurn';
import type { Miss, MissStore } from '../misses/types';
import type { PiiRedactor } from '../safety/pii';
import { activeFlow, dialogPosition, type DialogPosition } from './dialogPosition';
import type { Hasher } from './hash';
import type { Logger } from './logger';
import { turnRecord } from './turnRecord';
import type { TurnSummary } from './turnSummary';

/** What the observer needs, handed in by the composition root. */
export interface TurnObserverDeps {
  logger: Logger;
  metrics: AssistantMetrics;
  misses: MissStore;
  redactor: PiiRedactor;
  hash: Hasher;
  clock: Clock;
  dialogState: StatePropertyAccessor<DialogState>;
  /** Ids of the guided flows, to tell a flow from the dialogs around it. */
  flows: ReadonlySet<string>;
}

/**
 * Adapter middleware around every turn: times it, then writes one JSON log line (hashed
 * conversation id, channel, intent, confidence, flow and step, latency, redacted text), counts it in
 * the metrics, and records it in the miss store when the bot could not answer well.
 */
export class TurnObserver implements Middleware {
  constructor(private readonly deps: TurnObserverDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    const isMessage = context.activity.type === 'message';
    const text = isMessage ? (context.activity.text ?? '') : undefined;
    turnRecord(context);
    const before = isMessage ? await this.position(context) : undefined;
    let outcome: TurnSummary['outcome'] = 'error';
    try {
      await next();
      outcome = 'ok';
    } finally {
      const after = isMessage ? await this.position(context) : undefined;
      await this.report(context, { started, text, before, after, outcome });
    }
  }

  private async report(
    context: TurnContext,
    turn: { started: number; text?: string; before?: DialogPosition; after?: DialogPosition; outcome: TurnSummary['outcome'] },
  ): Promise<void> {
    const { logger, metrics, redactor, hash, flows, clock } = this.deps;
    const record = turnRecord(context);
    const sensitive = record.safety.some((k) => k !== 'privacy');
    const summary: TurnSummary = {
      conversation: hash(context.activity.conversation?.id ?? ''),
      channel: channelLabel(context.activity.channelId),
      type: context.activity.type ?? 'unknown',
      outcome: turn.outcome,
      latencyMs: Math.round((performance.now() - turn.started) * 10) / 10,
      text: turn.text === undefined || sensitive ? undefined : redactor.redact(turn.text).text,
      record,
      position: turn.after ?? { dialogs: [] },
      flowBefore: turn.before && activeFlow(turn.before, flows),
      flowAfter: turn.after && activeFlow(turn.after, flows),
    };
    const miss = missFromTurn(summary, clock.now(), (t) => redactor.redact(t).text);
    logger.info(logLine(summary), 'turn');
    countTurn(metrics, summary, miss);
    if (miss) await this.keep(miss);
  }

  private async keep(miss: Miss): Promise<void> {
    try {
      await this.deps.misses.record(miss);
    } catch (err) {
      this.deps.logger.warn({ error: (err as Error).message }, 'could not record a miss');
    }
  }

  /** Where the conversation is in its dialogs; unreadable state counts as none. */
  private async position(context: TurnContext): Promise<DialogPosition> {
    try {
      return dialogPosition(await this.deps.dialogState.get(context));
    } catch {
      return { dialogs: [] };
    }
  }
}

/** The turn's log fields: never the raw text, the user's id or name, or the conversation id itself. */
function logLine(turn: TurnSummary): Record<string, unknown> {
  const route = turn.record.route;
  return {
    event: 'turn',
    conversation: turn.conversation,
    channel: turn.channel,
    type: turn.type,
    outcome: turn.outcome,
    latencyMs: turn.latencyMs,
    route: route?.kind,
    intent: route?.intentId,
    confidence: route?.confidence === undefined ? undefined : Math.round(route.confidence * 1000) / 1000,
    via: route?.via,
    candidates: route?.candidates,
    helpful: route?.helpful,
    flow: turn.flowAfter ?? turn.flowBefore,
    dialogs: turn.position.dialogs.length > 0 ? turn.position.dialogs.join('>') : undefined,
    waterfall: turn.position.waterfall,
    step: turn.position.step,
    safety: turn.record.safety.length > 0 ? turn.record.safety : undefined,
    pii: turn.record.pii.length > 0 ? turn.record.pii : undefined,
    text: turn.text,
  };
}
