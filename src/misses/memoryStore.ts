import type { Miss, MissStore } from './types';

/** Keeps misses in memory, for tests and for running without any storage. */
export class MemoryMissStore implements MissStore {
  private readonly misses: Miss[] = [];

  async record(miss: Miss): Promise<void> {
    this.misses.push(miss);
  }

  async list(): Promise<Miss[]> {
    return [...this.misses];
  }

  async close(): Promise<void> {}
}
