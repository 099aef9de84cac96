import { ConversationStore, StoreFullError } from '../../src/directline/conversations';
import { RateLimiter } from '../../src/directline/rateLimiter';
import type { Clock } from '../../src/clock';

function movableClock(): Clock & { advance(ms: number): void } {
  let now = Date.parse('2026-11-26T16:00:00Z');
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

describe('ConversationStore', () => {
  it('numbers activities and returns only those after a watermark', () => {
    const clock = movableClock();
    const store = new ConversationStore(clock);
    store.open('c1', clock.now().getTime() + 60_000);
    const first = store.append('c1', { type: 'message', text: 'one' });
    store.append('c1', { type: 'message', text: 'two' });
    expect(first.id).toBe('c1|0000000');
    expect(store.since('c1', '').activities.map((a) => a.text)).toEqual(['one', 'two']);
    expect(store.since('c1', '1')).toEqual({ activities: [expect.objectContaining({ text: 'two', id: 'c1|0000001' })], watermark: '2' });
    expect(store.since('c1', '2')).toEqual({ activities: [], watermark: '2' });
    expect(store.since('c1', '99').activities).toEqual([]);
  });

  it('keeps only the newest activities but keeps watermarks counting', () => {
    const clock = movableClock();
    const store = new ConversationStore(clock, { maxConversations: 10, maxActivities: 3 });
    store.open('c1', clock.now().getTime() + 60_000);
    for (let i = 0; i < 5; i += 1) store.append('c1', { type: 'message', text: String(i) });
    expect(store.since('c1', '').activities.map((a) => a.text)).toEqual(['2', '3', '4']);
    expect(store.since('c1', '3').activities.map((a) => a.text)).toEqual(['3', '4']);
    expect(store.since('c1', '').watermark).toBe('5');
  });

  it('forgets a conversation once no token for it can be valid, and refuses new ones when full', () => {
    const clock = movableClock();
    const store = new ConversationStore(clock, { maxConversations: 1, maxActivities: 10 });
    store.open('c1', clock.now().getTime() + 1000);
    expect(() => store.open('c2', clock.now().getTime() + 1000)).toThrow(StoreFullError);
    store.extend('c1', clock.now().getTime() + 5000);
    clock.advance(2000);
    expect(store.has('c1')).toBe(true);
    clock.advance(3000);
    expect(store.has('c1')).toBe(false);
    expect(store.open('c2', clock.now().getTime() + 1000)).toBe(true);
  });

  it('runs the turns of one conversation one after another', async () => {
    const clock = movableClock();
    const store = new ConversationStore(clock);
    store.open('c1', clock.now().getTime() + 60_000);
    const order: string[] = [];
    const slow = store.serialise('c1', async () => {
      await new Promise((r) => setTimeout(r, 30));
      order.push('slow');
    });
    const fast = store.serialise('c1', async () => {
      order.push('fast');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow', 'fast']);
  });
});

describe('RateLimiter', () => {
  it('allows a burst of perMinute, then asks to wait, then refills', () => {
    const clock = movableClock();
    const limiter = new RateLimiter(3, clock);
    expect([1, 2, 3].map(() => limiter.take('k').allowed)).toEqual([true, true, true]);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('other').allowed).toBe(true);
    clock.advance(20_000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });
});
