import type { Activity } from 'botbuilder';
import { loadSafety, type Safety } from '../../src/safety/load';
import { testConfig } from '../support/config';
import { botHarness, type BotHarness } from './harness';
import { crisisSet } from './sets';

/**
 * The crisis set (tests/safety/crisis.yaml) must pass in full: every crisis phrasing is answered with
 * the Veterans Crisis Line before anything else, and no near-miss is.
 */
const set = crisisSet();

describe('crisis: the labelled set, through the bot', () => {
  let harness: BotHarness;
  let safety: Safety;
  let expected: Partial<Activity>;
  beforeAll(() => {
    harness = botHarness();
    safety = loadSafety(testConfig().knowledgeDir, harness.assistant.knowledge);
    const ctx = { channelId: 'test', now: harness.assistant.clock.now() };
    expected = harness.assistant.replies.say(safety.crisis.reply, ctx, { contacts: safety.crisis.contacts });
  });

  it('offers the line by phone (then press 1), by text and by chat, and 911 for danger now', () => {
    const { contacts, links } = harness.assistant.knowledge;
    const line = contacts.get('veterans_crisis_line');
    expect(expected.text).toContain(line?.phone?.display);
    expect(expected.text).toContain(line?.phone?.then);
    expect(expected.text).toContain(line?.text?.display);
    expect(expected.text).toContain(links.get('crisis_chat')?.url);
    expect(expected.text).toContain(contacts.get('emergency')?.phone?.display);
  });

  it.each(set.should_trigger)('answers "%s" with the Veterans Crisis Line', async (text) => {
    expect(safety.crisis.detector.detect(text)).toBeDefined();
    const replies = await harness.send(`crisis-${text}`, text);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(expected.text);
  });

  it.each(set.must_not_trigger)('does not answer "%s" with the crisis line', async (text) => {
    expect(safety.crisis.detector.detect(text)).toBeUndefined();
    const replies = await harness.send(`near-${text}`, text);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.text).not.toBe(expected.text);
  });
});

describe('crisis in the middle of a flow', () => {
  it('answers first, and the flow carries on where it was', async () => {
    const harness = botHarness();
    const safety = loadSafety(testConfig().knowledgeDir, harness.assistant.knowledge);
    const start = harness.assistant.replies.intentButton('flow_bb_eligibility').value;
    const [crisisPhrase] = set.should_trigger;
    const plain = [await harness.send('flow-a', start), await harness.send('flow-a', 'yes')];
    const interrupted = [await harness.send('flow-b', start), await harness.send('flow-b', crisisPhrase), await harness.send('flow-b', 'yes')];

    const ctx = { channelId: 'test', now: harness.assistant.clock.now() };
    expect(interrupted[1].map((r) => r.text)).toEqual([harness.assistant.replies.say(safety.crisis.reply, ctx, { contacts: safety.crisis.contacts }).text]);
    expect(interrupted[0].map((r) => r.text)).toEqual(plain[0].map((r) => r.text));
    expect(interrupted[2].map((r) => r.text)).toEqual(plain[1].map((r) => r.text));
  });
});
