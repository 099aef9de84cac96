import { TestAdapter, type Activity, type ConversationAccount } from 'botbuilder';
import { createAssistant, type AppOverrides, type Assistant } from '../../src/app';
import { testConfig } from '../support/config';
import { fixedClock, WEEKDAY_MORNING } from '../support/fixedClock';

/** The whole bot (guards, dialogs, turn observer) on botbuilder's TestAdapter, one conversation per id. */
export interface BotHarness {
  assistant: Assistant;
  /** Sends a message in a conversation and returns the replies it produced. */
  send(conversationId: string, text: string): Promise<Array<Partial<Activity>>>;
}

export function botHarness(overrides: AppOverrides = {}): BotHarness {
  const assistant = createAssistant(testConfig(), { clock: fixedClock(WEEKDAY_MORNING), ...overrides });
  const adapter = new TestAdapter((context) => assistant.bot.run(context));
  adapter.use(assistant.observer);
  return {
    assistant,
    async send(conversationId, text) {
      await adapter.processActivity({ type: 'message', text, conversation: { id: conversationId } as ConversationAccount });
      return adapter.activeQueue.splice(0);
    },
  };
}

/** Everything a reply shows or says, as one string, for "does it contain" checks. */
export function everything(replies: ReadonlyArray<Partial<Activity>>): string {
  return JSON.stringify(replies);
}
