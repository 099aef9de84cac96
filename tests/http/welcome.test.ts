import type { Activity } from 'botbuilder';
import { startHttpBot, type HttpBot } from '../support/httpBot';

/** The welcome: on joining (conversationUpdate or Web Chat's join event), once, and on "hi"/"help". */
describe('welcome', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => bot.stop());

  function expectWelcome(reply: Partial<Activity> | undefined): void {
    const { replies } = bot.app.assistant;
    const expected = replies.welcome({ channelId: 'emulator', now: new Date() });
    expect(reply?.attachments?.[0].content).toEqual(expected.attachments?.[0].content);
    expect(reply?.speak).toBe(expected.speak);
    const topics = replies.topicButtons().map((b) => b.label);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(topics);
  }

  it('greets a person who joins, not the bot joining, and only once per conversation', async () => {
    const conversation = { id: 'welcome-1' } as Activity['conversation'];
    await bot.post({ type: 'conversationUpdate', conversation, membersAdded: [{ id: 'bot-1', name: 'Bot' }] });
    expect(bot.channel.received('welcome-1')).toHaveLength(0);
    await bot.post({ type: 'conversationUpdate', conversation, membersAdded: [{ id: 'user-1', name: 'Test User' }] });
    await bot.post({ type: 'event', name: 'webchat/join', conversation });
    const replies = await bot.channel.waitFor('welcome-1', 1);
    expect(replies).toHaveLength(1);
    expectWelcome(replies[0]);
  });

  it("greets on Web Chat's join event", async () => {
    await bot.post({ type: 'event', name: 'webchat/join', conversation: { id: 'welcome-2' } as Activity['conversation'] });
    expectWelcome((await bot.channel.waitFor('welcome-2', 1))[0]);
  });

  it.each(['hi', 'Hello!', 'help', 'what can you do?', 'What can you help me with'])('welcomes again on "%s"', async (text) => {
    const replies = await bot.ask(`welcome-${text}`, text);
    expectWelcome(replies[0]);
  });

  it('says in two sentences what it can help with', () => {
    const text = bot.app.assistant.knowledge.messages.welcome.text;
    expect(text.split(/(?<=[.!?])\s+/)).toHaveLength(2);
  });
});
