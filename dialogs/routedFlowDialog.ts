import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import { AnswerIdSchema, type AnswerId, type FlowRoute, type Question } from '../src/knowledge/flowsSchema';
import { renderBlocks } from '../src/render/blocks';
import type { FlowId } from './flowIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { answerOf } from './prompts/questions';
import type { DialogServices } from './services';

/** Options a routed flow can be started with: the way of doing it, when already chosen. */
export interface RoutedFlowOptions {
  method?: AnswerId;
}

/** Where a procedure walk-through is. */
interface StepThroughOptions {
  procedure: string;
  index: number;
}

interface RoutedFlowValues {
  method?: AnswerId;
}

/** The wording a routed flow needs: its "how?" question and one route per way of doing it. */
export interface RoutedWording {
  method: Question;
  routes: Partial<Record<AnswerId, FlowRoute>>;
  /** Said after every route, before the summary (for example a note about other consent forms). */
  closingNote?: string;
}

const STEP_THROUGH = 'flow.stepThrough';
const NAVIGATION: readonly AnswerId[] = ['next', 'back', 'repeat', 'done'];

/**
 * A flow that asks how the person wants to do something (online, by mail, in person, by phone) and
 * then shows that route: online procedures one step a turn with Next / Back / Repeat, the others in
 * one reply. It ends with the route's summary and contact card.
 */
export abstract class RoutedFlowDialog extends InterruptibleDialog {
  private readonly methods: AnswerId[];

  protected constructor(
    flowId: FlowId,
    services: DialogServices,
    private readonly wording: RoutedWording,
  ) {
    super(flowId, services);
    this.methods = Object.keys(wording.routes).map((key) => AnswerIdSchema.parse(key));
    const main = `${flowId}.main`;
    this.addWaterfall<RoutedFlowOptions>(main, [
      this.introStep.bind(this),
      this.askMethodStep.bind(this),
      this.showRouteStep.bind(this),
      this.finishStep.bind(this),
    ]);
    this.addWaterfall<StepThroughOptions>(STEP_THROUGH, [this.showStepStep.bind(this), this.moveStep.bind(this)]);
    this.initialDialogId = main;
  }

  private async introStep(step: WaterfallStepContext<RoutedFlowOptions>): Promise<DialogTurnResult> {
    await this.say(step.context, this.base.intro);
    return step.next();
  }

  private async askMethodStep(step: WaterfallStepContext<RoutedFlowOptions>): Promise<DialogTurnResult> {
    const known = step.options.method;
    if (known && this.methods.includes(known)) return step.next(known);
    return this.ask(step, { question: this.wording.method, answers: this.methods });
  }

  private async showRouteStep(step: WaterfallStepContext<RoutedFlowOptions>): Promise<DialogTurnResult> {
    const method = answerOf(step.result);
    (step.values as RoutedFlowValues).method = method;
    const route = this.route(method);
    if (!route.procedure) return step.next();
    if (route.intro) await this.say(step.context, route.intro, { total: this.stepsOf(route.procedure).length });
    return step.beginDialog(STEP_THROUGH, { procedure: route.procedure, index: 0 } satisfies StepThroughOptions);
  }

  private async finishStep(step: WaterfallStepContext<RoutedFlowOptions>): Promise<DialogTurnResult> {
    const { text, knowledge } = this.services;
    const route = this.route((step.values as RoutedFlowValues).method);
    const details = route.details ? renderBlocks(route.details, text, knowledge).pieces : [];
    const closing = this.wording.closingNote ? [text.renderAll(this.wording.closingNote)] : [];
    return this.finish(step, [...details, ...closing, text.renderAll(route.summary)], route.contacts);
  }

  /** One step of a procedure, with Next / Back / Repeat (Done on the last step). */
  private async showStepStep(step: WaterfallStepContext<StepThroughOptions>): Promise<DialogTurnResult> {
    const { procedure, index } = step.options;
    const steps = this.stepsOf(procedure);
    const last = index === steps.length - 1;
    const buttons: AnswerId[] = [last ? 'done' : 'next', ...(index > 0 ? (['back'] as const) : []), 'repeat'];
    const { step: prompt, stepRetry: retry } = this.services.flows.common;
    return this.ask(step, {
      question: { prompt, retry },
      answers: NAVIGATION,
      buttons,
      slots: { number: index + 1, total: steps.length, step: steps[index] },
      hint: false,
    });
  }

  /** Next past the last step, or Done at any step, ends the walk-through. */
  private async moveStep(step: WaterfallStepContext<StepThroughOptions>): Promise<DialogTurnResult> {
    const { procedure, index } = step.options;
    const total = this.stepsOf(procedure).length;
    const moves: Record<string, number> = { next: index + 1, back: Math.max(0, index - 1), repeat: index, done: total };
    const target = moves[answerOf(step.result)] ?? index;
    if (target >= total) return step.endDialog();
    return step.replaceDialog(STEP_THROUGH, { procedure, index: target } satisfies StepThroughOptions);
  }

  private route(method: AnswerId | undefined): FlowRoute {
    const route = method ? this.wording.routes[method] : undefined;
    if (!route) throw new Error(`${this.flowId}: no route for "${String(method)}"`);
    return route;
  }

  private stepsOf(procedureId: string): string[] {
    const procedure = this.services.knowledge.procedures.get(procedureId);
    if (!procedure) throw new Error(`${this.flowId}: unknown procedure "${procedureId}"`);
    return procedure.steps;
  }
}
