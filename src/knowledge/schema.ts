import { z } from 'zod';

/** Schemas for the core knowledge files. Each file is checked on load; errors name the file and field. */

/** Ids are lower_snake_case so they read well in YAML and never collide with display text. */
export const IdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a lower_snake_case id');

/** A record that must have an entry for every key of the enum (zod 3's enum records are partial). */
export function completeRecord<K extends string, V extends z.ZodTypeAny>(keys: z.ZodEnum<[K, ...K[]]>, value: V) {
  return z
    .record(keys, value)
    .superRefine((r, ctx) => {
      for (const key of keys.options) {
        if (!(key in r)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: `"${key}" is missing` });
      }
    })
    .transform((r) => r as Record<K, z.infer<V>>);
}

export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "07:00"');

let zones: ReadonlySet<string> | undefined;

/**
 * True for a canonical IANA zone name ("America/Chicago"), from the runtime's own list. Asking for
 * the list costs a few milliseconds; building a formatter to test one zone costs ten times that.
 */
function isTimeZone(zone: string): boolean {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return zones.has(zone);
}

export const HoursSchema = z
  .strictObject({
    days: z.array(WeekdaySchema).min(1),
    open: TimeSchema,
    close: TimeSchema,
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as "America/Chicago"'),
    zoneLabel: z.string().min(1),
    zoneName: z.string().min(1),
  })
  .refine((h) => h.open < h.close, { message: 'open must be earlier than close', path: ['close'] });

/** A web address people can open safely: https only. */
const HttpsUrl = z.string().url('must be a web address').startsWith('https://', 'must be an https:// address');

export const PhoneSchema = z.strictObject({
  display: z.string().min(1),
  dial: z.string().regex(/^\+?\d{3,15}$/, 'must be digits, with a leading + for full numbers'),
  then: z.string().min(1).optional(),
});

export const ContactSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  about: z.string().min(1),
  phone: PhoneSchema.optional(),
  tty: PhoneSchema.optional(),
  text: PhoneSchema.optional(),
  hours: HoursSchema.optional(),
  web: IdSchema.optional(),
  alwaysOpen: z.boolean().optional(),
});

export const LinkSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  url: HttpsUrl,
});

export const FormSchema = z.strictObject({
  id: IdSchema,
  number: z.string().regex(/^VA Form \d{2}-\d{4}$/, 'must read like "VA Form 12-3456"'),
  title: z.string().min(1),
  alsoCalled: z.string().min(1).optional(),
  purpose: z.string().min(1),
  link: z.strictObject({ label: z.string().min(1), url: HttpsUrl }),
});

export const AccountSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  family: z.string().min(1).optional(),
  blueButtonFull: z.boolean(),
  vhieOnline: z.boolean(),
  nextStep: z.string().min(1).optional(),
  nextLink: IdSchema.optional(),
});

export const ProcedureSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  steps: z.array(z.string().min(1)).min(1),
  helpContact: IdSchema,
});

/** One piece of an answer: a paragraph, a heading, a bulleted list, or a numbered procedure by id. */
export const BlockSchema = z.union([
  z.string().min(1),
  z.strictObject({ heading: z.string().min(1) }),
  z.strictObject({ list: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ steps: IdSchema }),
]);

export const TopicSchema = z.enum(['blue_button', 'vhie', 'general']);

/**
 * One intent: the question's example phrasings and what the bot does about it, in one record.
 *   faq       answer blocks, contact cards and follow-up buttons
 *   flow      starts the guided flow named in `flow`
 *   smalltalk a short reply (greeting, thanks, goodbye, "can you see my records")
 *   welcome   the welcome message with the main topics
 *   handoff   "talk to a person": the phone lines for the topic at hand
 */
export const IntentSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['faq', 'flow', 'smalltalk', 'welcome', 'handoff']),
    topic: TopicSchema,
    title: z.string().min(1).max(40),
    question: z.string().min(1).optional(),
    examples: z.array(z.string().min(1)).min(5),
    answer: z.array(BlockSchema).min(1).optional(),
    contacts: z.array(IdSchema).optional(),
    followUps: z.array(IdSchema).optional(),
    flow: IdSchema.optional(),
  })
  .refine((i) => i.kind !== 'faq' || i.answer !== undefined, { message: 'a faq needs an answer', path: ['answer'] })
  .refine((i) => i.kind !== 'smalltalk' || i.answer !== undefined, {
    message: 'smalltalk needs an answer',
    path: ['answer'],
  })
  .refine((i) => i.kind !== 'flow' || i.flow !== undefined, { message: 'a flow intent names its flow', path: ['flow'] });

export const ContactsFileSchema = z.strictObject({ contacts: z.array(ContactSchema).min(1) });
export const LinksFileSchema = z.strictObject({ links: z.array(LinkSchema).min(1) });
export const FormsFileSchema = z.strictObject({ forms: z.array(FormSchema).min(1) });
export const AccountsFileSchema = z.strictObject({ accounts: z.array(AccountSchema).min(1) });
export const ProceduresFileSchema = z.strictObject({ procedures: z.array(ProcedureSchema).min(1) });
export const IntentsFileSchema = z.strictObject({ intents: z.array(IntentSchema).min(1) });
