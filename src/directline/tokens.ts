import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock';

/** What a self-hosted Direct Line token grants: one conversation, for one user, until a moment. */
export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
  /** Epoch milliseconds after which the token is refused. */
  readonly expiresAt: number;
}

/** A token as Direct Line hands it out. */
export interface IssuedToken {
  readonly token: string;
  /** Seconds until it expires (Direct Line's `expires_in`). */
  readonly expiresIn: number;
}

const Payload = z.strictObject({ c: z.string().min(1), u: z.string().min(1), e: z.number().int(), n: z.string() });

/**
 * Issues and checks the self-hosted Direct Line's tokens: `payload.signature`, where the payload
 * (conversation id, user id, expiry) is base64url JSON and the signature an HMAC-SHA256 of it. A token
 * therefore opens only the conversation it names, and nobody can mint one without the key. The key is
 * random per process unless DIRECT_LINE_TOKEN_SECRET is set (conversations live in memory anyway).
 */
export class TokenIssuer {
  constructor(
    private readonly key: Buffer,
    private readonly lifetimeSeconds: number,
    private readonly clock: Clock,
  ) {}

  /** A key for the issuer: the configured secret, or 32 random bytes. */
  static keyFrom(secret: string | undefined): Buffer {
    return secret === undefined ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const expiresAt = this.clock.now().getTime() + this.lifetimeSeconds * 1000;
    const payload = { c: conversationId, u: userId, e: Math.floor(expiresAt / 1000), n: randomBytes(6).toString('base64url') };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expiresIn: this.lifetimeSeconds };
  }

  /** The token's claims, or undefined when it is malformed, forged or expired. */
  verify(token: string): TokenClaims | undefined {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(body), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let parsed: z.infer<typeof Payload>;
    try {
      parsed = Payload.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      return undefined;
    }
    const expiresAt = parsed.e * 1000;
    if (expiresAt <= this.clock.now().getTime()) return undefined;
    return { conversationId: parsed.c, userId: parsed.u, expiresAt };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** A new random id for a conversation or a user, safe in URLs and in activity ids. */
export function newId(prefix = ''): string {
  return `${prefix}${randomBytes(16).toString('base64url').replace(/[-_]/g, 'x')}`;
}
