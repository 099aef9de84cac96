import type { Activity } from 'botbuilder';
import { loadSafety, type Safety } from '../../src/safety/load';
import { testConfig } from '../support/config';
import { botHarness, type BotHarness } from './harness';
import { emergencySet } from './sets';

/**
 * The emergency set (tests/safety/emergency.yaml) must pass in full: a medical emergency happening
 * now is answered with "call 911" before anything else; questions about past ones are not.
 */
const set = emergencySet();

describe('medical emergency: the labelled set, through the bot', () => {
  let harness: BotHarness;
  let safety: Safety;
  let expected: Partial<Activity>;
  beforeAll(() => {
    harness = botHarness();
    safety = loadSafety(testConfig().knowledgeDir, harness.assistant.knowledge);
    const ctx = { channelId: 'test', now: harness.assistant.clock.now() };
    expected = harness.assistant.replies.say(safety.emergency.reply, ctx, { contacts: safety.emergency.contacts });
  });

  it('says to call 911', () => {
    expect(expected.text).toContain(harness.assistant.knowledge.contacts.get('emergency')?.phone?.display);
  });

  it.each(set.should_trigger)('answers "%s" with call 911', async (text) => {
    expect(safety.emergency.detector.detect(text)).toBeDefined();
    const replies = await harness.send(`emergency-${text}`, text);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(expected.text);
  });

  it.each(set.must_not_trigger)('does not answer "%s" with call 911', async (text) => {
    expect(safety.emergency.detector.detect(text)).toBeUndefined();
    const replies = await harness.send(`near-${text}`, text);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply.text).not.toBe(expected.text);
  });

  it('answers an emergency in the middle of a flow, and the flow carries on', async () => {
    const start = harness.assistant.replies.intentButton('flow_bb_eligibility').value;
    const plain = [await harness.send('e-flow-a', start), await harness.send('e-flow-a', 'yes')];
    await harness.send('e-flow-b', start);
    const answer = await harness.send('e-flow-b', set.should_trigger[0]);
    const after = await harness.send('e-flow-b', 'yes');
    expect(answer.map((r) => r.text)).toEqual([expected.text]);
    expect(after.map((r) => r.text)).toEqual(plain[1].map((r) => r.text));
  });
});
