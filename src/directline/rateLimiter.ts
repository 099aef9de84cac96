import type { Clock } from '../clock';

/** The verdict on one request: allowed, or refused with the seconds to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per key (a conversation, a client address): up to `perMinute` requests at once,
 * refilled evenly over a minute. Full buckets are forgotten, so memory stays proportional to the keys
 * that were busy in the last minute.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  take(key: string): RateDecision {
    const now = this.clock.now().getTime();
    if (this.buckets.size > 10_000) this.forgetFull(now);
    const bucket = this.refill(this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now }, now);
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const msPerToken = 60_000 / this.perMinute;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * msPerToken) / 1000)) };
    }
    this.buckets.set(key, { tokens: bucket.tokens - 1, updatedAt: now });
    return { allowed: true };
  }

  private refill(bucket: Bucket, now: number): Bucket {
    const earned = ((now - bucket.updatedAt) / 60_000) * this.perMinute;
    return { tokens: Math.min(this.perMinute, bucket.tokens + earned), updatedAt: now };
  }

  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refill(bucket, now).tokens >= this.perMinute) this.buckets.delete(key);
    }
  }
}
