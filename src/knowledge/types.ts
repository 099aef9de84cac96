import type { z } from 'zod';
import type { Lexicon } from './lexiconSchema';
import type { Messages } from './messagesSchema';
import type {
  AccountSchema,
  BlockSchema,
  ContactSchema,
  FormSchema,
  HoursSchema,
  IntentSchema,
  LinkSchema,
  PhoneSchema,
  ProcedureSchema,
  TopicSchema,
  WeekdaySchema,
} from './schema';

/** Types of the loaded knowledge, inferred from the schemas so the two never drift apart. */
export type Weekday = z.infer<typeof WeekdaySchema>;
export type Hours = z.infer<typeof HoursSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Form = z.infer<typeof FormSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type { Lexicon, Messages };

/** Everything the bot knows, loaded once at start-up and then only read. */
export interface Knowledge {
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly links: ReadonlyMap<string, Link>;
  readonly forms: ReadonlyMap<string, Form>;
  readonly accounts: ReadonlyMap<string, Account>;
  readonly procedures: ReadonlyMap<string, Procedure>;
  readonly intents: ReadonlyMap<string, Intent>;
  readonly messages: Messages;
  readonly lexicon: Lexicon;
}
