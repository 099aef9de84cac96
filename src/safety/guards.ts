import type { TurnContext } from 'botbuilder';
import type { TurnGuard } from '../bot';
import type { Clock } from '../clock';
import { notePii, noteSafety } from '../logging/turnRecord';
import type { ReplyFactory } from '../render/replies';
import { replyContextOf } from '../routing/replyContext';
import type { PrivacyNotice, SafetyReply } from './load';
import { NOTICE_KINDS, type PiiRedactor } from './pii';

/**
 * Answers a crisis (or a medical emergency) before anything else, in any flow, and ends the turn.
 * The dialog stack is left as it was, so a flow in progress carries on with the next message.
 */
export class SafetyReplyGuard implements TurnGuard {
  constructor(
    private readonly kind: 'crisis' | 'emergency',
    private readonly safety: SafetyReply,
    private readonly replies: ReplyFactory,
    private readonly clock: Clock,
  ) {}

  async inspect(context: TurnContext): Promise<boolean> {
    if (!this.safety.detector.detect(context.activity.text ?? '')) return false;
    noteSafety(context, this.kind);
    const ctx = replyContextOf(context, this.clock);
    await context.sendActivity(this.replies.say(this.safety.reply, ctx, { contacts: this.safety.contacts }));
    return true;
  }
}

/**
 * Takes personal identifiers out of the message before anything downstream (matcher, dialogs,
 * state, logs) sees it, and tells the person the bot cannot see records and should not be sent such
 * details. When a question remains ("my SSN is … can I use Blue Button?") the turn goes on to answer
 * it; when only the identifier was sent, the notice is the whole reply.
 */
export class PrivacyGuard implements TurnGuard {
  constructor(
    private readonly redactor: PiiRedactor,
    private readonly notice: PrivacyNotice,
    private readonly replies: ReplyFactory,
    private readonly clock: Clock,
  ) {}

  async inspect(context: TurnContext): Promise<boolean> {
    const { text, kinds } = this.redactor.redact(context.activity.text ?? '');
    if (kinds.length === 0) return false;
    context.activity.text = text;
    notePii(context, kinds);
    if (!kinds.some((k) => NOTICE_KINDS.has(k))) return false;
    noteSafety(context, 'privacy');
    const question = this.hasQuestion(text);
    const buttons = question ? [] : this.notice.followUps.map((id) => this.replies.intentButton(id));
    await context.sendActivity(this.replies.say(this.notice.reply, replyContextOf(context, this.clock), { buttons }));
    return !question;
  }

  /** True when words other than placeholders, bare numbers and filler ("my", "ssn", "is") are left. */
  private hasQuestion(redacted: string): boolean {
    return redacted
      .toLowerCase()
      .replace(/\[[a-z_]+\]/g, ' ')
      .replace(/['\u2019]/g, '')
      .split(/[^a-z0-9]+/)
      .some((word) => word !== '' && !/^\d+$/.test(word) && !this.notice.fillerWords.has(word));
  }
}
