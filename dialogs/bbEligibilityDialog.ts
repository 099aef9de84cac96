import type { DialogTurnResult, WaterfallStepContext } from 'botbuilder-dialogs';
import type { AnswerId } from '../src/knowledge/flowsSchema';
import type { Account } from '../src/knowledge/types';
import { renderBlocks } from '../src/render/blocks';
import { CareCheckDialog, type CareCheckOptions } from './careCheckDialog';
import { accountFor, bbOutcome, familyAnswers, typeAnswers } from './eligibility';
import { BB_ELIGIBILITY } from './flowIds';
import { answerOf } from './prompts/questions';
import type { DialogServices } from './services';

/** Answers the Blue Button check can start with; each one known skips its question. */
export interface BbEligibilityOptions extends CareCheckOptions {
  /** An account id from knowledge/accounts.yaml. */
  account?: string;
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
export class BbEligibilityDialog extends CareCheckDialog<BbEligibilityOptions> {
  protected readonly intro: string;

  constructor(services: DialogServices) {
    super(BB_ELIGIBILITY, services);
    this.intro = this.words.intro;
    this.addWaterfall<BbEligibilityOptions>(MAIN, [...this.careSteps(), this.askAccountStep.bind(this), this.resultStep.bind(this)]);
    this.addWaterfall(ACCOUNT, [this.askFamilyStep.bind(this), this.askTypeStep.bind(this), this.resolveAccountStep.bind(this)]);
    this.initialDialogId = MAIN;
  }

  private get words() {
    return this.services.flows.flows.bb_eligibility;
  }

  private async askAccountStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    this.recordRegistered(step);
    const known = step.options.account;
    if (known) return step.next(known);
    return step.beginDialog(ACCOUNT);
  }

  private async resultStep(step: WaterfallStepContext<BbEligibilityOptions>): Promise<DialogTurnResult> {
    const account = this.account(step.result);
    const outcome = bbOutcome(this.words, this.careAnswers(step), account);
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
