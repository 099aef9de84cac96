import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createAssistant, type Assistant } from '../../src/app';
import { testConfig } from '../support/config';
import { faqPhrasings } from '../support/faqPhrasings';
import { fixedClock, WEEKDAY_MORNING } from '../support/fixedClock';

/**
 * Transcript tests (botbuilder-testing) of the main dialog: every question on the page, asked in
 * several ways, gets that question's full answer as the knowledge renders it.
 */
const phrasings = faqPhrasings();

describe('every page question, asked several ways, gets its answer', () => {
  let assistant: Assistant;
  beforeAll(() => {
    assistant = createAssistant(testConfig(), { clock: fixedClock(WEEKDAY_MORNING) });
  });

  function client(): DialogTestClient {
    return new DialogTestClient('test', assistant.mainDialog, undefined, [], assistant.conversationState);
  }

  it('covers every faq intent in the knowledge with at least five phrasings', () => {
    const faqs = [...assistant.knowledge.intents.values()].filter((i) => i.kind === 'faq');
    for (const faq of faqs) {
      expect(phrasings.filter(([id]) => id === faq.id).length).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(phrasings)('%s ← "%s"', async (intentId, text) => {
    const reply = (await client().sendActivity(text)) as Partial<Activity>;
    const intent = assistant.knowledge.intents.get(intentId);
    if (!intent) throw new Error(`unknown intent ${intentId}`);
    const expected = assistant.replies.answer(intent, { channelId: 'test', now: assistant.clock.now() });
    expect(reply.text).toBe(expected.text);
    expect(reply.speak).toBe(expected.speak);
    expect(reply.suggestedActions?.actions).toEqual(expected.suggestedActions?.actions);
  });
});
