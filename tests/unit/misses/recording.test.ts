import { missFromTurn } from '../../../src/misses/fromTurn';
import { MemoryMissStore } from '../../../src/misses/memoryStore';
import { botHarness, type BotHarness } from '../../safety/harness';
import { crisisSet, piiSet } from '../../safety/sets';

/** What the bot could not answer well is recorded, redacted, in the configured store. */
describe('recording misses', () => {
  let harness: BotHarness;
  let misses: MemoryMissStore;
  let n = 0;
  const fresh = () => `misses-${++n}`;
  const gibberish = 'qwertyuiop asdfghjkl';
  beforeEach(() => {
    misses = new MemoryMissStore();
    harness = botHarness({ misses });
  });
  const words = () => harness.assistant.knowledge.messages;
  const title = (id: string) => harness.assistant.replies.intentButton(id).value;

  it('records a fallback, with the conversation hashed', async () => {
    const id = fresh();
    await harness.send(id, gibberish);
    const [miss] = await misses.list();
    expect(miss).toEqual(expect.objectContaining({ kind: 'fallback', text: gibberish, channel: 'test' }));
    expect(miss.conversation).toMatch(/^[a-p]{16}$/);
  });

  it('offers "Was this helpful?" under a faq answer', async () => {
    const [answer] = await harness.send(fresh(), title('bb_what'));
    const values = answer.suggestedActions?.actions.map((a) => a.value);
    expect(values).toEqual(expect.arrayContaining([words().feedback.yes, words().feedback.no]));
    expect(answer.text).toContain(words().feedback.prompt);
  });

  it('records "No, this didn\'t help" against the question and the answer it got', async () => {
    const id = fresh();
    await harness.send(id, title('bb_what'));
    const replies = await harness.send(id, words().feedback.no);
    expect(replies[0].text).toContain(words().feedback.sorry);
    expect(await misses.list()).toEqual([expect.objectContaining({ kind: 'unhelpful', text: title('bb_what'), intentId: 'bb_what' })]);
  });

  it('thanks for "Yes, this helped" and records nothing', async () => {
    const id = fresh();
    await harness.send(id, title('bb_what'));
    const replies = await harness.send(id, words().feedback.yes);
    expect(replies[0].text).toContain(words().feedback.thanks);
    expect(await misses.list()).toEqual([]);
  });

  it('records "None of these" against the question before it', async () => {
    const id = fresh();
    await harness.send(id, title('bb_what'));
    await harness.send(id, words().didYouMean.noneOfThese);
    expect(await misses.list()).toEqual([expect.objectContaining({ kind: 'none_of_these', text: title('bb_what') })]);
  });

  it('records a miss with identifiers already taken out', async () => {
    const ssn = piiSet().identifiers.find((c) => c.kind === 'ssn' && !c.question);
    if (!ssn) throw new Error('tests/safety/pii.yaml needs an ssn on its own');
    await harness.send(fresh(), `${ssn.text} ${gibberish}`);
    const recorded = JSON.stringify(await misses.list());
    expect(recorded).toContain('[ssn]');
    expect(recorded).not.toContain(ssn.secret);
  });

  it('never records a crisis message', async () => {
    await harness.send(fresh(), crisisSet().should_trigger[0]);
    expect(await misses.list()).toEqual([]);
  });

  it('records a "Did you mean…?" with the intents it offered', () => {
    const miss = missFromTurn(
      {
        conversation: 'abc',
        channel: 'webchat',
        type: 'message',
        outcome: 'ok',
        latencyMs: 3,
        text: 'sharing',
        record: { safety: [], pii: [], route: { kind: 'suggest', candidates: ['vhie_what', 'flow_stop_sharing'], confidence: 0.4 } },
        position: { dialogs: [] },
      },
      new Date('2026-11-26T16:00:00Z'),
      (t) => t,
    );
    expect(miss).toEqual({
      at: '2026-11-26T16:00:00.000Z',
      kind: 'suggest',
      text: 'sharing',
      channel: 'webchat',
      conversation: 'abc',
      candidates: ['vhie_what', 'flow_stop_sharing'],
      confidence: 0.4,
    });
  });
});
