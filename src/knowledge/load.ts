import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { LexiconSchema } from './lexiconSchema';
import { MessagesSchema } from './messagesSchema';
import { findRefs, walkStrings } from './refs';
import {
  AccountsFileSchema,
  ContactsFileSchema,
  FormsFileSchema,
  IntentsFileSchema,
  LinksFileSchema,
  ProceduresFileSchema,
} from './schema';
import type { Intent, Knowledge } from './types';

/** A knowledge file that cannot be used; the message names the file and the field. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field || '(top level)'}: ${detail}`);
    this.name = 'KnowledgeError';
  }
}

function formatPath(p: ReadonlyArray<PropertyKey>): string {
  return p.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Reads one YAML file under the knowledge folder and checks it against its schema. */
export function readKnowledgeFile<S extends z.ZodType>(dir: string, relPath: string, schema: S): z.infer<S> {
  const shown = path.posix.join('knowledge', relPath.split(path.sep).join('/'));
  let raw: unknown;
  try {
    // The core schema: plain YAML values only (no dates or other implicit types turning text into objects).
    raw = parseYaml(readFileSync(path.join(dir, relPath), 'utf8'), { schema: CORE_SCHEMA });
  } catch (err) {
    throw new KnowledgeError(shown, '', `cannot be read as YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KnowledgeError(shown, formatPath(issue.path), issue.message);
  }
  return result.data;
}

function indexById<T extends { id: string }>(items: readonly T[], file: string, field: string): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw new KnowledgeError(file, `${field}[${i}].id`, `duplicate id "${item.id}"`);
    map.set(item.id, item);
  });
  return map;
}

function readIntents(dir: string): { intents: Intent[]; files: string[] } {
  const folder = path.join(dir, 'intents');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const intents: Intent[] = [];
  for (const f of files) intents.push(...readKnowledgeFile(dir, path.join('intents', f), IntentsFileSchema).intents);
  return { intents, files };
}

/** Options for {@link loadKnowledge}. */
export interface LoadOptions {
  /** Flow ids the dialogs provide; a flow intent naming any other id is an error. */
  knownFlows?: readonly string[];
}

/** Loads and cross-checks every core knowledge file. Throws {@link KnowledgeError} on the first problem. */
export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  const contacts = readKnowledgeFile(dir, 'contacts.yaml', ContactsFileSchema).contacts;
  const links = readKnowledgeFile(dir, 'links.yaml', LinksFileSchema).links;
  const forms = readKnowledgeFile(dir, 'forms.yaml', FormsFileSchema).forms;
  const accounts = readKnowledgeFile(dir, 'accounts.yaml', AccountsFileSchema).accounts;
  const procedures = readKnowledgeFile(dir, 'procedures.yaml', ProceduresFileSchema).procedures;
  const messages = readKnowledgeFile(dir, 'messages.yaml', MessagesSchema);
  const lexicon = readKnowledgeFile(dir, 'lexicon.yaml', LexiconSchema);
  const { intents } = readIntents(dir);

  const knowledge: Knowledge = {
    contacts: indexById(contacts, 'knowledge/contacts.yaml', 'contacts'),
    links: indexById(links, 'knowledge/links.yaml', 'links'),
    forms: indexById(forms, 'knowledge/forms.yaml', 'forms'),
    accounts: indexById(accounts, 'knowledge/accounts.yaml', 'accounts'),
    procedures: indexById(procedures, 'knowledge/procedures.yaml', 'procedures'),
    intents: indexById(intents, 'knowledge/intents', 'intents'),
    messages,
    lexicon,
  };
  crossCheck(knowledge, options);
  return knowledge;
}

/** Fails with a KnowledgeError when a placeholder in `value` names something that does not exist. */
export function checkRefs(knowledge: Knowledge, file: string, value: unknown, base = ''): void {
  for (const { path: field, text } of walkStrings(value, base)) {
    for (const ref of findRefs(text)) {
      const problem = refProblem(knowledge, ref.kind, ref.id);
      if (problem) throw new KnowledgeError(file, field, `${ref.raw}: ${problem}`);
    }
  }
}

function refProblem(k: Knowledge, kind: string, id: string): string | undefined {
  const contact = k.contacts.get(id);
  const form = k.forms.get(id);
  switch (kind) {
    case 'link':
      return k.links.has(id) ? undefined : `no link with id "${id}" in knowledge/links.yaml`;
    case 'contact':
      return contact ? undefined : `no contact with id "${id}" in knowledge/contacts.yaml`;
    case 'phone':
    case 'tty':
    case 'text':
    case 'hours':
      if (!contact) return `no contact with id "${id}" in knowledge/contacts.yaml`;
      return contact[kind] ? undefined : `contact "${id}" has no ${kind}`;
    case 'form':
    case 'formTitle':
    case 'formLink':
      return form ? undefined : `no form with id "${id}" in knowledge/forms.yaml`;
    case 'formAka':
      if (!form) return `no form with id "${id}" in knowledge/forms.yaml`;
      return form.alsoCalled ? undefined : `form "${id}" has no alsoCalled`;
    default:
      return `unknown placeholder kind "${kind}"`;
  }
}

function requireId(map: ReadonlyMap<string, unknown>, id: string | undefined, file: string, field: string, what: string) {
  if (id !== undefined && !map.has(id)) throw new KnowledgeError(file, field, `no ${what} with id "${id}"`);
}

function crossCheck(k: Knowledge, options: LoadOptions): void {
  [...k.contacts.values()].forEach((c, i) => {
    requireId(k.links, c.web, 'knowledge/contacts.yaml', `contacts[${i}].web`, 'link');
    if (!c.alwaysOpen && c.phone && !c.hours) {
      throw new KnowledgeError('knowledge/contacts.yaml', `contacts[${i}].hours`, 'a phone line needs its hours');
    }
  });
  [...k.accounts.values()].forEach((a, i) =>
    requireId(k.links, a.nextLink, 'knowledge/accounts.yaml', `accounts[${i}].nextLink`, 'link'),
  );
  [...k.procedures.values()].forEach((p, i) =>
    requireId(k.contacts, p.helpContact, 'knowledge/procedures.yaml', `procedures[${i}].helpContact`, 'contact'),
  );
  checkRefs(k, 'knowledge/contacts.yaml', [...k.contacts.values()], 'contacts');
  checkRefs(k, 'knowledge/accounts.yaml', [...k.accounts.values()], 'accounts');
  checkRefs(k, 'knowledge/procedures.yaml', [...k.procedures.values()], 'procedures');
  checkRefs(k, 'knowledge/messages.yaml', k.messages);
  checkIntents(k, options);
  checkMessages(k);
}

function checkIntents(k: Knowledge, options: LoadOptions): void {
  const titles = new Map<string, string>();
  for (const intent of k.intents.values()) {
    const file = `knowledge/intents (intent "${intent.id}")`;
    const title = intent.title.toLowerCase();
    const clash = titles.get(title);
    if (clash) throw new KnowledgeError(file, 'title', `same title as intent "${clash}"`);
    titles.set(title, intent.id);
    intent.contacts?.forEach((id, i) => requireId(k.contacts, id, file, `contacts[${i}]`, 'contact'));
    intent.followUps?.forEach((id, i) => requireId(k.intents, id, file, `followUps[${i}]`, 'intent'));
    intent.answer?.forEach((block, i) => {
      if (typeof block === 'object' && 'steps' in block) {
        requireId(k.procedures, block.steps, file, `answer[${i}].steps`, 'procedure');
      }
    });
    if (intent.flow && options.knownFlows && !options.knownFlows.includes(intent.flow)) {
      throw new KnowledgeError(file, 'flow', `no flow with id "${intent.flow}" (known: ${options.knownFlows.join(', ')})`);
    }
    checkRefs(k, file, intent);
  }
}

function checkMessages(k: Knowledge): void {
  const file = 'knowledge/messages.yaml';
  const m = k.messages;
  m.welcome.topics.forEach((id, i) => requireId(k.intents, id, file, `welcome.topics[${i}]`, 'intent'));
  m.fallback.contacts.forEach((id, i) => requireId(k.contacts, id, file, `fallback.contacts[${i}]`, 'contact'));
  for (const [topic, ids] of Object.entries(m.handoff.byTopic)) {
    ids.forEach((id, i) => requireId(k.contacts, id, file, `handoff.byTopic.${topic}[${i}]`, 'contact'));
  }
}
