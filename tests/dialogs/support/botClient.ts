import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createAssistant, type Assistant } from '../../../src/app';
import type { Clock } from '../../../src/clock';
import { loadFlowWording, type FlowWording } from '../../../src/knowledge/flowsSchema';
import { TextRenderer } from '../../../src/render/text';
import { testConfig } from '../../support/config';
import { WEEKDAY_MORNING } from '../../support/fixedClock';
import { buttonsOf, type ButtonView } from './activityView';

export interface ClientOptions {
  channel: string;
  zone?: string;
  clock?: string;
}

/** A clock a test moves: one assistant serves every transcript, each at its own instant. */
class SettableClock implements Clock {
  private at = new Date(WEEKDAY_MORNING);
  set(iso: string): void {
    this.at = new Date(iso);
  }
  now(): Date {
    return new Date(this.at);
  }
}

interface Shared {
  assistant: Assistant;
  flows: FlowWording;
  text: TextRenderer;
  clock: SettableClock;
}

let shared: Shared | undefined;

/** Builds the real assistant once (training the matcher takes a moment), with a settable clock. */
function sharedAssistant(): Shared {
  if (!shared) {
    const config = testConfig();
    const clock = new SettableClock();
    const assistant = createAssistant(config, { clock });
    shared = { assistant, clock, flows: loadFlowWording(config.knowledgeDir, assistant.knowledge), text: new TextRenderer(assistant.knowledge) };
  }
  return shared;
}

let conversations = 0;

/**
 * The real bot (createAssistant) behind botbuilder's TestAdapter, in a conversation of its own at a
 * fixed instant: sends what a person types or presses and returns the replies of that turn.
 */
export class BotClient {
  readonly assistant: Assistant;
  readonly flows: FlowWording;
  readonly text: TextRenderer;
  readonly now: Date;
  private readonly adapter: TestAdapter;
  private lastButtons: ButtonView[] = [];

  constructor(readonly options: ClientOptions) {
    const { assistant, flows, text, clock } = sharedAssistant();
    this.assistant = assistant;
    this.flows = flows;
    this.text = text;
    clock.set(options.clock ?? WEEKDAY_MORNING);
    this.now = clock.now();
    conversations += 1;
    const template: Partial<Activity> = {
      channelId: options.channel,
      localTimezone: options.zone,
      conversation: { id: `transcript-${conversations}`, isGroup: false, conversationType: 'personal', name: 'transcript' },
    };
    this.adapter = new TestAdapter((context) => assistant.bot.run(context), template);
  }

  say(text: string): Promise<Array<Partial<Activity>>> {
    return this.turn({ type: ActivityTypes.Message, text });
  }

  /** Presses a button of the last turn's replies, by its title; fails if it is not there. */
  press(title: string): Promise<Array<Partial<Activity>>> {
    const button = this.lastButtons.find((b) => b.title === title);
    if (!button) throw new Error(`no button "${title}" (buttons: ${this.lastButtons.map((b) => b.title).join(' | ') || 'none'})`);
    return this.say(button.value);
  }

  join(): Promise<Array<Partial<Activity>>> {
    return this.turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user-1', name: 'User' }] });
  }

  private async turn(activity: Partial<Activity>): Promise<Array<Partial<Activity>>> {
    await this.adapter.receiveActivity(activity);
    const replies = this.adapter.activeQueue.splice(0).filter((a) => a.type !== ActivityTypes.Trace);
    // As in Web Chat, only the buttons of this turn's replies can be pressed next.
    const withButtons = [...replies].reverse().find((r) => buttonsOf(r).length > 0);
    this.lastButtons = withButtons ? buttonsOf(withButtons) : [];
    return replies;
  }
}
