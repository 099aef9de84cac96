import { z } from 'zod';
import { IdSchema } from '../knowledge/schema';

/** Schema of knowledge/safety.yaml: what is said, and the phrases that decide when, for each safety reply. */

const Text = z.string().min(1);
const Words = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'must be lower-case words without punctuation');

const DetectorSchema = z.strictObject({
  /** The reply, with {kind:id} placeholders for every number and link. */
  reply: Text,
  /** Contact cards shown under the reply. */
  contacts: z.array(IdSchema).min(1),
  /** Phrase patterns (see src/safety/phrasePattern.ts); any one matching answers the message. */
  patterns: z.array(Text).min(1),
  /** Figures of speech taken out before matching ("shot myself in the foot"). */
  except: z.array(Text).default([]),
});

export const SafetySchema = z.strictObject({
  crisis: DetectorSchema,
  emergency: DetectorSchema,
  privacy: z.strictObject({
    reply: Text,
    /** Intent ids offered as buttons when nothing but the identifier was sent. */
    followUps: z.array(IdSchema).default([]),
    /** Words that, with the identifiers taken out, still do not make a question ("my", "ssn", "is"). */
    fillerWords: z.array(Words).min(1),
  }),
  spelling: z.strictObject({
    /** Whole-word corrections in safety spelling; a value may be several words. */
    typos: z.record(Words, Words),
    /** Long words found again after a one-letter slip. */
    fuzzy: z.array(Words.refine((w) => w.length >= 5 && !w.includes(' '), 'must be one word of 5 letters or more')),
  }),
  /** Named lists of phrases that patterns refer to as @name. */
  classes: z.record(IdSchema, z.array(Words).min(1)),
});

export type SafetyFile = z.infer<typeof SafetySchema>;
