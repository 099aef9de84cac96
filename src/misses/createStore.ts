import Redis from 'ioredis';
import type { Config } from '../config';
import type { Logger } from '../logging/logger';
import { FileMissStore } from './fileStore';
import { MemoryMissStore } from './memoryStore';
import { RedisMissStore } from './redisStore';
import type { MissStore } from './types';

/** The Redis list misses are kept in. */
export const MISSES_REDIS_KEY = 'va-records-assistant:misses';

/** The miss store the configuration names: a JSON-lines file (default), memory, or Redis. */
export function createMissStore(settings: Config['misses'], logger: Logger): MissStore {
  switch (settings.store) {
    case 'memory':
      return new MemoryMissStore();
    case 'file':
      return new FileMissStore(settings.file);
    case 'redis': {
      const client = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
      // Without a listener ioredis reports a lost connection as an uncaught error.
      client.on('error', (err: Error) => logger.warn({ error: err.message }, 'miss store: redis unavailable'));
      return new RedisMissStore(client, MISSES_REDIS_KEY);
    }
  }
}
