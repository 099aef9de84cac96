import type { Activity } from 'botbuilder';
import type { Clock } from '../clock';

/** One page of a conversation's transcript, as GET …/activities returns it. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  /** Pass back as `?watermark=` to get only what came after. */
  watermark: string;
}

interface Conversation {
  readonly id: string;
  /** Activities kept (the newest `maxActivities`); `dropped` older ones are gone. */
  readonly activities: Partial<Activity>[];
  dropped: number;
  /** No token for this conversation is valid after this moment (epoch ms), so it can be forgotten. */
  validUntil: number;
  /** Turns run one at a time per conversation, in the order they were posted. */
  queue: Promise<unknown>;
}

/** Limits that keep the in-memory store bounded. */
export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
}

/**
 * The self-hosted Direct Line's transcripts, in memory. Every activity gets an id
 * `conversationId|0000042` and a timestamp; its position is the watermark clients poll from. A
 * conversation is forgotten once no token for it can still be valid.
 */
export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: StoreLimits = { maxConversations: 5000, maxActivities: 1000 },
  ) {}

  has(id: string): boolean {
    return this.live(id) !== undefined;
  }

  /**
   * Starts a conversation. Returns false when it already existed, and throws StoreFullError when the
   * store holds as many live conversations as it may.
   */
  open(id: string, validUntil: number): boolean {
    if (this.live(id)) return false;
    if (this.conversations.size >= this.limits.maxConversations) this.sweep();
    if (this.conversations.size >= this.limits.maxConversations) throw new StoreFullError();
    this.conversations.set(id, { id, activities: [], dropped: 0, validUntil, queue: Promise.resolve() });
    return true;
  }

  /** Records that a token valid until `validUntil` was issued for the conversation. */
  extend(id: string, validUntil: number): void {
    const c = this.live(id);
    if (c && validUntil > c.validUntil) c.validUntil = validUntil;
  }

  /** Adds an activity, giving it its id and timestamp; returns the stored copy. */
  append(id: string, activity: Partial<Activity>): Partial<Activity> {
    const c = this.require(id);
    const sequence = c.dropped + c.activities.length;
    const stored: Partial<Activity> = {
      ...activity,
      id: `${id}|${String(sequence).padStart(7, '0')}`,
      timestamp: this.clock.now(),
      conversation: { ...activity.conversation, id } as Activity['conversation'],
    };
    c.activities.push(stored);
    if (c.activities.length > this.limits.maxActivities) {
      c.activities.shift();
      c.dropped += 1;
    }
    return stored;
  }

  /** Activities after `watermark` (all of them when it is empty or not a number). */
  since(id: string, watermark: string | undefined): ActivitySet {
    const c = this.require(id);
    const total = c.dropped + c.activities.length;
    const from = watermark !== undefined && /^\d+$/.test(watermark) ? Math.min(Number(watermark), total) : 0;
    return { activities: c.activities.slice(Math.max(0, from - c.dropped)), watermark: String(total) };
  }

  /** Runs `work` after every turn queued before it in the same conversation. */
  serialise<T>(id: string, work: () => Promise<T>): Promise<T> {
    const c = this.require(id);
    const result = c.queue.then(work, work);
    c.queue = result.catch(() => undefined);
    return result;
  }

  private live(id: string): Conversation | undefined {
    const c = this.conversations.get(id);
    if (c && c.validUntil <= this.clock.now().getTime()) {
      this.conversations.delete(id);
      return undefined;
    }
    return c;
  }

  private require(id: string): Conversation {
    const c = this.live(id);
    if (!c) throw new Error(`no conversation "${id}"`);
    return c;
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [id, c] of this.conversations) if (c.validUntil <= now) this.conversations.delete(id);
  }
}

/** The store is at its limit of live conversations. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
}
