import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { testConfig } from './config';

/**
 * A channel stand-in for HTTP-level tests: serves the Bot Connector "reply to activity" endpoint that
 * the bot posts replies to, and records every reply by conversation.
 */
export class CaptureChannel {
  private readonly replies = new Map<string, Partial<Activity>[]>();
  private readonly waiters: Array<() => void> = [];
  private server?: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Replies received so far for a conversation, without the Emulator's debugging traces. */
  received(conversationId: string): Partial<Activity>[] {
    return (this.replies.get(conversationId) ?? []).filter((a) => a.type !== 'trace');
  }

  /** Waits until a conversation has at least `count` replies (or fails after `timeoutMs`). */
  async waitFor(conversationId: string, count: number, timeoutMs = 5000): Promise<Partial<Activity>[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received(conversationId).length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} replies, got ${this.received(conversationId).length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.received(conversationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    // restify patches http.ServerResponse in this process, so only the plainest calls are used here.
    if (req.method !== 'POST' || !match) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>;
    const id = decodeURIComponent(match[1]);
    this.replies.set(id, [...this.received(id), activity]);
    res.statusCode = 200;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: randomUUID() }));
    this.waiters.splice(0).forEach((wake) => wake());
  }
}

/** The real service on an ephemeral port, and a capture channel for its replies. */
export interface HttpBot {
  app: App;
  baseUrl: string;
  channel: CaptureChannel;
  /** Posts an activity to /api/messages, filling in the Bot Framework envelope. */
  post(activity: Partial<Activity>, headers?: Record<string, string>): Promise<Response>;
  /** Sends a message in a conversation and waits for the replies it produces. */
  ask(conversationId: string, text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  stop(): Promise<void>;
}

/** Starts the service and a capture channel; call stop() in afterAll. */
export async function startHttpBot(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<HttpBot> {
  const channel = new CaptureChannel();
  await channel.start();
  const app = createApp(testConfig(env), overrides);
  const port = await app.listen();
  const baseUrl = `http://127.0.0.1:${port}`;
  const post = (activity: Partial<Activity>, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(envelope(activity, channel.url)),
    });
  return {
    app,
    baseUrl,
    channel,
    post,
    async ask(conversationId, text, extra = {}) {
      const before = channel.received(conversationId).length;
      const res = await post({ type: 'message', text, conversation: { id: conversationId } as Activity['conversation'], ...extra });
      if (!res.ok) throw new Error(`POST /api/messages answered ${res.status}`);
      await new Promise((r) => setTimeout(r, 20));
      return channel.received(conversationId).slice(before);
    },
    async stop() {
      await app.close();
      await channel.stop();
    },
  };
}

/** Fills the fields every Bot Framework activity carries. */
export function envelope(activity: Partial<Activity>, serviceUrl: string): Partial<Activity> {
  return {
    id: randomUUID(),
    channelId: 'emulator',
    serviceUrl,
    timestamp: new Date(),
    from: { id: 'user-1', name: 'Test User' },
    recipient: { id: 'bot-1', name: 'Bot' },
    conversation: { id: `conv-${randomUUID()}` } as Activity['conversation'],
    ...activity,
  };
}
