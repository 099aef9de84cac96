import type { Clock } from '../clock';
import type { Intent, Knowledge } from '../knowledge/types';
import { renderBlocks } from '../render/blocks';
import type { ContactPresenter } from '../render/contact';
import type { RenderedText, TextRenderer } from '../render/text';
import type { Router } from '../routing/router';

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
  decision: 'answer' | 'suggest' | 'fallback';
  candidates: AssistCandidate[];
  answer?: { intentId: string; title: string; question?: string; text: RenderedText };
  contacts: AssistContact[];
}

/**
 * The call-center agent-assist view of the matcher: the same router and knowledge as the bot, but the
 * result is structured (ranked candidates with confidences and matched terms, the answer text, and the
 * phone lines with open-now status) so an agent can read or paste it.
 */
export class AgentAssist {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly router: Router,
    private readonly text: TextRenderer,
    private readonly contacts: ContactPresenter,
    private readonly clock: Clock,
  ) {}

  lookup(question: string, userZone?: string): AssistResult {
    const route = this.router.route(question);
    const moment = { now: this.clock.now(), userZone };
    const candidates = this.candidates(question);
    if (route.kind === 'intent' && route.intent.answer) {
      const intent = route.intent;
      return {
        decision: 'answer',
        candidates,
        answer: { intentId: intent.id, title: intent.title, question: intent.question, text: this.render(intent) },
        contacts: (intent.contacts ?? []).map((id) => ({ id, text: this.contacts.present(id, moment).text })),
      };
    }
    const fallbackContacts = this.knowledge.messages.fallback.contacts;
    return {
      decision: route.kind === 'suggest' ? 'suggest' : route.kind === 'intent' ? 'answer' : 'fallback',
      candidates,
      contacts: fallbackContacts.map((id) => ({ id, text: this.contacts.present(id, moment).text })),
    };
  }

  private candidates(question: string): AssistCandidate[] {
    return this.router.rank(question).map(({ intent, confidence, matchedTerms }) => ({
      intentId: intent.id,
      title: intent.title,
      question: intent.question,
      confidence: Math.round(confidence * 1000) / 1000,
      matchedTerms,
    }));
  }

  private render(intent: Intent): RenderedText {
    return renderBlocks(intent.answer ?? [], this.text, this.knowledge).all;
  }
}
