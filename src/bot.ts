import {
  ActivityHandler,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { runDialog, type Dialog, type DialogState } from 'botbuilder-dialogs';
import type { Clock } from './clock';
import type { ReplyFactory } from './render/replies';
import { replyContextOf } from './routing/replyContext';
import type { ConversationData } from './state';

/**
 * Runs before any matching or flow on every message (safety, privacy). Returns true when it has
 * answered the message and nothing else should; it may also rewrite `context.activity.text`
 * (for example to redact an identifier) before the dialogs see it.
 */
export interface TurnGuard {
  inspect(context: TurnContext): Promise<boolean>;
}

/** Web Chat's event when the widget opens (the usual way to trigger a welcome there). */
export const WEBCHAT_JOIN_EVENT = 'webchat/join';

/**
 * The assistant's turn handler: welcomes people when they join, and runs the main dialog for every
 * message. State is saved at the end of every turn.
 */
export class AssistantBot extends ActivityHandler {
  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly dialog: Dialog,
    private readonly replies: ReplyFactory,
    private readonly clock: Clock,
    private readonly guards: readonly TurnGuard[] = [],
  ) {
    super();
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined) await this.welcomeOnce(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEBCHAT_JOIN_EVENT) await this.welcomeOnce(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const text = context.activity.text?.trim() ?? '';
    if (text === '' && (context.activity.attachments?.length ?? 0) > 0) {
      await context.sendActivity(this.replies.unsupported(replyContextOf(context, this.clock)));
      return;
    }
    await this.markWelcomed(context);
    for (const guard of this.guards) {
      if (await guard.inspect(context)) return;
    }
    await runDialog(this.dialog, context, this.dialogState);
  }

  private async markWelcomed(context: TurnContext): Promise<void> {
    const data = await this.conversationData.get(context, {});
    data.welcomed = true;
  }

  /** Shows the welcome the first time someone joins a conversation, not on every join event. */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    const data = await this.conversationData.get(context, {});
    if (data.welcomed) return;
    data.welcomed = true;
    await context.sendActivity(this.replies.welcome(replyContextOf(context, this.clock)));
  }
}
