import { formatHours } from '../hours/format';
import { fillSlots, replaceRefs, type Ref } from '../knowledge/refs';
import type { Knowledge, Phone } from '../knowledge/types';

/**
 * How a piece of wording is shown:
 *   markdown  chat text and card text: links and tel: links
 *   plain     channels without markdown: addresses written out
 *   speech    read aloud: no addresses, phone numbers digit by digit, time zones by name
 */
export type TextMode = 'markdown' | 'plain' | 'speech';

/** The same sentence in all three modes. */
export interface RenderedText {
  markdown: string;
  plain: string;
  speak: string;
}

/** "1, 8 7 7, 3 2 7, 0 0 2 2": digits read one at a time, grouped as a US number is said. */
export function spokenDigits(dial: string): string {
  const digits = dial.replace(/\D/g, '');
  const spaced = (s: string) => s.split('').join(' ');
  if (digits.length === 11 && digits.startsWith('1')) {
    return [digits.slice(0, 1), digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)].map(spaced).join(', ');
  }
  return spaced(digits);
}

/** Removes markdown bold markers, which plain text and speech must not show or say. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** Ends a spoken fragment with a full stop, so list items and headings are read as sentences. */
export function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?:;]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** The `tel:` (or `sms:`) address for a number. */
export function dialUrl(phone: Phone, scheme: 'tel' | 'sms' = 'tel'): string {
  return `${scheme}:${phone.dial}`;
}

/** Expands knowledge placeholders into finished wording for one mode. */
export class TextRenderer {
  constructor(private readonly knowledge: Knowledge) {}

  /** Renders `template` in `mode`, filling {{slots}} first. */
  render(template: string, mode: TextMode, slots: Readonly<Record<string, string | number>> = {}): string {
    const filled = replaceRefs(fillSlots(template, slots), (ref) => this.resolve(ref, mode));
    return mode === 'markdown' ? filled : stripEmphasis(filled);
  }

  /** Renders `template` in all three modes at once. */
  renderAll(template: string, slots: Readonly<Record<string, string | number>> = {}): RenderedText {
    return {
      markdown: this.render(template, 'markdown', slots),
      plain: this.render(template, 'plain', slots),
      speak: this.render(template, 'speech', slots),
    };
  }

  /** A link written for the mode: [label](url), "label: url", or just the label. */
  link(label: string, url: string, mode: TextMode): string {
    if (mode === 'markdown') return `[${label}](${url})`;
    if (mode === 'plain') return `${label}: ${url}`;
    return label;
  }

  /** A phone number written for the mode, with any "then press 1" after it. */
  phone(phone: Phone, mode: TextMode, scheme: 'tel' | 'sms' = 'tel'): string {
    const number =
      mode === 'markdown'
        ? `[${phone.display}](${dialUrl(phone, scheme)})`
        : mode === 'plain'
          ? phone.display
          : spokenDigits(phone.dial);
    if (!phone.then) return number;
    return `${number}, ${fillSlots(this.knowledge.messages.contactCard.thenStep, { step: phone.then })}`;
  }

  private resolve(ref: Ref, mode: TextMode): string {
    const { contacts, links, forms, messages } = this.knowledge;
    const contact = contacts.get(ref.id);
    const form = forms.get(ref.id);
    switch (ref.kind) {
      case 'link': {
        const link = links.get(ref.id);
        return link ? this.link(link.label, link.url, mode) : ref.raw;
      }
      case 'contact':
        return contact?.name ?? ref.raw;
      case 'phone':
        return contact?.phone ? this.phone(contact.phone, mode) : ref.raw;
      case 'tty':
        return contact?.tty ? this.phone(contact.tty, mode) : ref.raw;
      case 'text':
        return contact?.text ? this.phone(contact.text, mode, 'sms') : ref.raw;
      case 'hours':
        return contact?.hours ? formatHours(contact.hours, messages.hours, mode === 'speech') : ref.raw;
      case 'form':
        return form?.number ?? ref.raw;
      case 'formTitle':
        return form?.title ?? ref.raw;
      case 'formAka':
        return form?.alsoCalled ?? ref.raw;
      case 'formLink':
        return form ? this.link(form.link.label, form.link.url, mode) : ref.raw;
    }
  }
}
