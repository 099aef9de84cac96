import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMiss, type Miss, type MissStore } from './types';

/** Appends misses to a JSON-lines file (one miss a line), creating its folder on the first write. */
export class FileMissStore implements MissStore {
  private ready?: Promise<unknown>;

  constructor(private readonly file: string) {}

  async record(miss: Miss): Promise<void> {
    this.ready ??= mkdir(path.dirname(this.file), { recursive: true });
    await this.ready;
    await appendFile(this.file, `${JSON.stringify(miss)}\n`, 'utf8');
  }

  async list(): Promise<Miss[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return text.split('\n').flatMap((line) => {
      const miss = line.trim() ? parseMiss(line) : undefined;
      return miss ? [miss] : [];
    });
  }

  async close(): Promise<void> {}
}
