import type { Clock } from '../../src/clock';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { DirectLineClient, userMessage, type ActivitySet } from './client';

/** Polls until a conversation holds at least `count` activities. */
async function pollUntil(dl: DirectLineClient, token: string, id: string, count: number): Promise<ActivitySet> {
  for (let i = 0; i < 50; i += 1) {
    const res = await dl.poll(token, id);
    if (res.body.activities.length >= count) return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`conversation ${id} never reached ${count} activities`);
}

describe('the self-hosted Direct Line (/v3/directline)', () => {
  let bot: HttpBot;
  let dl: DirectLineClient;
  beforeAll(async () => {
    bot = await startHttpBot();
    dl = new DirectLineClient(bot.baseUrl);
  });
  afterAll(async () => bot.stop());

  it('generates a token for a new conversation without any secret', async () => {
    const res = await dl.generate();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 1800 });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('starts the conversation (201, no streamUrl) and the welcome is waiting at watermark 0', async () => {
    const { body: generated } = await dl.generate();
    const started = await dl.start(generated.token);
    expect(started.status).toBe(201);
    expect(started.body.conversationId).toBe(generated.conversationId);
    expect(started.body).not.toHaveProperty('streamUrl');
    const polled = await dl.poll(generated.token, generated.conversationId);
    expect(polled.status).toBe(200);
    expect(polled.body.watermark).toBe('1');
    const [welcome] = polled.body.activities;
    expect(welcome).toMatchObject({ type: 'message', from: { role: 'bot' }, id: `${generated.conversationId}|0000000` });
    expect(welcome.replyToId).toBeUndefined();
    expect(welcome.attachments?.length).toBeGreaterThan(0);
    expect(welcome).not.toHaveProperty('serviceUrl');
    expect((await dl.start(generated.token)).status).toBe(200);
  });

  it('echoes the user activity with the token user and returns only new activities after a watermark', async () => {
    const c = await dl.open();
    const first = await dl.poll(c.token, c.conversationId);
    const posted = await dl.post(c.token, c.conversationId, userMessage('what is blue button', { localTimezone: 'America/Denver' }));
    expect(posted.status).toBe(200);
    expect(posted.body.id).toBe(`${c.conversationId}|0000001`);
    const next = await dl.poll(c.token, c.conversationId, first.body.watermark);
    const [echo, ...replies] = next.body.activities;
    expect(echo).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: 'what is blue button',
      from: { role: 'user', name: 'Test' },
      channelData: { clientActivityID: 'c-what is blue button' },
      localTimezone: 'America/Denver',
    });
    expect(echo.from?.id).toMatch(/^dl_/);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((r) => r.replyToId === posted.body.id && r.from?.role === 'bot')).toBe(true);
    expect(Number(next.body.watermark)).toBe(1 + next.body.activities.length);
    expect((await dl.poll(c.token, c.conversationId, next.body.watermark)).body.activities).toEqual([]);
  });

  it('answers a webchat/join event without welcoming twice', async () => {
    const c = await dl.open();
    await dl.post(c.token, c.conversationId, { type: 'event', name: 'webchat/join', value: {} });
    const all = await dl.poll(c.token, c.conversationId);
    expect(all.body.activities.filter((a) => a.from?.role === 'bot')).toHaveLength(1);
  });

  it('refreshes a token for the same conversation, and reconnects with a fresh one', async () => {
    const c = await dl.open();
    const refreshed = await dl.refresh(c.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(c.conversationId);
    expect(refreshed.body.token).not.toBe(c.token);
    const reconnected = await dl.reconnect(refreshed.body.token, c.conversationId, '0');
    expect(reconnected.status).toBe(200);
    expect(reconnected.body).toMatchObject({ conversationId: c.conversationId, token: expect.any(String) });
    expect((await dl.poll(reconnected.body.token, c.conversationId)).body.activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['no token', undefined],
    ['a made-up token', 'not-a-token'],
    ['a forged token', 'eyJjIjoiYSJ9.c2lnbmF0dXJl'],
  ])('refuses %s with 403', async (_what, token) => {
    const c = await dl.open();
    expect((await dl.start(token)).status).toBe(403);
    expect((await dl.call('POST', '/tokens/refresh', token)).status).toBe(403);
    const polled = await dl.call('GET', `/conversations/${c.conversationId}/activities`, token);
    expect(polled.status).toBe(403);
    expect(polled.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect((await dl.call('POST', `/conversations/${c.conversationId}/activities`, token, userMessage('hi'))).status).toBe(403);
  });

  it("refuses another conversation's token with 403: each conversation is visible only to its own", async () => {
    const mine = await dl.open();
    const theirs = await dl.open();
    expect((await dl.poll(theirs.token, mine.conversationId)).status).toBe(403);
    expect((await dl.post(theirs.token, mine.conversationId, userMessage('hi'))).status).toBe(403);
    expect((await dl.reconnect(theirs.token, mine.conversationId)).status).toBe(403);
  });

  it('answers 404 for a conversation that was never started', async () => {
    const { body } = await dl.generate();
    expect((await dl.poll(body.token, body.conversationId)).status).toBe(404);
    expect((await dl.reconnect(body.token, body.conversationId)).status).toBe(404);
  });

  it('refuses an activity that is not one with 400', async () => {
    const c = await dl.open();
    expect((await dl.post(c.token, c.conversationId, { type: 'invoke', name: 'x' })).status).toBe(400);
    expect((await dl.post(c.token, c.conversationId, { text: 'no type' })).status).toBe(400);
  });

  it('serves the page its token from /api/directline/token', async () => {
    const res = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; conversationId: string; expiresIn: number };
    expect(body).toEqual({ token: expect.any(String), conversationId: expect.any(String), expiresIn: 1800 });
    expect((await dl.start(body.token)).status).toBe(201);
  });

  it('keeps each message next to its replies when two are posted at once (turns run one at a time)', async () => {
    const c = await dl.open();
    await Promise.all(['what is blue button', 'what is vhie'].map((t) => dl.post(c.token, c.conversationId, userMessage(t))));
    const all = await pollUntil(dl, c.token, c.conversationId, 5);
    const users = all.activities.filter((a) => a.from?.role === 'user');
    for (const u of users) {
      const at = all.activities.indexOf(u);
      expect(all.activities[at + 1]?.replyToId).toBe(u.id);
    }
  });
});

describe('Direct Line limits', () => {
  let now = Date.parse('2026-11-26T16:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  let bot: HttpBot;
  let dl: DirectLineClient;
  beforeAll(async () => {
    bot = await startHttpBot(
      { DIRECT_LINE_MAX_MESSAGE_BYTES: '1024', DIRECT_LINE_MESSAGES_PER_MINUTE: '2', DIRECT_LINE_TOKENS_PER_MINUTE: '200', DIRECT_LINE_TOKEN_LIFETIME_SECONDS: '1200' },
      { clock },
    );
    dl = new DirectLineClient(bot.baseUrl);
  });
  afterAll(async () => bot.stop());

  it('refuses a message larger than DIRECT_LINE_MAX_MESSAGE_BYTES with 413', async () => {
    const c = await dl.open();
    const res = await dl.post(c.token, c.conversationId, userMessage('x'.repeat(2000)));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: 'MessageSizeTooBig', message: expect.stringContaining('1024') } });
  });

  it('refuses more than DIRECT_LINE_MESSAGES_PER_MINUTE with 429 and Retry-After', async () => {
    const c = await dl.open();
    expect((await dl.post(c.token, c.conversationId, userMessage('hi'))).status).toBe(200);
    expect((await dl.post(c.token, c.conversationId, userMessage('hi'))).status).toBe(200);
    const limited = await dl.post(c.token, c.conversationId, userMessage('hi'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await dl.open();
    expect((await dl.post(other.token, other.conversationId, userMessage('hi'))).status).toBe(200);
  });

  it('refuses an expired token with 403, and a refreshed one keeps the conversation going', async () => {
    const c = await dl.open();
    now += 1000 * 1000;
    const refreshed = await dl.refresh(c.token);
    expect(refreshed.status).toBe(200);
    now += 300 * 1000;
    expect((await dl.poll(c.token, c.conversationId)).status).toBe(403);
    expect((await dl.refresh(c.token)).status).toBe(403);
    expect((await dl.poll(refreshed.body.token, c.conversationId)).status).toBe(200);
  });
});
