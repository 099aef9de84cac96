import type { Activity, ChannelAccount } from 'botbuilder';
import type { Clock } from '../clock';
import { ClientActivitySchema } from './activitySchema';
import type { BotConnection } from './botBridge';
import { StoreFullError, type ActivitySet, type ConversationStore } from './conversations';
import type { RateLimiter } from './rateLimiter';
import { newId, type TokenClaims, type TokenIssuer } from './tokens';

/** A refusal with the HTTP status and Direct Line error code a client expects. */
export class DirectLineError extends Error {
  override name = 'DirectLineError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Direct Line's conversation object (no streamUrl: clients poll). */
export interface ConversationInfo {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** The channel id the bot sees for self-hosted Direct Line conversations. */
export const CHANNEL_ID = 'directline';

/** The bot's account in every conversation. */
export const BOT_ACCOUNT: ChannelAccount = { id: 'va-records-assistant', role: 'bot' } as ChannelAccount;

/**
 * The Direct Line v3 protocol over the in-memory store: tokens, conversations, posting and polling.
 * HTTP-free, so routes.ts only maps requests and errors; every method that takes a token answers 403
 * when it is forged, expired or for another conversation, and 404 for a conversation never started.
 */
export class DirectLineService {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly store: ConversationStore,
    private readonly bot: BotConnection,
    private readonly messageLimiter: RateLimiter,
    private readonly maxMessageBytes: number,
    private readonly clock: Clock,
  ) {}

  /** POST /tokens/generate: a token for a new conversation and a new user. */
  generateToken(): ConversationInfo {
    return this.conversationInfo(newId(), newId('dl_'));
  }

  /** POST /tokens/refresh: a fresh token for the same conversation and user. */
  refreshToken(bearer: string | undefined): ConversationInfo {
    const claims = this.claims(bearer);
    return this.conversationInfo(claims.conversationId, claims.userId);
  }

  /** POST /conversations: starts the token's conversation (201) or returns it if started (200). */
  async startConversation(bearer: string | undefined): Promise<{ created: boolean; conversation: ConversationInfo }> {
    const claims = this.claims(bearer);
    let created: boolean;
    try {
      created = this.store.open(claims.conversationId, claims.expiresAt);
    } catch (err) {
      if (err instanceof StoreFullError) throw new DirectLineError(503, 'ServiceUnavailable', 'Too many conversations are open; try again later.', 60);
      throw err;
    }
    if (created) await this.store.serialise(claims.conversationId, () => this.runTurn(this.joinActivity(claims), false));
    const remaining = Math.max(0, Math.floor((claims.expiresAt - this.clock.now().getTime()) / 1000));
    return { created, conversation: { conversationId: claims.conversationId, token: bearer ?? '', expires_in: remaining } };
  }

  /** GET /conversations/:id: reconnects to a started conversation with a fresh token. */
  reconnect(bearer: string | undefined, conversationId: string): ConversationInfo {
    const claims = this.authorize(bearer, conversationId);
    return this.conversationInfo(conversationId, claims.userId);
  }

  /** GET /conversations/:id/activities: what happened after the watermark. */
  activities(bearer: string | undefined, conversationId: string, watermark: string | undefined): ActivitySet {
    this.authorize(bearer, conversationId);
    return this.store.since(conversationId, watermark);
  }

  /** POST /conversations/:id/activities: records the activity, runs the bot's turn, returns the id. */
  async postActivity(bearer: string | undefined, conversationId: string, body: unknown, bytes: number): Promise<{ id: string }> {
    const claims = this.authorize(bearer, conversationId);
    if (bytes > this.maxMessageBytes) {
      throw new DirectLineError(413, 'MessageSizeTooBig', `Activities may be at most ${this.maxMessageBytes} bytes.`);
    }
    const parsed = ClientActivitySchema.safeParse(body);
    if (!parsed.success) throw new DirectLineError(400, 'BadArgument', `Not a valid activity: ${parsed.error.issues[0].message}.`);
    const decision = this.messageLimiter.take(conversationId);
    if (!decision.allowed) {
      throw new DirectLineError(429, 'TooManyRequests', 'Too many activities; slow down.', decision.retryAfterSeconds);
    }
    const { from, ...fields } = parsed.data;
    const user = { id: claims.userId, ...(from?.name ? { name: from.name } : {}), role: 'user' } as ChannelAccount;
    return this.store.serialise(conversationId, async () => {
      const stored = this.store.append(conversationId, { ...fields, channelId: CHANNEL_ID, from: user, recipient: BOT_ACCOUNT } as Partial<Activity>);
      await this.runTurn(stored, true);
      return { id: stored.id ?? '' };
    });
  }

  /**
   * Delivers an activity and appends the replies. `inTranscript` says whether the trigger is in the
   * transcript: Web Chat holds back a reply whose replyToId it has not seen, so it is dropped otherwise.
   */
  private async runTurn(activity: Partial<Activity>, inTranscript: boolean): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    const replies = await this.bot.deliver(activity);
    for (const reply of replies) {
      const { serviceUrl: _s, deliveryMode: _d, callerId: _c, ...shown } = reply;
      this.store.append(conversationId, {
        ...shown,
        channelId: CHANNEL_ID,
        from: { ...BOT_ACCOUNT, ...reply.from, role: 'bot' },
        replyToId: inTranscript ? activity.id : undefined,
      });
    }
  }

  /** Direct Line's conversationUpdate when a conversation starts: the bot and the user join. */
  private joinActivity(claims: TokenClaims): Partial<Activity> {
    const user = { id: claims.userId, role: 'user' } as ChannelAccount;
    return {
      type: 'conversationUpdate',
      id: newId(),
      channelId: CHANNEL_ID,
      timestamp: this.clock.now(),
      conversation: { id: claims.conversationId } as Activity['conversation'],
      from: user,
      recipient: BOT_ACCOUNT,
      membersAdded: [BOT_ACCOUNT, user],
    };
  }

  private conversationInfo(conversationId: string, userId: string): ConversationInfo {
    const issued = this.tokens.issue(conversationId, userId);
    this.store.extend(conversationId, this.clock.now().getTime() + issued.expiresIn * 1000);
    return { conversationId, token: issued.token, expires_in: issued.expiresIn };
  }

  private claims(bearer: string | undefined): TokenClaims {
    const claims = bearer === undefined ? undefined : this.tokens.verify(bearer);
    if (!claims) throw new DirectLineError(403, 'TokenExpired', 'The token is missing, not valid, or expired.');
    return claims;
  }

  private authorize(bearer: string | undefined, conversationId: string): TokenClaims {
    const claims = this.claims(bearer);
    if (claims.conversationId !== conversationId) {
      throw new DirectLineError(403, 'BadArgument', 'This token is for another conversation.');
    }
    if (!this.store.has(conversationId)) throw new DirectLineError(404, 'BadArgument', 'Conversation not found.');
    return claims;
  }
}
