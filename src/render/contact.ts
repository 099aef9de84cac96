import { formatStatus } from '../hours/format';
import { fillSlots } from '../knowledge/refs';
import type { Contact, Knowledge } from '../knowledge/types';
import type { CardAction, CardElement } from './cardTypes';
import { dialUrl, type RenderedText, type TextRenderer } from './text';

/** Where and when the person is, so hours can say "open now" in their own time. */
export interface Moment {
  now: Date;
  /** IANA zone the channel reported (Web Chat's `localTimezone`), if any. */
  userZone?: string;
}

/** A contact line ready to show: as text in every mode, and as card elements and actions. */
export interface ContactView {
  id: string;
  text: RenderedText;
  card: CardElement;
}

/** Builds the text and card for one contact: number, TTY, hours with their zone, open-now status. */
export class ContactPresenter {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly text: TextRenderer,
  ) {}

  /** The status line ("Open now until 7:00 p.m. CT"), or the always-open sentence, or nothing. */
  status(contact: Contact, moment: Moment, spoken = false): string | undefined {
    const words = this.knowledge.messages;
    if (contact.alwaysOpen) return words.contactCard.alwaysOpen;
    if (!contact.hours) return undefined;
    return formatStatus(contact.hours, moment.now, words.hours, moment.userZone, spoken);
  }

  present(contactId: string, moment: Moment): ContactView {
    const contact = this.knowledge.contacts.get(contactId);
    if (!contact) throw new Error(`unknown contact "${contactId}"`);
    return {
      id: contact.id,
      text: this.lines(contact, moment),
      card: this.card(contact, moment),
    };
  }

  private lines(contact: Contact, moment: Moment): RenderedText {
    const w = this.knowledge.messages.contactCard;
    const row = (label: string, value: string) => `${label}: ${value}`;
    const build = (mode: 'markdown' | 'plain' | 'speech'): string => {
      const out: string[] = [mode === 'markdown' ? `**${contact.name}**` : contact.name];
      if (contact.phone) out.push(row(w.phoneLabel, this.text.phone(contact.phone, mode)));
      if (contact.tty) out.push(row(w.ttyLabel, this.text.phone(contact.tty, mode)));
      if (contact.text) out.push(row(w.textLabel, this.text.phone(contact.text, mode, 'sms')));
      if (contact.hours) out.push(row(w.hoursLabel, this.text.render(`{hours:${contact.id}}`, mode)));
      const status = this.status(contact, moment, mode === 'speech');
      if (status) out.push(status);
      if (contact.web) out.push(this.text.render(`{link:${contact.web}}`, mode));
      return out.join(mode === 'speech' ? '. ' : '\n');
    };
    return { markdown: build('markdown'), plain: build('plain'), speak: build('speech') };
  }

  private card(contact: Contact, moment: Moment): CardElement {
    const w = this.knowledge.messages.contactCard;
    const facts: Array<{ title: string; value: string }> = [];
    if (contact.phone) facts.push({ title: w.phoneLabel, value: this.text.phone(contact.phone, 'plain') });
    if (contact.tty) facts.push({ title: w.ttyLabel, value: this.text.phone(contact.tty, 'plain') });
    if (contact.text) facts.push({ title: w.textLabel, value: this.text.phone(contact.text, 'plain') });
    if (contact.hours) facts.push({ title: w.hoursLabel, value: this.text.render(`{hours:${contact.id}}`, 'plain') });
    const status = this.status(contact, moment);
    const actions: CardAction[] = [];
    if (contact.phone) {
      actions.push({ type: 'Action.OpenUrl', title: fillSlots(w.call, { name: contact.shortName }), url: dialUrl(contact.phone) });
    }
    if (contact.tty) actions.push({ type: 'Action.OpenUrl', title: w.callTty, url: dialUrl(contact.tty) });
    if (contact.text) {
      actions.push({
        type: 'Action.OpenUrl',
        title: fillSlots(w.sendText, { number: contact.text.display }),
        url: dialUrl(contact.text, 'sms'),
      });
    }
    const link = contact.web ? this.knowledge.links.get(contact.web) : undefined;
    if (link) actions.push({ type: 'Action.OpenUrl', title: fillSlots(w.website, { label: link.label }), url: link.url });
    const items: CardElement[] = [
      { type: 'TextBlock', text: contact.name, weight: 'Bolder', wrap: true },
      { type: 'FactSet', facts },
    ];
    if (status) items.push({ type: 'TextBlock', text: status, wrap: true, isSubtle: true });
    if (actions.length > 0) items.push({ type: 'ActionSet', actions });
    return { type: 'Container', separator: true, spacing: 'Medium', items };
  }
}
