import type { TurnContext } from 'botbuilder';
import type { Route } from '../routing/router';
import type { PiiKind } from '../safety/pii';

/** A safety reply given on a turn. Crisis and emergency replies end the turn; the privacy notice may not. */
export type SafetyKind = 'crisis' | 'emergency' | 'privacy';

/** What the router decided, without the message text. */
export interface RouteSummary {
  kind: Route['kind'];
  intentId?: string;
  /** The flow an intent starts. */
  flow?: string;
  confidence?: number;
  via?: 'button' | 'matcher';
  /** The intents offered by "Did you mean…?". */
  candidates?: string[];
  /** For a "Was this helpful?" press. */
  helpful?: boolean;
}

/** The conversation's last question (already redacted) and the intent that answered it. */
export interface PreviousQuestion {
  question?: string;
  intentId?: string;
}

/**
 * What happened on one turn, filled in by the guards and the main dialog as the turn runs and read
 * by the turn observer at its end (for the log line, the metrics and the miss store).
 */
export interface TurnRecord {
  safety: SafetyKind[];
  pii: PiiKind[];
  route?: RouteSummary;
  previous?: PreviousQuestion;
  /** How a flow that ended this turn ended, when the flow says so. */
  flowOutcome?: 'completed' | 'cancelled';
}

const KEY = Symbol('turnRecord');

/** The record for this turn, created on first use. */
export function turnRecord(context: TurnContext): TurnRecord {
  const existing = context.turnState.get(KEY) as TurnRecord | undefined;
  if (existing) return existing;
  const record: TurnRecord = { safety: [], pii: [] };
  context.turnState.set(KEY, record);
  return record;
}

/** Notes a safety reply given on the turn. */
export function noteSafety(context: TurnContext, kind: SafetyKind): void {
  const record = turnRecord(context);
  if (!record.safety.includes(kind)) record.safety.push(kind);
}

/** Notes the kinds of identifier taken out of the message (never the identifiers). */
export function notePii(context: TurnContext, kinds: readonly PiiKind[]): void {
  const record = turnRecord(context);
  for (const k of kinds) if (!record.pii.includes(k)) record.pii.push(k);
}

/** Notes the router's decision, and the question before it (for "None of these" and "No, this didn't help"). */
export function noteRoute(context: TurnContext, route: Route, previous?: PreviousQuestion): void {
  const record = turnRecord(context);
  record.route = summarise(route);
  if (previous) record.previous = previous;
}

/** Lets a flow say whether it finished or was cancelled; otherwise a flow that ends counts as completed. */
export function noteFlowOutcome(context: TurnContext, outcome: 'completed' | 'cancelled'): void {
  turnRecord(context).flowOutcome = outcome;
}

function summarise(route: Route): RouteSummary {
  switch (route.kind) {
    case 'intent':
      return { kind: route.kind, intentId: route.intent.id, flow: route.intent.flow, confidence: route.confidence, via: route.via };
    case 'suggest':
      return { kind: route.kind, candidates: route.intents.map((i) => i.id), confidence: route.matches[0]?.confidence };
    case 'fallback':
      return { kind: route.kind, confidence: route.matches[0]?.confidence ?? 0 };
    case 'feedback':
      return { kind: route.kind, helpful: route.helpful };
    default:
      return { kind: route.kind };
  }
}
