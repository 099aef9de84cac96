import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStep,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { FlowBase } from '../src/knowledge/flowsSchema';
import { noteFlowOutcome } from '../src/logging/turnRecord';
import type { ReplyContext } from '../src/render/replies';
import type { RenderedText } from '../src/render/text';
import { replyContextOf } from '../src/routing/replyContext';
import type { FlowId, FlowSwitch } from './flowIds';
import { InterruptionRecogniser, type Interruption } from './interruptions';
import { ANSWER_PROMPT, AnswerPrompt, isGaveUp, promptOptionsOf } from './prompts/answerPrompt';
import { QuestionBuilder, answerOf, type Ask } from './prompts/questions';
import type { DialogServices } from './services';

const CONTINUE_DIALOG = 'flow.continue';

/**
 * The base of every guided flow. Handles, at any question: help, cancel, start over, "talk to a
 * person" (the lines for the flow's topic), any question from the knowledge (answered, then "Shall we
 * continue?"), and a request for another flow. Control phrases (knowledge/flows.yaml) are whole
 * messages and are checked first; otherwise a message that answers the question at hand is never
 * treated as an interruption. Also ends the flow kindly, with the right phone line, on a third miss.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  protected readonly prompt = new AnswerPrompt();
  protected readonly questions: QuestionBuilder;
  private readonly interruptions: InterruptionRecogniser;

  protected constructor(
    readonly flowId: FlowId,
    protected readonly services: DialogServices,
  ) {
    super(flowId);
    this.questions = new QuestionBuilder(services);
    this.interruptions = new InterruptionRecogniser(services.router, services.flows);
    this.addDialog(this.prompt);
    this.addWaterfall(CONTINUE_DIALOG, [this.askContinueStep.bind(this), this.afterContinueStep.bind(this)]);
  }

  /** This flow's own wording in knowledge/flows.yaml. */
  protected get base(): FlowBase {
    return this.services.flows.flows[this.flowId];
  }

  /** Adds a waterfall whose steps first check whether the last question was given up on. */
  protected addWaterfall<O extends object>(id: string, steps: Array<WaterfallStep<O>>): void {
    const guarded = steps.map((step): WaterfallStep<O> => (sc) => (isGaveUp(sc.result) ? this.giveUp(sc) : step(sc)));
    this.addDialog(new WaterfallDialog<O>(id, guarded));
  }

  protected ctx(context: TurnContext): ReplyContext {
    return replyContextOf(context, this.services.clock);
  }

  /** Sends one sentence from the knowledge. */
  protected async say(context: TurnContext, template: string, slots?: Readonly<Record<string, string | number>>): Promise<void> {
    await context.sendActivity(this.services.replies.say(template, this.ctx(context), { slots }));
  }

  protected ask(step: WaterfallStepContext, ask: Ask): Promise<DialogTurnResult> {
    return step.prompt(ANSWER_PROMPT, this.questions.options(ask, step.context));
  }

  /** Ends the flow with its last reply: the result, a short summary and the contact card. */
  protected async finish(step: WaterfallStepContext, body: RenderedText[], contacts: readonly string[]): Promise<DialogTurnResult> {
    const { replies } = this.services;
    const buttons = (this.base.followUps ?? []).map((id) => replies.intentButton(id));
    await step.context.sendActivity(replies.compose({ body, contacts, buttons }, this.ctx(step.context)));
    noteFlowOutcome(step.context, 'completed');
    return step.endDialog();
  }

  /** Ends this flow and starts another (MainDialog starts it). */
  protected handOver(step: WaterfallStepContext, next: FlowSwitch): Promise<DialogTurnResult> {
    return step.endDialog(next);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = innerDc.context;
    const text = activity.text ?? '';
    if (activity.type !== ActivityTypes.Message) return super.onContinueDialog(innerDc);
    // A control phrase is a whole message ("what do I do?"), so it wins even over an answer's words in it.
    const control = this.interruptions.control(text);
    if (!control && this.isAnswer(innerDc, text)) return super.onContinueDialog(innerDc);
    return this.interrupt(innerDc, control ?? this.interruptions.classify(text, this.flowId));
  }

  /** Deals with a message that interrupts the question at hand. */
  private async interrupt(innerDc: DialogContext, interruption: Interruption): Promise<DialogTurnResult> {
    const ctx = this.ctx(innerDc.context);
    switch (interruption.kind) {
      case 'none':
        return super.onContinueDialog(innerDc);
      case 'help':
        await this.say(innerDc.context, this.services.flows.common.help, { purpose: this.base.purpose });
        return this.reprompt(innerDc);
      case 'cancel':
        await this.sendWithTopics(innerDc.context, this.services.flows.common.cancelled);
        return this.endNow(innerDc);
      case 'startOver':
        await this.say(innerDc.context, this.services.flows.common.restarting);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, {});
      case 'handoff':
        await innerDc.context.sendActivity(this.services.replies.handoff(this.base.topic, ctx));
        return this.offerToContinue(innerDc);
      case 'question':
        // No "Was this helpful?" here: the flow's own "Shall we continue?" follows at once.
        await innerDc.context.sendActivity(this.services.replies.answer(interruption.intent, ctx, { feedback: false }));
        return interruption.ends ? this.endNow(innerDc) : this.offerToContinue(innerDc);
      case 'switch':
        await this.say(innerDc.context, this.services.flows.common.switching);
        noteFlowOutcome(innerDc.context, 'cancelled');
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete, result: { switchTo: interruption.flow } satisfies FlowSwitch };
    }
  }

  /** True when `text` answers the question the flow is waiting on. */
  private isAnswer(innerDc: DialogContext, text: string): boolean {
    const active = innerDc.activeDialog;
    const dialog = active ? innerDc.findDialog(active.id) : undefined;
    const options = promptOptionsOf(active?.state);
    return dialog instanceof AnswerPrompt && options !== undefined && dialog.answerFor(text, options) !== undefined;
  }

  private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  private async endNow(innerDc: DialogContext): Promise<DialogTurnResult> {
    noteFlowOutcome(innerDc.context, 'cancelled');
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.cancelled };
  }

  /** "Shall we continue?" on top of the waiting question; asked again if it is already waiting. */
  private offerToContinue(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.stack.some((instance) => instance.id === CONTINUE_DIALOG)) return this.reprompt(innerDc);
    return innerDc.beginDialog(CONTINUE_DIALOG);
  }

  private askContinueStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.ask(step, { question: this.services.flows.common.continue, answers: ['yes', 'no'] });
  }

  /** Yes: ending this dialog makes the question underneath ask itself again. No: the flow ends. */
  private async afterContinueStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (answerOf(step.result) === 'yes') return step.endDialog();
    await this.sendWithTopics(step.context, this.services.flows.common.stopped);
    noteFlowOutcome(step.context, 'cancelled');
    return step.cancelAllDialogs();
  }

  /** The third miss: a kind goodbye with the flow's phone line, and the flow ends. */
  private async giveUp(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { replies, flows } = this.services;
    await step.context.sendActivity(replies.say(flows.common.giveUp, this.ctx(step.context), { contacts: this.base.contacts }));
    noteFlowOutcome(step.context, 'cancelled');
    return step.cancelAllDialogs();
  }

  private async sendWithTopics(context: TurnContext, template: string): Promise<void> {
    const { replies } = this.services;
    const reply: Partial<Activity> = replies.say(template, this.ctx(context), { buttons: replies.topicButtons() });
    await context.sendActivity(reply);
  }
}
