import type { Activity } from 'botbuilder';
import { loadFlowWording } from '../../src/knowledge/flowsSchema';
import { loadKnowledge } from '../../src/knowledge/load';
import { testConfig } from '../support/config';
import { fixedClock, WEEKDAY_MORNING } from '../support/fixedClock';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { buttonsOf, linksOf, visibleText } from '../dialogs/support/activityView';

/**
 * Whole guided flows through POST /api/messages (Emulator channel: Adaptive Cards with suggested
 * actions), with a fixed clock, as a channel would drive them.
 */
type Reply = Partial<Activity>;

/** A conversation over HTTP: typing, pressing the last reply's buttons, in the person's time zone. */
class Conversation {
  private last: Reply[] = [];

  constructor(
    private readonly bot: HttpBot,
    readonly id: string,
    private readonly zone?: string,
  ) {}

  async say(text: string): Promise<Reply[]> {
    this.last = await this.bot.ask(this.id, text, this.zone ? { localTimezone: this.zone } : {});
    return this.last;
  }

  /** Presses a suggested action of the latest reply by its title, sending its value. */
  press(title: string): Promise<Reply[]> {
    const buttons = buttonsOf(this.last[this.last.length - 1] ?? {});
    const button = buttons.find((b) => b.title === title);
    if (!button) throw new Error(`no button "${title}" in [${buttons.map((b) => b.title).join(' | ')}]`);
    return this.say(button.value);
  }
}

const config = testConfig();
const knowledge = loadKnowledge(config.knowledgeDir);
/** Button labels from the knowledge, so the tests follow wording edits. */
const labels = loadFlowWording(config.knowledgeDir, knowledge).answers;

/** The tel: link for a contact's phone (or TTY) in knowledge/contacts.yaml. */
function telOf(contactId: string, line: 'phone' | 'tty' = 'phone'): string {
  const phone = knowledge.contacts.get(contactId)?.[line];
  if (!phone) throw new Error(`contact ${contactId} has no ${line}`);
  return `tel:${phone.dial}`;
}

describe('guided flows over HTTP, on a weekday morning', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot({}, { clock: fixedClock(WEEKDAY_MORNING) });
  });
  afterAll(async () => bot.stop());

  it('completes the Blue Button check by buttons, ending on a card with the help desk open in the person’s time', async () => {
    const talk = new Conversation(bot, 'flows-bb-1', 'America/Los_Angeles');
    const first = await talk.say('check if i can use blue button');
    expect(first).toHaveLength(2);
    expect(buttonsOf(first[1]).map((b) => b.title)).toEqual([labels.yes.label, labels.no.label, labels.unsure.label]);
    await talk.press(labels.yes.label);
    await talk.press(labels.yes.label);
    await talk.press(labels.mhv.label);
    const end = await talk.press(labels.premium.label);
    expect(end).toHaveLength(1);
    const card = end[0];
    expect(card.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(linksOf(card)).toEqual(expect.arrayContaining([telOf('mhv_help_desk'), telOf('mhv_help_desk', 'tty')]));
    expect(visibleText(card)).toContain('Open now until 7:00 p.m. CT (5:00 p.m. your time)');
    expect(card.speak).toContain('Central Time');
    expect(card.speak).not.toMatch(/https?:|tel:/);
  });

  it('completes stop sharing by typing only, one eBenefits step a turn', async () => {
    const talk = new Conversation(bot, 'flows-stop-1');
    await talk.say('i want to stop sharing my information');
    const intro = await talk.say('online');
    expect(intro).toHaveLength(2);
    const procedure = knowledge.procedures.get('vhie_revoke_online');
    for (const step of procedure?.steps.slice(1) ?? []) {
      const [reply] = await talk.say('next');
      expect(visibleText(reply)).toContain(step);
    }
    const [end] = await talk.say('done');
    expect(linksOf(end)).toContain(telOf('vler_line'));
    expect(visibleText(end)).toContain('Open now until 7:00 p.m. CST');
  });

  it('answers a question mid-flow and returns to the same question', async () => {
    const talk = new Conversation(bot, 'flows-faq-1');
    const [, method] = await talk.say('help me sign up for the health information exchange');
    const answered = await talk.say('is vler secure');
    expect(answered).toHaveLength(2);
    const back = await talk.press(labels.yes.label);
    expect(visibleText(back[0])).toBe(visibleText(method));
  });

  it('keeps two conversations in different flows apart', async () => {
    const a = new Conversation(bot, 'flows-two-a');
    const b = new Conversation(bot, 'flows-two-b');
    await a.say('check if i can use blue button');
    await b.say('stop sharing my records');
    const [phone] = await b.press(labels.phone.label);
    expect(linksOf(phone)).toContain(telOf('vler_line'));
    const [registered] = await a.press(labels.no.label);
    expect(buttonsOf(registered)).toHaveLength(3);
  });
});

describe('guided flows over HTTP, on a Saturday', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot({}, { clock: fixedClock('2026-11-28T18:00:00Z') });
  });
  afterAll(async () => bot.stop());

  it('shows the line closed, and when it opens in the person’s own time', async () => {
    const talk = new Conversation(bot, 'flows-weekend-1', 'Europe/London');
    await talk.say('stop sharing my records');
    const [end] = await talk.say('by phone');
    expect(visibleText(end)).toContain('Closed now; opens Monday at 7:00 a.m. CST (Monday 1:00 p.m. your time)');
  });
});
