import type { Activity, Attachment } from 'botbuilder';
import { faqPhrasings } from '../support/faqPhrasings';
import { fixedClock, WEEKDAY_MORNING } from '../support/fixedClock';
import { startHttpBot, type HttpBot } from '../support/httpBot';

/**
 * The same questions through POST /api/messages as the Emulator or Web Chat would send them:
 * the reply at the serviceUrl is the answer card with its plain-text fallback and speech.
 */
const phrasings = faqPhrasings();

describe('POST /api/messages answers every page question asked several ways', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot({}, { clock: fixedClock(WEEKDAY_MORNING) });
  });
  afterAll(async () => bot.stop());

  it.each(phrasings)('%s ← "%s"', async (intentId, text) => {
    const replies = await bot.ask(`faq-${intentId}-${text.length}-${Math.random()}`, text);
    const { assistant } = bot.app;
    const intent = assistant.knowledge.intents.get(intentId);
    if (!intent) throw new Error(`unknown intent ${intentId}`);
    const expected = assistant.replies.answer(intent, { channelId: 'emulator', now: assistant.clock.now() });
    const answer = replies[0] as Partial<Activity>;
    const card = (answer.attachments as Attachment[] | undefined)?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content).toEqual(expected.attachments?.[0].content);
    expect(answer.speak).toBe(expected.speak);
    expect(answer.suggestedActions?.actions).toEqual(expected.suggestedActions?.actions);
  });
});
