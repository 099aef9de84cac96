import type { Activity } from 'botbuilder';
import { loadSafety, publicNumbersOf, type Safety } from '../../src/safety/load';
import { NOTICE_KINDS, PiiRedactor } from '../../src/safety/pii';
import { testConfig } from '../support/config';
import { botHarness, everything, type BotHarness } from './harness';
import { piiSet } from './sets';

/**
 * The identifier set (tests/safety/pii.yaml) must pass in full: every identifier is taken out before
 * anything sees it, and never comes back in a reply; a message that was only an identifier gets just
 * the privacy notice, and one with a question left gets the notice and then its answer.
 */
const set = piiSet();
let conversations = 0;
/** A fresh conversation id that carries nothing from the message. */
const fresh = () => `pii-${++conversations}`;

describe('personal identifiers: the labelled set', () => {
  let harness: BotHarness;
  let safety: Safety;
  let redactor: PiiRedactor;
  let notice: Partial<Activity>;
  beforeAll(() => {
    harness = botHarness();
    const { knowledge, replies, clock } = harness.assistant;
    safety = loadSafety(testConfig().knowledgeDir, knowledge);
    redactor = new PiiRedactor({ publicNumbers: publicNumbersOf(knowledge) });
    notice = replies.say(safety.privacy.reply, { channelId: 'test', now: clock.now() });
  });

  it('says the bot cannot see records, asks for no such details, and points to Blue Button', () => {
    expect(notice.text).toContain(harness.assistant.knowledge.links.get('blue_button_page')?.url);
  });

  it.each(set.identifiers)('takes $kind out of "$text"', ({ text, secret, kind }) => {
    const { text: redacted, kinds } = redactor.redact(text);
    expect(redacted).not.toContain(secret);
    expect(kinds).toContain(kind);
  });

  it.each(set.identifiers)('never echoes $kind from "$text", and answers a question left over', async ({ text, secret, question }) => {
    const replies = await harness.send(fresh(), text);
    expect(everything(replies)).not.toContain(secret);
    expect(replies[0].text).toBe(notice.text);
    if (question) expect(replies.length).toBeGreaterThan(1);
    else expect(replies).toHaveLength(1);
  });

  it.each(set.quiet)('redacts "$secret" in "$text" without a notice', async ({ text, secret }) => {
    const { text: redacted, kinds } = redactor.redact(text);
    expect(redacted).not.toContain(secret);
    expect(kinds.some((k) => NOTICE_KINDS.has(k))).toBe(false);
    const replies = await harness.send(fresh(), text);
    expect(everything(replies)).not.toContain(secret);
    for (const reply of replies) expect(reply.text).not.toBe(notice.text);
  });

  it.each(set.clean)('leaves "%s" alone', async (text) => {
    expect(redactor.redact(text)).toEqual({ text, kinds: [] });
    const replies = await harness.send(fresh(), text);
    for (const reply of replies) expect(reply.text).not.toBe(notice.text);
  });
});
