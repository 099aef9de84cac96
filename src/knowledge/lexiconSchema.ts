import { z } from 'zod';

/**
 * The matcher's domain lexicon (knowledge/lexicon.yaml): phrases people use for the same thing,
 * rewritten to one canonical term before matching, number words spelled as digits, words too common
 * to count, ordinary words that typo correction must leave alone, and examples of questions this
 * page does not answer (so the matcher learns what to decline, as Rasa's out_of_scope intent does).
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
  /** Grammar words (what, how, can, you): scored, but not evidence that a message is about the page. */
  functionWords: z.array(z.string().min(1)).optional(),
  /** Everyday words one letter away from a domain word ("bill" is not a typo for "fill"). */
  keep: z.array(z.string().min(1)).optional(),
  /** Questions from outside the page: other VA benefits and services, everyday topics. */
  outOfScope: z.array(z.string().min(1)).optional(),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
