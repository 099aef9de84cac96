import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { AnswerId } from '../src/knowledge/flowsSchema';
import { renderBlocks } from '../src/render/blocks';
import { CareCheckDialog, type CareCheckOptions } from './careCheckDialog';
import { TRI, tri, type Tri } from './eligibility';
import { VHIE_ELIGIBILITY, VHIE_SIGNUP } from './flowIds';
import { answerOf } from './prompts/questions';
import type { RoutedFlowOptions } from './routedFlowDialog';
import type { DialogServices } from './services';

/** Answers the online sign-up check can start with; each one known skips its question. */
export interface VhieEligibilityOptions extends CareCheckOptions {
  dsLogon?: Tri;
}

interface VhieValues {
  eligible?: boolean;
}

const MAIN = 'vhie_eligibility.main';
const OFFLINE: readonly AnswerId[] = ['mail', 'in_person', 'no'];
/** What online sign-up needs, in the order the reasons are given. */
const REQUIREMENTS = ['enrolled', 'registered', 'dsLogon'] as const;

/**
 * "Can I sign up for the Health Information Exchange online?": enrolled, registered, and a Premium DS
 * Logon account. Says why not when not (My HealtheVet and ID.me do not work on eBenefits), and offers
 * to go on with sign-up: the online steps, or by mail or in person.
 */
export class VhieEligibilityDialog extends CareCheckDialog<VhieEligibilityOptions> {
  protected readonly intro: string;

  constructor(services: DialogServices) {
    super(VHIE_ELIGIBILITY, services);
    this.intro = this.words.intro;
    this.addWaterfall<VhieEligibilityOptions>(MAIN, [
      ...this.careSteps(),
      this.askDsLogonStep.bind(this),
      this.resultStep.bind(this),
      this.afterOfferStep.bind(this),
    ]);
    this.initialDialogId = MAIN;
  }

  private get words() {
    return this.services.flows.flows.vhie_eligibility;
  }

  private async askDsLogonStep(step: WaterfallStepContext<VhieEligibilityOptions>): Promise<DialogTurnResult> {
    this.recordRegistered(step);
    const known = step.options.dsLogon;
    if (known) return step.next(known);
    return this.ask(step, { question: this.words.dsLogon, answers: TRI });
  }

  /** Says whether online sign-up is open to them (and why not), then offers the next move. */
  private async resultStep(step: WaterfallStepContext<VhieEligibilityOptions>): Promise<DialogTurnResult> {
    const values = step.values as VhieValues;
    const answers = { ...this.careAnswers(step), dsLogon: tri(answerOf(step.result)) };
    values.eligible = REQUIREMENTS.every((key) => answers[key] === 'yes');
    const { replies, text, knowledge } = this.services;
    if (values.eligible) {
      await this.say(step.context, this.words.eligible);
      return this.ask(step, { question: this.words.offerOnline, answers: ['yes', 'no'] });
    }
    const reasons = REQUIREMENTS.filter((key) => answers[key] !== 'yes')
      .map((key) => this.words.reasons[key][answers[key] === 'no' ? 'no' : 'unsure']);
    const body = renderBlocks([this.words.notEligible, { list: reasons }], text, knowledge).pieces;
    await step.context.sendActivity(replies.compose({ body }, this.ctx(step.context)));
    return this.ask(step, { question: this.words.offerOffline, answers: OFFLINE });
  }

  /** Yes / by mail / in person hand over to the sign-up flow with the route chosen; no ends here. */
  private async afterOfferStep(step: WaterfallStepContext<VhieEligibilityOptions>): Promise<DialogTurnResult> {
    const answer = answerOf(step.result);
    if (answer !== 'no') {
      const method: AnswerId = answer === 'yes' ? 'online' : answer;
      return this.handOver(step, { switchTo: VHIE_SIGNUP, options: { method } satisfies RoutedFlowOptions });
    }
    const outcome = this.words.outcomes[(step.values as VhieValues).eligible ? 'online' : 'offline'];
    return this.finish(step, [this.services.text.renderAll(outcome.summary)], outcome.contacts);
  }
}
