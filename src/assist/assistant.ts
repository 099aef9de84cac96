import type { Clock } from '../clock';
import type { Intent, Knowledge } from '../knowledge/types';
import { renderBlocks } from '../render/blocks';
import type { ContactPresenter } from '../render/contact';
import type { RenderedText, TextRenderer } from '../render/text';
import type { Router } from '../routing/router';
import type { Safety } from '../safety/load';
import type { PiiRedactor } from '../safety/pii';

/** One candidate question for the agent, with why it matched. */
export interface AssistCandidate {
  intentId: string;
  title: string;
  question?: string;
  confidence: number;
  matchedTerms: string[];
}

/** A phone line with its status right now, for the agent to read out. */
export interface AssistContact {
  id: string;
  text: RenderedText;
}

/** What the agent-assist pane shows for a caller's question. */
export interface AssistResult {
  /** crisis / emergency: the caller's words call for the crisis line or 911 before anything else. */
  decision: 'crisis' | 'emergency' | 'answer' | 'suggest' | 'fallback';
  /** The safety reply to read to the caller, when the decision is crisis or emergency. */
  safety?: RenderedText;
  /** Personal identifiers were found in the question and taken out before matching. */
  redacted: boolean;
  candidates: AssistCandidate[];
  answer?: { intentId: string; title: string; question?: string; text: RenderedText };
  contacts: AssistContact[];
}

/** What the agent-assist view is built from (handed in by the composition root). */
export interface AgentAssistDeps {
  knowledge: Knowledge;
  router: Router;
  text: TextRenderer;
  contacts: ContactPresenter;
  clock: Clock;
  safety: Safety;
  redactor: PiiRedactor;
}

/**
 * The call-center agent-assist view of the matcher: the same safety checks, router and knowledge as
 * the bot, but the result is structured (ranked candidates with confidences and matched terms, the
 * answer text, and the phone lines with open-now status) so an agent can read or paste it. Crisis
 * and emergency words come first, as in the bot; identifiers are taken out before matching.
 */
export class AgentAssist {
  constructor(private readonly deps: AgentAssistDeps) {}

  lookup(raw: string, userZone?: string): AssistResult {
    const { safety, redactor, knowledge, router } = this.deps;
    const moment = { now: this.deps.clock.now(), userZone };
    const present = (ids: readonly string[]) => ids.map((id) => ({ id, text: this.deps.contacts.present(id, moment).text }));
    for (const kind of ['crisis', 'emergency'] as const) {
      if (!safety[kind].detector.detect(raw)) continue;
      const reply = this.deps.text.renderAll(safety[kind].reply);
      return { decision: kind, safety: reply, redacted: false, candidates: [], contacts: present(safety[kind].contacts) };
    }
    const { text: question, kinds } = redactor.redact(raw);
    const redacted = kinds.length > 0;
    const route = router.route(question);
    const candidates = this.candidates(question);
    if (route.kind === 'intent' && route.intent.answer) {
      const intent = route.intent;
      return {
        decision: 'answer',
        redacted,
        candidates,
        answer: { intentId: intent.id, title: intent.title, question: intent.question, text: this.render(intent) },
        contacts: present(intent.contacts ?? []),
      };
    }
    return {
      decision: route.kind === 'suggest' ? 'suggest' : route.kind === 'intent' ? 'answer' : 'fallback',
      redacted,
      candidates,
      contacts: present(knowledge.messages.fallback.contacts),
    };
  }

  private candidates(question: string): AssistCandidate[] {
    return this.deps.router.rank(question).map(({ intent, confidence, matchedTerms }) => ({
      intentId: intent.id,
      title: intent.title,
      question: intent.question,
      confidence: Math.round(confidence * 1000) / 1000,
      matchedTerms,
    }));
  }

  private render(intent: Intent): RenderedText {
    return renderBlocks(intent.answer ?? [], this.deps.text, this.deps.knowledge).all;
  }
}
