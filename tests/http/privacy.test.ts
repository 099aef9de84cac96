import type { Activity } from 'botbuilder';
import { loadKnowledge } from '../../src/knowledge/load';
import { createLogger } from '../../src/logging/logger';
import { MemoryMissStore } from '../../src/misses/memoryStore';
import { piiSet } from '../safety/sets';
import { KNOWLEDGE_DIR } from '../support/knowledgeCopy';
import { startHttpBot, type HttpBot } from '../support/httpBot';

/**
 * Identifiers typed to the real service over HTTP, at the top level and inside every guided flow,
 * never come back in a reply, never reach a log line and never reach the miss store.
 */
const { identifiers } = piiSet();
const secrets = [...new Set(identifiers.map((c) => c.secret))];
const flowIntents = [...loadKnowledge(KNOWLEDGE_DIR).intents.values()].filter((i) => i.kind === 'flow').map((i) => i.id);
const inFlow = flowIntents.flatMap((flow) => identifiers.map((c) => [flow, c.text, c.secret] as const));

function replyText(replies: ReadonlyArray<Partial<Activity>>): string {
  return JSON.stringify(replies);
}

/**
 * The secret as a whole token: short ones ("6789") may turn up by chance inside a random id, hash or
 * timestamp ("…-6789-…", "a16789f"), which is not the identifier coming back.
 */
function asToken(secret: string): RegExp {
  return new RegExp(`(?<![\\w.-])${secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`);
}

describe('identifiers never reach replies, logs or the miss store', () => {
  let bot: HttpBot;
  const logLines: string[] = [];
  const misses = new MemoryMissStore();
  const allReplies: Array<Partial<Activity>> = [];
  let turns = 0;
  const conversation = () => `privacy-${++turns}`;

  beforeAll(async () => {
    const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
    bot = await startHttpBot({}, { logger, misses });
  });
  afterAll(async () => bot.stop());

  it.each(identifiers)('typed at the top level: "$text"', async ({ text, secret }) => {
    const replies = await bot.ask(conversation(), text);
    allReplies.push(...replies);
    expect(replies.length).toBeGreaterThan(0);
    expect(replyText(replies)).not.toMatch(asToken(secret));
  });

  it.each(inFlow)('typed inside the %s flow: "%s"', async (flowIntent, text, secret) => {
    const id = conversation();
    const started = await bot.ask(id, bot.app.assistant.replies.intentButton(flowIntent).value);
    expect(started.length).toBeGreaterThan(0);
    const answered = await bot.ask(id, text);
    allReplies.push(...started, ...answered);
    expect(replyText(answered)).not.toMatch(asToken(secret));
  });

  it('inside a flow, a message that is only an identifier gets the notice, and the question still waits', async () => {
    const start = bot.app.assistant.replies.intentButton('flow_bb_eligibility').value;
    const only = identifiers.find((c) => !c.question);
    if (!only) throw new Error('tests/safety/pii.yaml needs an identifier sent on its own');
    const shown = (replies: Array<Partial<Activity>>) => replies.map((r) => JSON.stringify([r.text, r.attachments, r.suggestedActions]));
    const [plain, interrupted] = [conversation(), conversation()];
    await bot.ask(plain, start);
    const expected = await bot.ask(plain, 'yes');
    await bot.ask(interrupted, start);
    const notice = await bot.ask(interrupted, only.text);
    const after = await bot.ask(interrupted, 'yes');
    allReplies.push(...notice, ...after);
    expect(notice).toHaveLength(1);
    expect(shown(after)).toEqual(shown(expected));
  });

  it('wrote a log line for every turn, with the conversation hashed and text only redacted', async () => {
    const turnsLogged = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'turn');
    expect(turnsLogged.length).toBeGreaterThanOrEqual(turns);
    for (const line of turnsLogged) {
      expect(String(line.conversation)).toMatch(/^[a-p]{16}$/);
      expect(line).toEqual(expect.objectContaining({ channel: 'emulator', latencyMs: expect.any(Number) }));
    }
    expect(turnsLogged.some((l) => Array.isArray(l.pii) && typeof l.text === 'string' && /\[\w+\]/.test(l.text))).toBe(true);
  });

  it.each(secrets)('"%s" appears in no reply, no log line and no recorded miss', async (secret) => {
    const recorded = JSON.stringify(await misses.list());
    expect(replyText(allReplies)).not.toMatch(asToken(secret));
    expect(logLines.join('\n')).not.toMatch(asToken(secret));
    expect(recorded).not.toMatch(asToken(secret));
  });

  it('never logs a conversation id as it came in', () => {
    const log = logLines.join('\n');
    for (let i = 1; i <= turns; i++) expect(log).not.toContain(`"privacy-${i}"`);
  });
});
