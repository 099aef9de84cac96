import {
  ComponentDialog,
  WaterfallDialog,
  type Dialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Intent } from '../src/knowledge/types';
import { replyContextOf } from '../src/routing/replyContext';
import { noteRoute } from '../src/logging/turnRecord';
import type { Route } from '../src/routing/router';
import { isFlowSwitch, type FlowSwitch } from './flowIds';
import { QuestionBuilder } from './prompts/questions';
import type { DialogServices } from './services';

/** A typed answer to "Was this helpful?" is short ("yeah", "not really"); longer is a new question. */
const MAX_FEEDBACK_WORDS = 4;

export const MAIN_DIALOG = 'main';
const ROUTE_WATERFALL = 'main.route';

/** How the route waterfall is restarted when a flow hands over to another flow. */
interface RouteOptions {
  next?: FlowSwitch;
}

/**
 * The top of every conversation: routes each message to an answer, a "Did you mean…?", the fallback,
 * or a guided flow, which then runs until it ends.
 */
export class MainDialog extends ComponentDialog {
  private readonly questions: QuestionBuilder;

  constructor(
    private readonly services: DialogServices,
    flows: readonly Dialog[],
  ) {
    super(MAIN_DIALOG);
    this.questions = new QuestionBuilder(services);
    this.addDialog(new WaterfallDialog<RouteOptions>(ROUTE_WATERFALL, [this.routeStep.bind(this), this.finalStep.bind(this)]));
    for (const flow of flows) this.addDialog(flow);
    this.initialDialogId = ROUTE_WATERFALL;
  }

  /** Routes the message and replies, or starts the flow it asks for. */
  private async routeStep(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    const next = step.options?.next;
    if (next) {
      await this.rememberFlow(step, next);
      return step.beginDialog(next.switchTo, next.options);
    }
    const text = step.context.activity.text ?? '';
    const routed = this.services.router.route(text);
    const route = (await this.typedFeedback(step, text, routed)) ?? routed;
    await this.note(step, text, route);
    if (route.kind === 'intent' && route.intent.kind === 'flow' && route.intent.flow) {
      await this.remember(step, route.intent);
      return step.beginDialog(route.intent.flow);
    }
    await this.reply(step, route);
    return step.endDialog();
  }

  /**
   * "yeah" or "nope" right after an answer asked "Was this helpful?" answers that question, when the
   * message means nothing else (a button, a question the matcher knows, "None of these" come first).
   */
  private async typedFeedback(step: WaterfallStepContext, text: string, routed: Route): Promise<Route | undefined> {
    const data = await this.services.conversationData.get(step.context, {});
    const pending = data.feedbackPending === true;
    data.feedbackPending = false;
    if (!pending || (routed.kind !== 'fallback' && routed.kind !== 'suggest')) return undefined;
    if (text.trim().split(/\s+/).length > MAX_FEEDBACK_WORDS) return undefined;
    const answer = this.questions.answerIn(text, ['yes', 'no']);
    return answer === undefined ? undefined : { kind: 'feedback', helpful: answer === 'yes' };
  }

  /** Tells the turn log what was decided; keeps the question for "None of these" and "Was this helpful?". */
  private async note(step: WaterfallStepContext, text: string, route: Route): Promise<void> {
    const data = await this.services.conversationData.get(step.context, {});
    noteRoute(step.context, route, { question: data.lastQuestion, intentId: data.lastIntentId });
    if (route.kind === 'intent' || route.kind === 'suggest') data.lastQuestion = text;
  }

  /** A flow that ended by handing over to another flow starts that one. */
  private async finalStep(step: WaterfallStepContext<RouteOptions>): Promise<DialogTurnResult> {
    if (isFlowSwitch(step.result)) return step.replaceDialog(ROUTE_WATERFALL, { next: step.result } satisfies RouteOptions);
    return step.endDialog();
  }

  private async rememberFlow(step: WaterfallStepContext, next: FlowSwitch): Promise<void> {
    const data = await this.services.conversationData.get(step.context, {});
    data.topic = this.services.flows.flows[next.switchTo].topic;
  }

  private async reply(step: WaterfallStepContext, route: Route): Promise<void> {
    const { replies } = this.services;
    const ctx = replyContextOf(step.context, this.services.clock);
    switch (route.kind) {
      case 'intent': {
        const { intent } = route;
        if (intent.kind === 'welcome') {
          await step.context.sendActivity(replies.welcome(ctx));
          return;
        }
        if (intent.kind === 'handoff') {
          const data = await this.services.conversationData.get(step.context, {});
          await step.context.sendActivity(replies.handoff(data.topic ?? intent.topic, ctx));
          return;
        }
        await this.remember(step, intent);
        await step.context.sendActivity(replies.answer(intent, ctx));
        const data = await this.services.conversationData.get(step.context, {});
        data.feedbackPending = intent.kind === 'faq';
        return;
      }
      case 'suggest':
        await step.context.sendActivity(replies.didYouMean(route.intents, ctx));
        return;
      case 'none_of_these':
        await step.context.sendActivity(replies.noneOfThese(ctx));
        return;
      case 'feedback':
        await step.context.sendActivity(replies.feedbackReply(route.helpful, ctx));
        return;
      case 'empty':
        await step.context.sendActivity(replies.empty(ctx));
        return;
      case 'fallback':
        await step.context.sendActivity(replies.fallback(ctx));
        return;
    }
  }

  /** Keeps the topic at hand, so "talk to a person" later gives the right lines. */
  private async remember(step: WaterfallStepContext, intent: Intent): Promise<void> {
    const data = await this.services.conversationData.get(step.context, {});
    if (intent.topic !== 'general') data.topic = intent.topic;
    data.lastIntentId = intent.id;
  }
}
