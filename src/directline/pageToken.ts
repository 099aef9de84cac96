import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Logger } from '../logging/logger';
import type { RouteModule } from '../server';
import { clientAddress, guarded, sendJson } from './http';
import type { RateLimiter } from './rateLimiter';
import { DirectLineError, type DirectLineService } from './service';

/** Where the page asks for its Direct Line token. */
export const PAGE_TOKEN_PATH = '/api/directline/token';

/** What the page receives: a token only, never a secret. */
export interface PageToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

/** Mints a Direct Line token for one visitor of the page. */
export interface TokenSource {
  mint(): Promise<PageToken>;
}

/** Tokens from the Direct Line built into this server. */
export class SelfHostedTokenSource implements TokenSource {
  constructor(private readonly service: DirectLineService) {}

  mint(): Promise<PageToken> {
    const { token, conversationId, expires_in } = this.service.generateToken();
    return Promise.resolve({ token, conversationId, expiresIn: expires_in });
  }
}

const AzureTokenResponse = z.object({ token: z.string().min(1), conversationId: z.string().min(1), expires_in: z.number() });

/**
 * Tokens from Azure's Direct Line: the secret is exchanged server-side at `…/tokens/generate`, so it
 * never reaches the browser. Each visitor gets its own `dl_` user id (what Azure's enhanced
 * authentication expects).
 */
export class AzureTokenSource implements TokenSource {
  constructor(
    private readonly secret: string,
    private readonly endpoint: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async mint(): Promise<PageToken> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.endpoint}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('hex')}` } }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      throw new DirectLineError(502, 'BadGateway', `Direct Line could not be reached (${(err as Error).message}).`);
    }
    if (!res.ok) throw new DirectLineError(502, 'BadGateway', `Direct Line answered ${res.status} when asked for a token.`);
    const parsed = AzureTokenResponse.safeParse(await res.json());
    if (!parsed.success) throw new DirectLineError(502, 'BadGateway', 'Direct Line sent a token response that could not be read.');
    return { token: parsed.data.token, conversationId: parsed.data.conversationId, expiresIn: parsed.data.expires_in };
  }
}

/** POST /api/directline/token: a token for the page, limited per client address. */
export function pageTokenRoute(source: TokenSource, limiter: RateLimiter, logger: Logger): RouteModule {
  return (server) => {
    server.post(
      PAGE_TOKEN_PATH,
      guarded(logger, async (req, res) => {
        const decision = limiter.take(clientAddress(req));
        if (!decision.allowed) throw new DirectLineError(429, 'TooManyRequests', 'Too many tokens requested.', decision.retryAfterSeconds);
        try {
          sendJson(res, 200, await source.mint());
        } catch (err) {
          if (err instanceof DirectLineError) logger.warn({ status: err.status, reason: err.message }, 'direct line token refused');
          throw err;
        }
      }),
    );
  };
}
