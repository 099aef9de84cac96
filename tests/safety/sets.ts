import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';

/** The labelled safety sets in this folder, checked on load so a typo in a set fails loudly. */

const Phrases = z.array(z.string().min(1)).min(1);

const PhraseSetSchema = z.strictObject({ should_trigger: Phrases, must_not_trigger: Phrases });

const IdentifierSchema = z.strictObject({
  text: z.string().min(1),
  secret: z.string().min(1),
  kind: z.enum(['ssn', 'dob', 'phone', 'email', 'id_number', 'card', 'address', 'name']),
  question: z.boolean(),
});

const PiiSetSchema = z.strictObject({
  identifiers: z.array(IdentifierSchema).min(1),
  quiet: z.array(z.strictObject({ text: z.string().min(1), secret: z.string().min(1) })).min(1),
  clean: Phrases,
});

export type PhraseSet = z.infer<typeof PhraseSetSchema>;
export type PiiSet = z.infer<typeof PiiSetSchema>;
export type IdentifierCase = z.infer<typeof IdentifierSchema>;

function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const result = schema.safeParse(parseYaml(readFileSync(path.join(__dirname, file), 'utf8')));
  if (!result.success) throw new Error(`tests/safety/${file}: ${result.error.issues[0].path.join('.')}: ${result.error.issues[0].message}`);
  return result.data;
}

export const crisisSet = (): PhraseSet => read('crisis.yaml', PhraseSetSchema);
export const emergencySet = (): PhraseSet => read('emergency.yaml', PhraseSetSchema);
export const piiSet = (): PiiSet => read('pii.yaml', PiiSetSchema);
