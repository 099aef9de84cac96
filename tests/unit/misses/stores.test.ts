import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { FileMissStore } from '../../../src/misses/fileStore';
import { MemoryMissStore } from '../../../src/misses/memoryStore';
import { RedisMissStore } from '../../../src/misses/redisStore';
import type { Miss, MissStore } from '../../../src/misses/types';

/** Every miss store keeps what it is given, in order, and reads back only well-formed misses. */
const misses: Miss[] = [
  { at: '2026-11-26T16:00:00.000Z', kind: 'fallback', text: 'is there a blue button app', channel: 'webchat', conversation: 'a1', confidence: 0.1 },
  { at: '2026-11-26T16:01:00.000Z', kind: 'suggest', text: 'sharing', channel: 'msteams', conversation: 'b2', candidates: ['vhie_what'], confidence: 0.4 },
  { at: '2026-11-26T16:02:00.000Z', kind: 'unhelpful', text: 'what is blue button', channel: 'webchat', conversation: 'c3', intentId: 'bb_what' },
];

async function roundTrip(store: MissStore): Promise<void> {
  for (const miss of misses) await store.record(miss);
  expect(await store.list()).toEqual(misses);
}

describe('miss stores', () => {
  it('memory', async () => {
    await roundTrip(new MemoryMissStore());
  });

  describe('file (JSON lines)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'misses-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('appends one miss a line, creating its folder', async () => {
      await roundTrip(new FileMissStore(path.join(dir, 'data', 'misses.jsonl')));
    });

    it('reads nothing from a file not written yet, and skips lines that are not misses', async () => {
      const file = path.join(dir, 'misses.jsonl');
      const store = new FileMissStore(file);
      expect(await store.list()).toEqual([]);
      await store.record(misses[0]);
      appendFileSync(file, 'not json\n{"kind":"fallback"}\n');
      await store.record(misses[1]);
      expect(await store.list()).toEqual(misses.slice(0, 2));
    });
  });

  describe('redis (127.0.0.1:6379)', () => {
    const key = `test:misses:${randomUUID()}`;
    let client: Redis;
    beforeAll(() => {
      client = new Redis('redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
    });
    afterAll(async () => {
      await client.del(key);
      await client.quit();
    });

    it('keeps misses in a list', async () => {
      await roundTrip(new RedisMissStore(client, key));
    });

    it('keeps only the newest when a limit is set', async () => {
      const small = new RedisMissStore(client, `${key}:small`, 2);
      for (const miss of misses) await small.record(miss);
      expect(await small.list()).toEqual(misses.slice(1));
      await client.del(`${key}:small`);
    });
  });
});
