import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { AnswerId } from '../src/knowledge/flowsSchema';
import type { Account } from '../src/knowledge/types';
import { renderBlocks } from '../src/render/blocks';
import { accountFor, bbOutcome, familyAnswers, TRI, tri, typeAnswers, type Tri } from './eligibility';
import { BB_ELIGIBILITY } from './flowIds';
import { InterruptibleDialog } from './interruptibleDialog';
import { answerOf } from './prompts/questions';
import type { DialogServices } from './services';

/** Answers the Blue Button check can start with; each one known skips its question. */
export interface BbEligibilityOptions {
  enrolled?: Tri;
  registered?: Tri;
  /** An account id from knowledge/accounts.yaml. */
  account?: string;
}

interface BbValues {
  enrolled?: Tri;
  registered?: Tri;
}

interface AccountValues {
  family?: AnswerId;
}

const MAIN = 'bb_eligibility.main';
const ACCOUNT = 'bb_eligibility.account';

/**
 * "Can I use all of VA Blue Button?": enrolled in VA health care, registered at a VA facility, and
 * which account (its kind, then its type when that matters). Ends with what to do, if anything.
 */
export class BbEligibilityDialog extends InterruptibleDialog {
  constructor(services: DialogServices) {
    super(BB_ELIGIBILITY, services);
    this.addWaterfall<BbEligibilityOptions>(MAIN, [
      this.introStep.bind(this),
      this.askEnrolledStep.bind(this),
      this.askRegisteredStep.bind(this),
      this.askAccountStep.bind(this),
      this.resultStep.bind(this),
    ]);
    this.addWaterfall(ACCOUNT, [this.askFamilyStep.bind(this), this.askTypeStep.bind(this), this.resolveAccountStep.bind(this)]);
    this.initialDialogId = MAIN;
  }

  private get words() {
    return this.services.flows.flows.bb_eligibility;
  }

  private async introStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    await this.say(step.context, this.words.intro);
    return step.next();
  }

  private async askEnrolledStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    const known = step.options.enrolled;
    if (known) return step.next(known);
    return this.ask(step, { question: this.services.flows.questions.enrolled, answers: TRI });
  }

  private async askRegisteredStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    (step.values as BbValues).enrolled = tri(answerOf(step.result));
    const known = step.options.registered;
    if (known) return step.next(known);
    return this.ask(step, { question: this.services.flows.questions.registered, answers: TRI });
  }

  private async askAccountStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    (step.values as BbValues).registered = tri(answerOf(step.result));
    const known = step.options.account;
    if (known) return step.next(known);
    return step.beginDialog(ACCOUNT);
  }

  private async resultStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    const { enrolled = 'unsure', registered = 'unsure' } = step.values as BbValues;
    const account = this.account(step.result);
    const outcome = bbOutcome(this.words, { enrolled, registered }, account);
    const { text, knowledge } = this.services;
    const body = outcome.eligible
      ? [text.renderAll(this.words.eligible), text.renderAll(this.words.summary.eligible, { account: account.label })]
      : renderBlocks([this.words.notYet, { list: outcome.todo }, this.words.summary.notYet], text, knowledge).pieces;
    return this.finish(step, body, this.words.contacts);
  }

  /** Which kind of account: My HealtheVet, DS Logon, ID.me, none, or not sure. */
  private async askFamilyStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { account } = this.services.flows;
    return this.ask(step, { question: account, answers: familyAnswers(account) });
  }

  /** Its type, unless the answer named an account outright or already said the type ("premium DS Logon"). */
  private async askTypeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { account } = this.services.flows;
    const answer = answerOf(step.result);
    const direct = account.accounts[answer];
    if (direct) return step.endDialog(direct);
    (step.values as AccountValues).family = answer;
    const answers = typeAnswers(account, answer);
    const known = this.questions.answerIn(step.context.activity.text ?? '', answers);
    if (known) return step.next(known);
    const question = account.families[answer];
    if (!question) throw new Error(`bb_eligibility: no account question for "${answer}"`);
    return this.ask(step, { question, answers });
  }

  private async resolveAccountStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { family } = step.values as AccountValues;
    if (!family) throw new Error('bb_eligibility: account type without a kind of account');
    return step.endDialog(accountFor(this.services.flows.account, family, answerOf(step.result)));
  }

  private account(result: unknown): Account {
    const account = typeof result === 'string' ? this.services.knowledge.accounts.get(result) : undefined;
    if (!account) throw new Error(`bb_eligibility: unknown account "${String(result)}"`);
    return account;
  }
}
