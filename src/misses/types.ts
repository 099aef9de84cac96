import { z } from 'zod';

/**
 * A message the bot could not answer well, kept (redacted) so it can become a new example phrasing:
 *   fallback       nothing matched
 *   suggest        a low-confidence match: "Did you mean…?" was asked
 *   none_of_these  "None of these" was pressed after "Did you mean…?"
 *   unhelpful      "No, this didn't help" was pressed under an answer
 */
export const MissSchema = z.object({
  at: z.string(),
  kind: z.enum(['fallback', 'suggest', 'none_of_these', 'unhelpful']),
  /** The question, with identifiers already replaced by placeholders. */
  text: z.string(),
  channel: z.string(),
  /** The conversation id, hashed. */
  conversation: z.string(),
  /** The intent whose answer was marked unhelpful. */
  intentId: z.string().optional(),
  /** The intents "Did you mean…?" offered. */
  candidates: z.array(z.string()).optional(),
  confidence: z.number().optional(),
});

export type Miss = z.infer<typeof MissSchema>;
export type MissKind = Miss['kind'];

/** Where misses are kept: memory (tests), a JSON-lines file (the default) or Redis. */
export interface MissStore {
  record(miss: Miss): Promise<void>;
  /** Every miss kept, oldest first. */
  list(): Promise<Miss[]>;
  /** Releases files or connections. */
  close(): Promise<void>;
}

/** Reads one stored line; a line that is not a miss (a torn write, a hand edit) is skipped. */
export function parseMiss(line: string): Miss | undefined {
  try {
    const parsed = MissSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
