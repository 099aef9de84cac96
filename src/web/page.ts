import { readFileSync } from 'node:fs';
import type { Knowledge, Phone } from '../knowledge/types';
import { fillSlots } from '../knowledge/refs';
import { dialUrl, spokenDigits } from '../render/text';
import type { WebText } from './webText';

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script type="application/json"> block. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** What the page's script reads from its JSON block (src/web/public/chat.js). */
export interface PageConfig {
  /** Direct Line base URL: our own path, or Azure's endpoint. */
  domain: string;
  /** Where to get a token. */
  tokenUrl: string;
  locale: string;
  /** Spoken labels for phone links, by the number they dial. */
  phoneLabels: Record<string, string>;
  /** Label for any other phone link; {{number}} is filled in by the page. */
  callLabel: string;
  strings: { sendBoxPlaceholder: string };
}

/** The page's per-request values. */
export interface PageRequest {
  nonce: string;
}

/**
 * Renders the chat page from the HTML template and knowledge/web.yaml. `{{name}}` slots are escaped
 * text; `{{{name}}}` slots are HTML built here. An unknown slot is a bug and fails at start-up.
 */
export class PageRenderer {
  private readonly fixed: Record<string, string>;
  private readonly html: Record<string, string>;

  constructor(
    private readonly template: string,
    text: WebText,
    knowledge: Knowledge,
    directLine: { domain: string; tokenUrl: string },
  ) {
    const phones = text.phoneContacts.flatMap((id) => {
      const contact = knowledge.contacts.get(id);
      return contact?.phone ? [{ name: contact.name, phone: contact.phone }] : [];
    });
    const thenStep = knowledge.messages.contactCard.thenStep;
    const label = (phone: Phone) => fillSlots(text.callLabel, { number: spokenDigits(phone.dial) });
    const config: PageConfig = {
      domain: directLine.domain,
      tokenUrl: directLine.tokenUrl,
      locale: text.lang,
      phoneLabels: Object.fromEntries(allPhones(knowledge).map((p) => [dialUrl(p), label(p)])),
      callLabel: text.callLabel,
      strings: { sendBoxPlaceholder: text.webChat.sendBoxPlaceholder },
    };
    const { phoneContacts: _ids, webChat: _webChat, callLabel: _call, ...plain } = text;
    this.fixed = plain;
    this.html = {
      config: scriptJson(config),
      phones: phones
        .map(
          (p) =>
            `<li>${escapeHtml(p.name)}: <a href="${escapeHtml(dialUrl(p.phone))}" aria-label="${escapeHtml(label(p.phone))}">` +
            `${escapeHtml(p.phone.display)}</a>${p.phone.then ? `, ${escapeHtml(fillSlots(thenStep, { step: p.phone.then }))}` : ''}</li>`,
        )
        .join(''),
    };
    this.render({ nonce: 'check' });
  }

  /** Reads the template file. */
  static readTemplate(file: string): string {
    return readFileSync(file, 'utf8');
  }

  render(request: PageRequest): string {
    const text: Record<string, string> = { ...this.fixed, nonce: request.nonce };
    // One pass, so braces inside a filled value are never read as slots.
    return this.template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_raw, html?: string, plain?: string) =>
      html !== undefined ? this.slot(this.html, html) : escapeHtml(this.slot(text, plain ?? '')),
    );
  }

  private slot(values: Record<string, string>, name: string): string {
    const value = values[name];
    if (value === undefined) throw new Error(`the chat page template has an unknown slot "${name}"`);
    return value;
  }
}

function allPhones(knowledge: Knowledge): Phone[] {
  return [...knowledge.contacts.values()].flatMap((c) => [c.phone, c.tty].filter((p): p is Phone => p !== undefined));
}
