import type { Activity } from 'botbuilder';
import { formatHours, formatStatus } from '../../../src/hours/format';
import { buttonsOf, linksOf, visibleText } from './activityView';
import type { BotClient } from './botClient';
import type { ExpectedReply } from './transcriptFile';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks a reply against what a transcript expects of it, comparing with the knowledge as rendered
 * for the channel (so the tests follow wording edits), and checks that every reply can be read aloud.
 */
export class ReplyChecks {
  constructor(private readonly client: BotClient) {}

  check(reply: Partial<Activity>, expected: ExpectedReply): void {
    this.speakable(reply);
    const shown = visibleText(reply);
    const must = (fragment: string, what: string) => {
      if (!shown.includes(fragment)) throw new Error(`expected ${what}: "${fragment}"\n--- reply shows ---\n${shown}`);
    };
    for (const key of expected.says ?? []) for (const f of this.fragments(key)) must(f, key);
    for (const key of expected.lacks ?? []) {
      const longest = [...this.fragments(key)].sort((a, b) => b.length - a.length)[0];
      if (shown.includes(longest)) throw new Error(`expected no ${key}\n--- reply shows ---\n${shown}`);
    }
    for (const literal of expected.text ?? []) must(literal, 'text');
    if (expected.answer) for (const f of this.answerFragments(expected.answer)) must(f, `the answer to ${expected.answer}`);
    if (expected.step) must(this.stepText(...expected.step), `step ${expected.step[1]} of ${expected.step[0]}`);
    for (const id of expected.contacts ?? []) this.contact(reply, shown, id);
    for (const id of expected.links ?? []) this.link(reply, shown, id);
    for (const id of expected.forms ?? []) this.form(reply, shown, id);
    for (const id of expected.accounts ?? []) this.account(reply, shown, id);
    if (expected.buttons) {
      const titles = buttonsOf(reply).map((b) => b.title);
      const wanted = expected.buttons.map((id) => this.buttonTitle(id));
      if (JSON.stringify(titles) !== JSON.stringify(wanted)) {
        throw new Error(`expected buttons [${wanted.join(' | ')}], got [${titles.join(' | ')}]`);
      }
    }
  }

  /** The title a button id stands for: an answer's label, an intent's title, or a knowledge key. */
  buttonTitle(id: string): string {
    const answer = Object.entries(this.client.flows.answers).find(([key]) => key === id)?.[1];
    if (answer) return answer.label;
    const intent = this.client.assistant.knowledge.intents.get(id);
    if (intent) return intent.title;
    if (id.includes('.')) return this.template(id);
    throw new Error(`unknown button id "${id}" (not an answer, an intent or a knowledge key)`);
  }

  /** A template's fixed parts, rendered: what must show whatever its {{slots}} were filled with. */
  private fragments(key: string): string[] {
    return this.template(key)
      .split(/\{\{\w+\}\}/)
      .map((part) => this.client.text.render(part, 'markdown').trim())
      .filter((part) => part.length > 1);
  }

  /** A string in knowledge/flows.yaml ("flows.bb_eligibility.intro") or messages.yaml ("messages.x"). */
  private template(key: string): string {
    const [root, ...rest] = key.split('.');
    let node: unknown = root === 'messages' ? this.client.assistant.knowledge.messages : this.client.flows;
    for (const part of root === 'messages' ? rest : [root, ...rest]) node = isRecord(node) ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`"${key}" is not a sentence in the knowledge`);
    return node;
  }

  private answerFragments(intentId: string): string[] {
    const intent = this.client.assistant.knowledge.intents.get(intentId);
    if (!intent) throw new Error(`unknown intent "${intentId}"`);
    const first = intent.answer?.find((block): block is string => typeof block === 'string');
    const parts = [intent.kind === 'faq' ? intent.question : undefined, first ? this.client.text.render(first, 'markdown') : undefined];
    return parts.filter((p): p is string => p !== undefined);
  }

  private stepText(procedureId: string, number: number): string {
    const step = this.client.assistant.knowledge.procedures.get(procedureId)?.steps[number - 1];
    if (!step) throw new Error(`no step ${number} in procedure "${procedureId}"`);
    return this.client.text.render(step, 'markdown');
  }

  /** A contact card: name, number and TTY (dialable), hours, and open-now status for this clock and zone. */
  private contact(reply: Partial<Activity>, shown: string, id: string): void {
    const { knowledge } = this.client.assistant;
    const contact = knowledge.contacts.get(id);
    if (!contact) throw new Error(`unknown contact "${id}"`);
    const wanted: string[] = [contact.name];
    const links = linksOf(reply);
    for (const phone of [contact.phone, contact.tty]) {
      if (!phone) continue;
      wanted.push(phone.display);
      if (!links.includes(`tel:${phone.dial}`)) throw new Error(`expected a tel: link for ${phone.display} (${id})`);
    }
    if (contact.hours) {
      wanted.push(formatHours(contact.hours, knowledge.messages.hours));
      wanted.push(formatStatus(contact.hours, this.client.now, knowledge.messages.hours, this.client.options.zone));
    }
    if (contact.alwaysOpen) wanted.push(knowledge.messages.contactCard.alwaysOpen);
    for (const w of wanted) if (!shown.includes(w)) throw new Error(`expected contact ${id}: "${w}"\n--- reply shows ---\n${shown}`);
  }

  private link(reply: Partial<Activity>, shown: string, id: string): void {
    const link = this.client.assistant.knowledge.links.get(id);
    if (!link) throw new Error(`unknown link "${id}"`);
    if (!shown.includes(link.label) || !linksOf(reply).includes(link.url)) {
      throw new Error(`expected the link ${id} ("${link.label}")\n--- reply shows ---\n${shown}`);
    }
  }

  private form(reply: Partial<Activity>, shown: string, id: string): void {
    const form = this.client.assistant.knowledge.forms.get(id);
    if (!form) throw new Error(`unknown form "${id}"`);
    if (!shown.includes(form.number) || !linksOf(reply).includes(form.link.url)) {
      throw new Error(`expected ${form.number} with its download link\n--- reply shows ---\n${shown}`);
    }
  }

  /** What someone with this account should do next, and its link. */
  private account(reply: Partial<Activity>, shown: string, id: string): void {
    const account = this.client.assistant.knowledge.accounts.get(id);
    if (!account?.nextStep) throw new Error(`account "${id}" has no next step`);
    if (!shown.includes(this.client.text.render(account.nextStep, 'markdown'))) {
      throw new Error(`expected the next step for ${id}\n--- reply shows ---\n${shown}`);
    }
    if (account.nextLink) this.link(reply, shown, account.nextLink);
  }

  /** Every reply carries speech with no markdown, addresses or link syntax in it. */
  private speakable(reply: Partial<Activity>): void {
    const speak = reply.speak ?? '';
    if (speak.trim() === '') throw new Error(`a reply has no speech: ${visibleText(reply)}`);
    for (const bad of ['](', 'http', 'tel:', '**']) {
      if (speak.includes(bad)) throw new Error(`speech contains "${bad}": ${speak}`);
    }
  }
}
