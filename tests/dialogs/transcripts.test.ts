import type { Activity } from 'botbuilder';
import { visibleText } from './support/activityView';
import { BotClient } from './support/botClient';
import { ReplyChecks } from './support/replyChecks';
import { loadTranscripts, type Transcript, type Turn } from './support/transcriptFile';

/**
 * Runs every conversation in tests/transcripts/ against the real bot (createAssistant with a fixed
 * clock) through botbuilder's TestAdapter: each turn's replies must match the transcript, in number
 * and in content.
 */
const transcripts = loadTranscripts();

function describeTurn(turn: Turn): string {
  if ('join' in turn) return '(joins)';
  if ('press' in turn) return `[presses ${turn.press}]`;
  return `"${turn.user}"`;
}

async function play(client: BotClient, checks: ReplyChecks, turn: Turn): Promise<Array<Partial<Activity>>> {
  if ('join' in turn) return client.join();
  if ('press' in turn) return client.press(checks.buttonTitle(turn.press));
  return client.say(turn.user);
}

async function run(transcript: Transcript): Promise<void> {
  const client = new BotClient({ channel: transcript.channel, zone: transcript.zone, clock: transcript.clock });
  const checks = new ReplyChecks(client);
  for (const [index, turn] of transcript.turns.entries()) {
    const where = `turn ${index + 1} ${describeTurn(turn)}`;
    try {
      const replies = await play(client, checks, turn);
      if (replies.length !== turn.bot.length) {
        const shown = replies.map((r, i) => `#${i + 1}: ${visibleText(r)}`).join('\n');
        throw new Error(`expected ${turn.bot.length} replies, got ${replies.length}\n${shown}`);
      }
      turn.bot.forEach((expected, i) => {
        try {
          checks.check(replies[i], expected);
        } catch (err) {
          throw new Error(`reply ${i + 1}: ${(err as Error).message}`, { cause: err });
        }
      });
    } catch (err) {
      throw new Error(`${transcript.file}, ${where}: ${(err as Error).message}`, { cause: err });
    }
  }
}

describe('dialog transcripts (tests/transcripts)', () => {
  it('has transcripts to run', () => {
    expect(transcripts.length).toBeGreaterThan(0);
  });

  it.each(transcripts.map((t) => [t.file, t.description, t] as const))('%s: %s', async (_file, _description, transcript) => {
    await run(transcript);
  });
});
