import { z } from 'zod';
import { IdSchema } from '../knowledge/schema';
import { KnowledgeError, readKnowledgeFile } from '../knowledge/load';
import type { Knowledge } from '../knowledge/types';

const Text = z.string().min(1);

/** The chat page's wording (knowledge/web.yaml). */
export const WebTextSchema = z.strictObject({
  /** The page's language tag (the html lang attribute and Web Chat's locale). */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en-US'),
  title: Text,
  heading: Text,
  intro: Text,
  skipLink: Text,
  chatLabel: Text,
  connecting: Text,
  unavailable: Text,
  noScript: Text,
  phoneHeading: Text,
  phoneContacts: z.array(IdSchema).min(1),
  callLabel: Text.refine((t) => t.includes('{{number}}'), 'must contain {{number}}'),
  webChat: z.strictObject({
    sendBoxPlaceholder: Text,
  }),
});

/** The chat page's wording. */
export type WebText = z.infer<typeof WebTextSchema>;

/** Loads knowledge/web.yaml and checks that every contact it lists exists and has a phone number. */
export function loadWebText(knowledgeDir: string, knowledge: Knowledge): WebText {
  const text = readKnowledgeFile(knowledgeDir, 'web.yaml', WebTextSchema);
  text.phoneContacts.forEach((id, i) => {
    const contact = knowledge.contacts.get(id);
    if (!contact) throw new KnowledgeError('knowledge/web.yaml', `phoneContacts[${i}]`, `no contact with id "${id}" in knowledge/contacts.yaml`);
    if (!contact.phone) throw new KnowledgeError('knowledge/web.yaml', `phoneContacts[${i}]`, `contact "${id}" has no phone`);
  });
  return text;
}
