import { startHttpBot, type HttpBot } from '../support/httpBot';

describe('POST /api/messages without an app id (Emulator mode)', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => bot.stop());

  it('answers GET /healthz with 200 once listening', async () => {
    const res = await fetch(`${bot.baseUrl}/healthz`);
    expect(res.status).toBe(200);
  });

  it('accepts an activity without a token and replies to its serviceUrl', async () => {
    const replies = await bot.ask('conv-proto-1', 'what is blue button');
    expect(replies).toHaveLength(1);
    expect(replies[0].type).toBe('message');
    expect(replies[0].replyToId).toBeDefined();
  });

  it('returns the replies in the response body for deliveryMode expectReplies', async () => {
    const res = await bot.post({ type: 'message', text: 'hi', deliveryMode: 'expectReplies' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ type: string }> };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(body.activities[0].type).toBe('message');
  });

  it('refuses a body that is not an activity with 400', async () => {
    const res = await fetch(`${bot.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"hello":',
    });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/messages with an app id', () => {
  let bot: HttpBot;
  beforeAll(async () => {
    bot = await startHttpBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => bot.stop());

  it('refuses a request without a token with 401', async () => {
    const res = await bot.post({ type: 'message', text: 'hi' });
    expect(res.status).toBe(401);
  });

  it('refuses a request with a forged token with 401', async () => {
    const res = await bot.post({ type: 'message', text: 'hi' }, { authorization: 'Bearer abc.def.ghi' });
    expect(res.status).toBe(401);
  });
});
