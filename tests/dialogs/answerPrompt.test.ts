import { DialogTestClient } from 'botbuilder-testing';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { ANSWER_PROMPT, AnswerPrompt, isGaveUp } from '../../dialogs/prompts/answerPrompt';
import { answerChoices } from '../../dialogs/prompts/questions';
import { recogniseAnswer } from '../../dialogs/prompts/recognise';
import { loadFlowWording, type AnswerId, type Question } from '../../src/knowledge/flowsSchema';
import { loadKnowledge } from '../../src/knowledge/load';
import { testConfig } from '../support/config';

/** How the flows' prompts read typed answers: synonyms, a question's own words, typos; and misses. */
const dir = testConfig().knowledgeDir;
const flows = loadFlowWording(dir, loadKnowledge(dir));

const TRI: AnswerId[] = ['yes', 'no', 'unsure'];
const FAMILIES: AnswerId[] = ['mhv', 'dslogon', 'idme', 'no_account', 'unsure'];
const METHODS: AnswerId[] = ['online', 'mail', 'in_person', 'phone'];
const NAV: AnswerId[] = ['next', 'back', 'repeat', 'done'];
const IDME_TYPES: AnswerId[] = ['verified', 'unverified', 'unsure'];
const MHV_TYPES: AnswerId[] = ['basic', 'advanced', 'premium', 'unsure'];

function read(text: string, answers: AnswerId[], question?: Question): string | undefined {
  return recogniseAnswer(text, answerChoices(flows, answers, question))?.value;
}

describe('recogniseAnswer', () => {
  it.each([
    ['yeah', 'yes'],
    ['Yep!', 'yes'],
    ['yes I am', 'yes'],
    ['sure', 'yes'],
    ['yse', 'yes'],
    ['yesss', 'yes'],
    ['nope', 'no'],
    ['nah', 'no'],
    ['I am not', 'no'],
    ["I'm not", 'no'],
    ['not sure', 'unsure'],
    ["I'm not sure", 'unsure'],
    ['i am not sure', 'unsure'],
    ["don't know", 'unsure'],
    ['idk', 'unsure'],
    ['purple', undefined],
    ['what is blue button', undefined],
    ['', undefined],
  ])('yes / no / not sure: "%s" → %s', (text, expected) => {
    expect(read(text, TRI)).toBe(expected);
  });

  it.each([
    ["I'm enrolled", 'yes'],
    ["I'm not enrolled", 'no'],
    ['not enrolled', 'no'],
  ])('the enrolment question’s own words: "%s" → %s', (text, expected) => {
    expect(read(text, TRI, flows.questions.enrolled)).toBe(expected);
  });

  it.each([
    ['I have ID.me', 'no'],
    ['my healthevet', 'no'],
    ['basic ds logon', 'no'],
    ['I have premium', 'yes'],
    ['premium ds logon', 'yes'],
    ['not sure', 'unsure'],
  ])('Premium DS Logon?: "%s" → %s', (text, expected) => {
    expect(read(text, TRI, flows.flows.vhie_eligibility.dsLogon)).toBe(expected);
  });

  it.each([
    ['I have ID.me', 'idme'],
    ['id me', 'idme'],
    ['My HealtheVet', 'mhv'],
    ['my helthevet', 'mhv'],
    ['mhv', 'mhv'],
    ['ds logon', 'dslogon'],
    ["i don't have one", 'no_account'],
    ['none', 'no_account'],
    ['not sure', 'unsure'],
    ['no', 'no_account'],
  ])('which account: "%s" → %s', (text, expected) => {
    expect(read(text, FAMILIES, flows.account)).toBe(expected);
  });

  it.each([
    ['premum', 'premium'],
    ['advnced', 'advanced'],
    ['basic', 'basic'],
  ])('account type with typos: "%s" → %s', (text, expected) => {
    expect(read(text, MHV_TYPES)).toBe(expected);
  });

  it.each([
    ['yes', 'verified'],
    ['I have', 'verified'],
    ['not yet', 'unverified'],
    ['i have not', 'unverified'],
    ['not verified', 'unverified'],
  ])('ID.me verified?: "%s" → %s', (text, expected) => {
    expect(read(text, IDME_TYPES, flows.account.families.idme)).toBe(expected);
  });

  it.each([
    ['by mail please', 'mail'],
    ['by mial', 'mail'],
    ['in persn', 'in_person'],
    ['onlin', 'online'],
    ['on the computer', 'online'],
    ['over the phone', 'phone'],
    ['can I call you', 'phone'],
  ])('how: "%s" → %s', (text, expected) => {
    expect(read(text, METHODS)).toBe(expected);
  });

  it.each([
    ['next', 'next'],
    ["what's next", 'next'],
    ['nxet', 'next'],
    ['ok', 'next'],
    ['go back', 'back'],
    ['again', 'repeat'],
    ['say that again', 'repeat'],
    ['done', 'done'],
    ["I'm done", 'done'],
  ])('step navigation: "%s" → %s', (text, expected) => {
    expect(read(text, NAV)).toBe(expected);
  });

  it('does not look for typos in long messages, which are questions rather than answers', () => {
    expect(read('could you tell me if i can send it by mial to you', ['online', 'in_person'])).toBeUndefined();
  });
});

/** A one-question dialog that reports what the prompt ended with. */
class OneQuestion extends ComponentDialog {
  constructor() {
    super('one-question');
    this.addDialog(new AnswerPrompt());
    this.addDialog(new WaterfallDialog('ask', [this.askStep.bind(this), this.reportStep.bind(this)]));
    this.initialDialogId = 'ask';
  }

  private askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choices = answerChoices(flows, ['yes', 'no']);
    return step.prompt(ANSWER_PROMPT, { prompt: 'Are you enrolled?', retryPrompt: 'Yes or no?', choices });
  }

  private async reportStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as FoundChoice;
    await step.context.sendActivity(isGaveUp(result) ? 'gave up' : `answer: ${result.value}`);
    return step.endDialog();
  }
}

describe('AnswerPrompt in a dialog (botbuilder-testing)', () => {
  const client = () => new DialogTestClient('test', new OneQuestion());

  it('re-asks with the clearer prompt after a miss, and takes a typed synonym', async () => {
    const c = client();
    expect((await c.sendActivity('hi'))?.text).toBe('Are you enrolled?');
    expect((await c.sendActivity('purple'))?.text).toBe('Yes or no?');
    expect((await c.sendActivity('yep'))?.text).toBe('answer: yes');
  });

  it('gives up on the third miss', async () => {
    const c = client();
    await c.sendActivity('hi');
    expect((await c.sendActivity('purple'))?.text).toBe('Yes or no?');
    expect((await c.sendActivity('green'))?.text).toBe('Yes or no?');
    expect((await c.sendActivity('blue'))?.text).toBe('gave up');
  });
});
