import { ActionTypes, ActivityTypes, InputHints, type Activity, type CardAction as BotCardAction } from 'botbuilder';
import type { Intent, Knowledge, Topic } from '../knowledge/types';
import { renderBlocks } from './blocks';
import { ADAPTIVE_CARD_CONTENT_TYPE, adaptiveCard, type CardAction, type CardElement } from './cardTypes';
import { traitsOf } from './channels';
import type { ContactPresenter, Moment } from './contact';
import type { RenderedText, TextRenderer } from './text';

/** The channel a reply goes to, and the moment and zone that open-now status is computed for. */
export interface ReplyContext extends Moment {
  channelId: string;
}

/** A button: what it shows and the text it sends back when pressed (typing that text works too). */
export interface Button {
  label: string;
  value: string;
}

/** What a reply says, before it is shaped for a channel. */
export interface ReplySpec {
  /** Heading shown on cards (an answer's question). */
  title?: string;
  body: RenderedText[];
  contacts?: readonly string[];
  buttons?: readonly Button[];
  /** Set when the reply asks a question, so voice clients open the microphone. */
  expectingInput?: boolean;
  /** A last line after the contact cards ("Was this helpful?"). */
  footer?: RenderedText;
}

function join(parts: RenderedText[]): RenderedText {
  return {
    markdown: parts.map((p) => p.markdown).join('\n\n'),
    plain: parts.map((p) => p.plain).join('\n\n'),
    speak: parts.map((p) => p.speak).join(' '),
  };
}

/** Builds every reply the bot sends, shaped for the channel: a card, or text, with speech and buttons. */
export class ReplyFactory {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly text: TextRenderer,
    private readonly contacts: ContactPresenter,
  ) {}

  /** A button that asks an intent's question. */
  intentButton(intentId: string): Button {
    const intent = this.knowledge.intents.get(intentId);
    if (!intent) throw new Error(`unknown intent "${intentId}"`);
    return { label: intent.title, value: intent.title };
  }

  /** A faq or smalltalk answer, with its contacts, follow-up buttons and (for faqs) "Was this helpful?". */
  answer(intent: Intent, ctx: ReplyContext, options: { feedback?: boolean } = {}): Partial<Activity> {
    const blocks = renderBlocks(intent.answer ?? [], this.text, this.knowledge);
    const asksFeedback = intent.kind === 'faq' && options.feedback !== false;
    return this.compose(
      {
        title: intent.kind === 'faq' ? intent.question : undefined,
        body: blocks.pieces,
        contacts: intent.contacts,
        buttons: [...(intent.followUps ?? []).map((id) => this.intentButton(id)), ...(asksFeedback ? this.feedbackButtons() : [])],
        footer: asksFeedback ? this.text.renderAll(this.knowledge.messages.feedback.prompt) : undefined,
      },
      ctx,
    );
  }

  /** "Yes, this helped" and "No, this didn't help": what faq answers offer under "Was this helpful?". */
  feedbackButtons(): Button[] {
    const { yes, no } = this.knowledge.messages.feedback;
    return [
      { label: yes, value: yes },
      { label: no, value: no },
    ];
  }

  /** The reply to a "Was this helpful?" press: thanks, or (for No) other ways to get an answer. */
  feedbackReply(helpful: boolean, ctx: ReplyContext): Partial<Activity> {
    const f = this.knowledge.messages;
    if (helpful) return this.say(f.feedback.thanks, ctx);
    return this.compose(
      { body: [this.text.renderAll(f.feedback.sorry)], contacts: f.fallback.contacts, buttons: this.topicButtons() },
      ctx,
    );
  }

  /** What the bot can do, in two sentences, with the main topics as buttons. */
  welcome(ctx: ReplyContext): Partial<Activity> {
    const w = this.knowledge.messages.welcome;
    const text = this.text.renderAll(w.text);
    return this.compose(
      { body: [{ ...text, speak: this.text.render(w.speak, 'speech') }], buttons: this.topicButtons() },
      ctx,
    );
  }

  /** The honest "I can't help with that": what the bot does, the topics, and the phone lines. */
  fallback(ctx: ReplyContext): Partial<Activity> {
    const f = this.knowledge.messages.fallback;
    return this.compose(
      { body: [this.text.renderAll(f.text)], contacts: f.contacts, buttons: this.topicButtons() },
      ctx,
    );
  }

  /** "Did you mean…?" with the candidates and "None of these" as buttons. */
  didYouMean(candidates: readonly Intent[], ctx: ReplyContext): Partial<Activity> {
    const d = this.knowledge.messages.didYouMean;
    const buttons = [...candidates.map((c) => this.intentButton(c.id)), { label: d.noneOfThese, value: d.noneOfThese }];
    return this.compose({ body: [this.text.renderAll(d.prompt)], buttons, expectingInput: true }, ctx);
  }

  /** The reply to "None of these". */
  noneOfThese(ctx: ReplyContext): Partial<Activity> {
    const f = this.knowledge.messages;
    return this.compose(
      { body: [this.text.renderAll(f.noneOfTheseReply)], contacts: f.fallback.contacts, buttons: this.topicButtons() },
      ctx,
    );
  }

  /** "Talk to a person": the lines for the topic at hand. */
  handoff(topic: Topic, ctx: ReplyContext): Partial<Activity> {
    const h = this.knowledge.messages.handoff;
    return this.compose({ body: [this.text.renderAll(h.intro)], contacts: h.byTopic[topic] ?? h.byTopic.general }, ctx);
  }

  /** Any other sentence from the knowledge, with optional contacts and buttons (used by the flows). */
  say(
    template: string,
    ctx: ReplyContext,
    options: Omit<ReplySpec, 'body'> & { slots?: Readonly<Record<string, string | number>> } = {},
  ): Partial<Activity> {
    return this.compose({ ...options, body: [this.text.renderAll(template, options.slots)] }, ctx);
  }

  /** The reply to a message with no text in it. */
  empty(ctx: ReplyContext): Partial<Activity> {
    return this.say(this.knowledge.messages.errors.emptyMessage, ctx, { buttons: this.topicButtons() });
  }

  /** The reply to a message the bot cannot read (an attachment with no text). */
  unsupported(ctx: ReplyContext): Partial<Activity> {
    return this.say(this.knowledge.messages.errors.unsupportedActivity, ctx, { buttons: this.topicButtons() });
  }

  /** The apology sent when a turn fails, with a number to call. */
  turnFailed(ctx: ReplyContext): Partial<Activity> {
    return this.say(this.knowledge.messages.errors.turnFailed, ctx);
  }

  /** The main topics from the welcome, as buttons. */
  topicButtons(): Button[] {
    return this.knowledge.messages.welcome.topics.map((id) => this.intentButton(id));
  }

  /** Shapes a reply for its channel. */
  compose(spec: ReplySpec, ctx: ReplyContext): Partial<Activity> {
    const traits = traitsOf(ctx.channelId);
    const contactViews = (spec.contacts ?? []).map((id) => this.contacts.present(id, ctx));
    const heading = spec.title ? this.text.renderAll(spec.title) : undefined;
    const footer = spec.footer ? [spec.footer] : [];
    const whole = join([...(heading ? [heading] : []), ...spec.body, ...contactViews.map((c) => c.text), ...footer]);
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      speak: whole.speak,
      inputHint: spec.expectingInput ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    };
    const buttons = spec.buttons ?? [];
    if (traits.cards) {
      const body: CardElement[] = [
        ...(spec.title ? [{ type: 'TextBlock', text: spec.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' } as const] : []),
        ...spec.body.map((piece): CardElement => ({ type: 'TextBlock', text: piece.markdown, wrap: true })),
        ...contactViews.map((c) => c.card),
        ...footer.map((piece): CardElement => ({ type: 'TextBlock', text: piece.markdown, wrap: true })),
      ];
      const cardActions = traits.suggestedActions ? undefined : buttons.map(toSubmitAction);
      const card = adaptiveCard(body, { speak: whole.speak, fallbackText: whole.plain, actions: cardActions });
      activity.attachments = [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }];
      activity.summary = whole.plain;
    } else {
      activity.text = traits.markdown ? whole.markdown : whole.plain;
      if (!traits.suggestedActions && buttons.length > 0) activity.text += `\n\n${this.buttonList(buttons)}`;
    }
    if (traits.suggestedActions && buttons.length > 0) {
      activity.suggestedActions = { to: [], actions: buttons.map(toImBack) };
    }
    return activity;
  }

  private buttonList(buttons: readonly Button[]): string {
    const label = this.knowledge.messages.answerCard.relatedLabel;
    return `${label}:\n${buttons.map((b) => `- ${b.label}`).join('\n')}`;
  }
}

function toImBack(b: Button): BotCardAction {
  return { type: ActionTypes.ImBack, title: b.label, value: b.value };
}

/** Teams sends a card's Submit back as typed text when the data carries an imBack. */
function toSubmitAction(b: Button): CardAction {
  return { type: 'Action.Submit', title: b.label, data: { msteams: { type: 'imBack', value: b.value } } };
}
