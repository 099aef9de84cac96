import type { DialogTurnResult, WaterfallStep, WaterfallStepContext } from 'botbuilder-dialogs';
import { TRI, tri, type CareAnswers, type Tri } from './eligibility';
import { InterruptibleDialog } from './interruptibleDialog';
import { answerOf } from './prompts/questions';

/** What both eligibility checks can start with; each answer known skips its question. */
export interface CareCheckOptions {
  enrolled?: Tri;
  registered?: Tri;
}

interface CareValues {
  enrolled?: Tri;
  registered?: Tri;
}

/**
 * The start both eligibility checks share: their introduction, then "Are you enrolled in VA health
 * care?" and "Are you registered as a patient at a VA facility?". The step after these records the
 * registered answer with {@link recordRegistered}; {@link careAnswers} gives both.
 */
export abstract class CareCheckDialog<O extends CareCheckOptions> extends InterruptibleDialog {
  /** The check's introduction (knowledge/flows.yaml). */
  protected abstract readonly intro: string;

  /** The shared opening steps, to begin the check's waterfall with. */
  protected careSteps(): Array<WaterfallStep<O>> {
    return [this.introStep.bind(this), this.askEnrolledStep.bind(this), this.askRegisteredStep.bind(this)];
  }

  private async introStep(step: WaterfallStepContext<O>): Promise<DialogTurnResult> {
    await this.say(step.context, this.intro);
    return step.next();
  }

  private async askEnrolledStep(step: WaterfallStepContext<O>): Promise<DialogTurnResult> {
    const known = step.options.enrolled;
    if (known) return step.next(known);
    return this.ask(step, { question: this.services.flows.questions.enrolled, answers: TRI });
  }

  private async askRegisteredStep(step: WaterfallStepContext<O>): Promise<DialogTurnResult> {
    (step.values as CareValues).enrolled = tri(answerOf(step.result));
    const known = step.options.registered;
    if (known) return step.next(known);
    return this.ask(step, { question: this.services.flows.questions.registered, answers: TRI });
  }

  /** Keeps the answer to the registered question; the first thing the next step does. */
  protected recordRegistered(step: WaterfallStepContext<O>): void {
    (step.values as CareValues).registered = tri(answerOf(step.result));
  }

  /** Both answers, "not sure" for any not given. */
  protected careAnswers(step: WaterfallStepContext<O>): CareAnswers {
    const { enrolled = 'unsure', registered = 'unsure' } = step.values as CareValues;
    return { enrolled, registered };
  }
}
