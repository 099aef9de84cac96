import type { Activity } from 'botbuilder';

/** A Direct Line reply: the status, the JSON body and the headers. */
export interface DlResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Direct Line's conversation object. */
export interface Conversation {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** One poll's result. */
export interface ActivitySet {
  activities: Array<Partial<Activity> & { id: string }>;
  watermark: string;
}

/** A thin client for the self-hosted Direct Line, one call per endpoint, used by the HTTP tests. */
export class DirectLineClient {
  constructor(private readonly baseUrl: string) {}

  async call<T>(method: string, path: string, token?: string, body?: unknown): Promise<DlResponse<T>> {
    const headers: Record<string, string> = {};
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  generate(): Promise<DlResponse<Conversation>> {
    return this.call('POST', '/tokens/generate');
  }

  refresh(token: string): Promise<DlResponse<Conversation>> {
    return this.call('POST', '/tokens/refresh', token);
  }

  start(token: string | undefined): Promise<DlResponse<Conversation>> {
    return this.call('POST', '/conversations', token);
  }

  reconnect(token: string, conversationId: string, watermark = ''): Promise<DlResponse<Conversation>> {
    return this.call('GET', `/conversations/${conversationId}?watermark=${watermark}`, token);
  }

  poll(token: string, conversationId: string, watermark = ''): Promise<DlResponse<ActivitySet>> {
    return this.call('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, token);
  }

  post(token: string, conversationId: string, activity: unknown): Promise<DlResponse<{ id: string }>> {
    return this.call('POST', `/conversations/${conversationId}/activities`, token, activity);
  }

  /** Generates a token and starts its conversation. */
  async open(): Promise<Conversation> {
    const generated = await this.generate();
    const started = await this.start(generated.body.token);
    if (started.status !== 201) throw new Error(`POST /conversations answered ${started.status}`);
    return started.body;
  }
}

/** A message as Web Chat posts it. */
export function userMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', text, from: { id: 'ignored', name: 'Test' }, locale: 'en-US', channelData: { clientActivityID: `c-${text}` }, ...extra };
}
