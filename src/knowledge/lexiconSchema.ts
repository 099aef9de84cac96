import { z } from 'zod';

/**
 * The matcher's domain lexicon (knowledge/lexicon.yaml): phrases people use for the same thing,
 * rewritten to one canonical term before matching, and number words spelled out.
 */
export const LexiconSchema = z.strictObject({
  synonyms: z
    .array(
      z.strictObject({
        canonical: z.string().min(1),
        variants: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
  numbers: z.record(z.string().min(1), z.string().regex(/^\d+$/)),
  /** Words too common to carry meaning in this domain; dropped before scoring. */
  stopwords: z.array(z.string().min(1)),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
