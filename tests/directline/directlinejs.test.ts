import { ConnectionStatus, DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import type { AjaxCreationMethod, AjaxRequest, AjaxResponse } from 'rxjs/observable/dom/AjaxObservable';
import { startHttpBot, type HttpBot } from '../support/httpBot';

/**
 * The real botframework-directlinejs client (what Web Chat runs) against our endpoint, in Node.
 * Node has no XMLHttpRequest, so the client's own `ajax` service hook is given a fetch-based
 * implementation that answers the way rxjs's ajax does: { status, response, xhr } or an error with
 * `status`. Every request is recorded, so the test also pins the protocol sequence.
 */
function fetchAjax(log: string[]): AjaxCreationMethod {
  const create = (urlOrRequest: string | AjaxRequest): Observable<AjaxResponse> =>
    new Observable<AjaxResponse>((subscriber) => {
      const request: AjaxRequest = typeof urlOrRequest === 'string' ? { url: urlOrRequest } : urlOrRequest;
      const controller = new AbortController();
      const url = request.url ?? '';
      log.push(`${request.method ?? 'GET'} ${new URL(url).pathname}${new URL(url).search}`);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      fetch(url, { method: request.method, headers: request.headers as Record<string, string>, body, signal: controller.signal })
        .then(async (res) => {
          const text = await res.text();
          const xhr = { getResponseHeader: (name: string) => res.headers.get(name) };
          const reply = { status: res.status, response: text ? (JSON.parse(text) as unknown) : null, xhr };
          if (res.ok) {
            subscriber.next(reply as unknown as AjaxResponse);
            subscriber.complete();
          } else {
            subscriber.error(reply);
          }
        })
        .catch((err: unknown) => {
          if (!controller.signal.aborted) subscriber.error({ status: 0, error: err });
        });
      return () => controller.abort();
    });
  const unused = (): never => {
    throw new Error('directlinejs only calls ajax(request)');
  };
  return Object.assign(create, { get: unused, post: unused, put: unused, patch: unused, delete: unused, getJSON: unused });
}

/** Stands in for the WebSocket class the client never uses when polling. */
class NoWebSocket {
  constructor() {
    throw new Error('these tests poll; no WebSocket should be opened');
  }
}

/** The activity an activity replies to (directlinejs's types leave replyToId out). */
function replyToOf(activity: Activity): string | undefined {
  return 'replyToId' in activity && typeof activity.replyToId === 'string' ? activity.replyToId : undefined;
}

/** The conversation id, read from the polling requests the client made. */
function conversationOf(log: string[]): string {
  const poll = log.find((l) => l.includes('/activities?watermark='));
  return /conversations\/([^/]+)\/activities/.exec(poll ?? '')?.[1] ?? '';
}

function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (value !== undefined) resolve(value);
      else if (Date.now() > deadline) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(check, 25);
    };
    check();
  });
}

function connect(bot: HttpBot, token: string, log: string[], conversationId?: string): { dl: DirectLine; seen: Activity[]; statuses: ConnectionStatus[] } {
  const dl = new DirectLine({
    token,
    conversationId,
    domain: `${bot.baseUrl}/v3/directline`,
    webSocket: false,
    pollingInterval: 200,
    ajax: fetchAjax(log),
    // Node 20 has no global WebSocket, and the client looks one up even when told to poll.
    WebSocket: NoWebSocket as unknown as typeof WebSocket,
  });
  const seen: Activity[] = [];
  const statuses: ConnectionStatus[] = [];
  // The client reports failures and end() as errors on these streams; the tests read the statuses.
  const ignore = () => undefined;
  dl.activity$.subscribe((a) => seen.push(a), ignore);
  dl.connectionStatus$.subscribe((s) => statuses.push(s), ignore);
  return { dl, seen, statuses };
}

async function pageToken(bot: HttpBot): Promise<string> {
  const res = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
  return ((await res.json()) as { token: string }).token;
}

describe('botframework-directlinejs against the self-hosted Direct Line (polling)', () => {
  let bot: HttpBot;
  const open: DirectLine[] = [];
  beforeAll(async () => {
    bot = await startHttpBot();
  });
  afterAll(async () => {
    open.forEach((dl) => dl.end());
    await new Promise((r) => setTimeout(r, 300));
    await bot.stop();
  });

  it('starts, receives the welcome, posts a message, gets its echo and the reply, and polls with watermarks', async () => {
    const log: string[] = [];
    const { dl, seen } = connect(bot, await pageToken(bot), log);
    open.push(dl);
    await waitFor(() => seen.find((a) => a.from.role === 'bot'), 'the welcome');

    const id = await new Promise<string>((resolve, reject) => {
      const message: Message = { type: 'message', from: { id: 'web-user' }, text: 'what is blue button' };
      dl.postActivity(message).subscribe(resolve, reject);
    });
    const echo = await waitFor(() => seen.find((a) => a.id === id), 'the echo');
    expect(echo.from.role).toBe('user');
    await waitFor(() => seen.find((a) => replyToOf(a) === id), 'the reply');

    const conversation = log[0];
    expect(conversation).toBe('POST /v3/directline/conversations');
    expect(log[1]).toBe(`GET /v3/directline/conversations/${conversationOf(log)}/activities?watermark=`);
    const posts = log.filter((l) => l.startsWith('POST') && l.endsWith('/activities'));
    expect(posts).toHaveLength(1);
    const watermarks = log.filter((l) => l.includes('activities?watermark=')).map((l) => l.split('watermark=')[1]);
    expect(watermarks[0]).toBe('');
    expect(watermarks.filter((w) => w !== '').map(Number).every((w, i, all) => i === 0 || w >= all[i - 1])).toBe(true);
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
  });

  it('reconnects to a conversation by id (as after a reload) and gets its history again', async () => {
    const token = await pageToken(bot);
    const firstLog: string[] = [];
    const first = connect(bot, token, firstLog);
    open.push(first.dl);
    await waitFor(() => first.seen.find((a) => a.from.role === 'bot'), 'the welcome');
    const conversationId = conversationOf(firstLog);
    first.dl.end();

    const refreshed = await fetch(`${bot.baseUrl}/v3/directline/tokens/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const log: string[] = [];
    const again = connect(bot, ((await refreshed.json()) as { token: string }).token, log, conversationId);
    open.push(again.dl);
    const welcome = await waitFor(() => again.seen.find((a) => a.from.role === 'bot'), 'the history');
    expect(welcome.id).toBe(first.seen.find((a) => a.from.role === 'bot')?.id);
    expect(log[0]).toBe(`GET /v3/directline/conversations/${conversationId}?watermark=`);
  });

  it('fails to connect with a bad token (403)', async () => {
    const { dl, statuses } = connect(bot, 'bad-token', []);
    open.push(dl);
    await waitFor(() => statuses.find((s) => s === ConnectionStatus.FailedToConnect), 'FailedToConnect');
  });
});
