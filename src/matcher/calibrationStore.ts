import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a fitted calibration is kept between starts. Fitting scores a sample of the training
 * phrasings as if unseen, which is most of the matcher's start-up work; the result depends only on
 * the training texts and the tuning, so it is reused while those are unchanged.
 */
export interface CalibrationStore {
  read(key: string): readonly number[] | undefined;
  write(key: string, coefficients: readonly number[]): void;
}

/** The matcher's own code, so a change to how it scores refits the calibration too. */
function matcherCode(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(__dirname).sort()) {
    if (/\.(js|ts)$/.test(file)) hash.update(readFileSync(path.join(__dirname, file)));
  }
  return hash.digest('hex');
}

/** A key that changes whenever anything the calibration depends on changes: data, tuning or code. */
export function calibrationKey(parts: unknown): string {
  return createHash('sha256').update(matcherCode()).update(JSON.stringify(parts)).digest('hex');
}

interface Saved {
  key: string;
  coefficients: number[];
}

function isSaved(value: unknown): value is Saved {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Saved>;
  return typeof v.key === 'string' && Array.isArray(v.coefficients) && v.coefficients.every((c) => Number.isFinite(c));
}

/**
 * A JSON file holding the last calibration and its key. A missing, unreadable or stale file just
 * means the calibration is fitted again; failing to write only costs the next start the same work.
 */
export class FileCalibrationStore implements CalibrationStore {
  constructor(private readonly file: string) {}

  read(key: string): readonly number[] | undefined {
    try {
      const saved: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return isSaved(saved) && saved.key === key ? saved.coefficients : undefined;
    } catch {
      return undefined;
    }
  }

  write(key: string, coefficients: readonly number[]): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(this.file, JSON.stringify({ key, coefficients }));
    } catch {
      // A read-only disk: the calibration is simply fitted again next time.
    }
  }
}
