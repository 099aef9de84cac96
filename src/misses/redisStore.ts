import type Redis from 'ioredis';
import { parseMiss, type Miss, type MissStore } from './types';

/** Keeps misses in a Redis list, trimmed to the newest `limit`, so several bot instances share one. */
export class RedisMissStore implements MissStore {
  constructor(
    private readonly client: Redis,
    private readonly key: string,
    private readonly limit = 50_000,
  ) {}

  async record(miss: Miss): Promise<void> {
    const results = await this.client.multi().rpush(this.key, JSON.stringify(miss)).ltrim(this.key, -this.limit, -1).exec();
    const failed = results?.find(([err]) => err !== null);
    if (failed?.[0]) throw failed[0];
  }

  async list(): Promise<Miss[]> {
    const lines = await this.client.lrange(this.key, 0, -1);
    return lines.flatMap((line) => {
      const miss = parseMiss(line);
      return miss ? [miss] : [];
    });
  }

  async close(): Promise<void> {
    if (this.client.status !== 'end') await this.client.quit().catch(() => this.client.disconnect());
  }
}
