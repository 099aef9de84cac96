import type { FlowWording } from '../src/knowledge/flowsSchema';
import type { Intent } from '../src/knowledge/types';
import type { Router } from '../src/routing/router';
import { isFlowId, type FlowId } from './flowIds';
import { messageKey } from './prompts/tokens';

/** What a message that does not answer the question at hand asks for instead. */
export type Interruption =
  | { kind: 'cancel' }
  | { kind: 'startOver' }
  | { kind: 'help' }
  | { kind: 'handoff' }
  /** A question from the knowledge: answer it, then offer to go on (or end, for a goodbye). */
  | { kind: 'question'; intent: Intent; ends: boolean }
  /** A request for another guided flow. */
  | { kind: 'switch'; flow: FlowId }
  /** Nothing recognised: the question's own re-prompt deals with it. */
  | { kind: 'none' };

type Control = 'cancel' | 'startOver' | 'help' | 'handoff';

/**
 * Recognises interruptions in the middle of a flow: the control words from knowledge/flows.yaml as
 * whole messages, then anything the router confidently matches to an intent.
 */
export class InterruptionRecogniser {
  private readonly controls = new Map<string, Control>();
  private readonly endingIntents: ReadonlySet<string>;

  constructor(
    private readonly router: Router,
    wording: FlowWording,
  ) {
    const { cancel, startOver, help, handoff, endingIntents } = wording.controls;
    const lists: Array<[Control, readonly string[]]> = [
      ['cancel', cancel],
      ['startOver', startOver],
      ['help', help],
      ['handoff', handoff],
    ];
    for (const [kind, phrases] of lists) for (const phrase of phrases) this.controls.set(messageKey(phrase), kind);
    this.endingIntents = new Set(endingIntents);
  }

  /** A whole message that steers the flow (cancel, start over, help, a person), if it is one. */
  control(text: string): Interruption | undefined {
    const kind = this.controls.get(messageKey(text));
    return kind ? { kind } : undefined;
  }

  /** What `text` asks for, while the flow `current` is waiting for an answer it did not get. */
  classify(text: string, current: FlowId): Interruption {
    const control = this.control(text);
    if (control) return control;
    const route = this.router.route(text);
    if (route.kind !== 'intent') return { kind: 'none' };
    const { intent } = route;
    switch (intent.kind) {
      case 'handoff':
        return { kind: 'handoff' };
      case 'welcome':
        return { kind: 'help' };
      case 'flow':
        if (!isFlowId(intent.flow) || intent.flow === current) return { kind: 'help' };
        return { kind: 'switch', flow: intent.flow };
      case 'faq':
      case 'smalltalk':
        return { kind: 'question', intent, ends: this.endingIntents.has(intent.id) };
    }
  }
}
