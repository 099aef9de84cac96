import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';

/**
 * A transcript test as data (tests/transcripts/*.yaml): one conversation, turn by turn. Expected
 * replies name knowledge (keys into knowledge/flows.yaml or messages.yaml, intent, contact, answer and
 * procedure ids) rather than copying sentences, so a wording edit does not break the tests.
 */
const Id = z.string().min(1);

export const ExpectedReplySchema = z.strictObject({
  /** Knowledge keys ("flows.bb_eligibility.intro", "common.help", "messages.handoff.intro"): each must show. */
  says: z.array(Id).optional(),
  /** Exactly these buttons, in order: answer ids from flows.yaml, or intent ids (their titles). */
  buttons: z.array(Id).optional(),
  /** Each contact's card: name, number (as a tel: link), TTY, hours and open-now status. */
  contacts: z.array(Id).optional(),
  /** This intent's answer. */
  answer: Id.optional(),
  /** A step of a procedure: [procedure id, step number from 1]. */
  step: z.tuple([Id, z.number().int().min(1)]).optional(),
  /** Links offered (ids in knowledge/links.yaml): the label shows and the address is a link. */
  links: z.array(Id).optional(),
  /** Forms named (ids in knowledge/forms.yaml): the number shows and the download is a link. */
  forms: z.array(Id).optional(),
  /** Accounts' next steps (ids in knowledge/accounts.yaml), with their links. */
  accounts: z.array(Id).optional(),
  /** Literal text that must show (for open/closed statuses, which depend on the clock and zone). */
  text: z.array(z.string().min(1)).optional(),
  /** Knowledge keys that must not show. */
  lacks: z.array(Id).optional(),
});

const TurnSchema = z.union([
  /** The person opens the chat (conversationUpdate). */
  z.strictObject({ join: z.literal(true), bot: z.array(ExpectedReplySchema) }),
  /** The person types this. */
  z.strictObject({ user: z.string(), bot: z.array(ExpectedReplySchema) }),
  /** The person presses a button on the last reply that had buttons: an answer id or an intent id. */
  z.strictObject({ press: Id, bot: z.array(ExpectedReplySchema) }),
]);

export const TranscriptSchema = z.strictObject({
  description: z.string().min(1),
  /** The fixed instant the conversation happens at (default: a weekday morning, every line open). */
  clock: z.string().datetime().optional(),
  /** The person's time zone, as Web Chat sends it (localTimezone). */
  zone: z.string().optional(),
  /** The channel: test (text, suggested actions), webchat / directline / emulator (cards), msteams (card buttons). */
  channel: z.enum(['test', 'webchat', 'directline', 'emulator', 'msteams']).default('test'),
  turns: z.array(TurnSchema).min(1),
});

export type ExpectedReply = z.infer<typeof ExpectedReplySchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type Transcript = z.infer<typeof TranscriptSchema> & { file: string };

export const TRANSCRIPT_DIR = path.join(__dirname, '..', '..', 'transcripts');

/** Every transcript file, parsed and checked; a malformed file fails with its name and the field. */
export function loadTranscripts(dir = TRANSCRIPT_DIR): Transcript[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      let raw: unknown;
      try {
        raw = parseYaml(readFileSync(path.join(dir, file), 'utf8'));
      } catch (err) {
        throw new Error(`tests/transcripts/${file}: not valid YAML: ${(err as Error).message}`, { cause: err });
      }
      const parsed = TranscriptSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`tests/transcripts/${file}: ${issue.path.join('.')}: ${issue.message}`);
      }
      return { ...parsed.data, file };
    });
}
