import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { DirectLineClient, userMessage } from './client';

describe('the self-hosted Direct Line with a MicrosoftAppId configured', () => {
  let bot: HttpBot;
  let dl: DirectLineClient;
  beforeAll(async () => {
    bot = await startHttpBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    dl = new DirectLineClient(bot.baseUrl);
  });
  afterAll(async () => bot.stop());

  it('runs turns in-process, so replies need no Azure AD token and no outbound call', async () => {
    const outbound = [jest.spyOn(https, 'request'), jest.spyOn(http, 'request')];
    try {
      const c = await dl.open();
      const posted = await dl.post(c.token, c.conversationId, userMessage('what is blue button'));
      expect(posted.status).toBe(200);
      const { body } = await dl.poll(c.token, c.conversationId);
      const replies = body.activities.filter((a) => a.replyToId === posted.body.id);
      expect(replies.length).toBeGreaterThan(0);
      expect(outbound.map((spy) => spy.mock.calls.length)).toEqual([0, 0]);
    } finally {
      outbound.forEach((spy) => spy.mockRestore());
    }
  });

  it('leaves /api/messages requiring a Bot Framework token', async () => {
    expect((await bot.post({ type: 'message', text: 'hi' })).status).toBe(401);
  });
});

/** A stand-in for Azure's Direct Line token endpoint, recording what it was sent. */
class FakeAzure {
  readonly seen: Array<{ url: string; authorization?: string; body: string }> = [];
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      this.seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
      res.statusCode = this.status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 }));
    });
  });
  status = 200;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v3/directline`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('with DIRECT_LINE_SECRET (Azure Direct Line)', () => {
  const secret = 'azure-direct-line-secret-for-tests';
  const azure = new FakeAzure();
  let bot: HttpBot;
  beforeAll(async () => {
    await azure.start();
    bot = await startHttpBot({ DIRECT_LINE_SECRET: secret, DIRECT_LINE_ENDPOINT: azure.url });
  });
  afterAll(async () => {
    await bot.stop();
    await azure.stop();
  });

  it('exchanges the secret server-side and gives the page only the token', async () => {
    const res = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: 'azure-token', conversationId: 'azure-conv', expiresIn: 3600 });
    expect(text).not.toContain(secret);
    const call = azure.seen.at(-1);
    expect(call?.url).toBe('/v3/directline/tokens/generate');
    expect(call?.authorization).toBe(`Bearer ${secret}`);
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ user: { id: expect.stringMatching(/^dl_/) } });
  });

  it('points the page at Azure and allows only that origin besides our own', async () => {
    const res = await fetch(`${bot.baseUrl}/`);
    const html = await res.text();
    expect(html).not.toContain(secret);
    expect(html).toContain(`"domain":"${azure.url}"`);
    expect(res.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(azure.url).origin}`);
  });

  it('does not mount the built-in Direct Line', async () => {
    expect((await new DirectLineClient(bot.baseUrl).generate()).status).toBe(404);
  });

  it('answers 502 without details when Azure refuses', async () => {
    azure.status = 403;
    const res = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
    azure.status = 200;
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain(secret);
  });
});
