import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import type { LabelledText } from '../../src/matcher/training';
import { PROJECT_ROOT } from '../../src/paths';

const DatasetSchema = z.strictObject({
  examples: z.array(z.strictObject({ text: z.string(), intent: z.string().min(1) })).min(1),
});

/** The labelled NLU sets, tests/nlu/<split>.yaml. */
export type Split = 'dev' | 'heldout';

/** Where the labelled sets live (found from the project root, so compiled scripts find them too). */
export const NLU_DIR = path.join(PROJECT_ROOT, 'tests', 'nlu');

/** Reads one labelled split as `{ text, intentId }` pairs; throws naming the file when it is malformed. */
export function loadSplit(split: Split, dir = NLU_DIR): LabelledText[] {
  const file = path.join(dir, `${split}.yaml`);
  const result = DatasetSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data.examples.map((e) => ({ text: e.text, intentId: e.intent }));
}

/** A cheap deterministic hash, so fold assignment does not depend on file order or Math.random. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Splits examples into `k` folds, stable across runs: ordered by hash, dealt out like cards per intent. */
export function kFolds<T extends LabelledText>(examples: readonly T[], k: number): T[][] {
  const folds: T[][] = Array.from({ length: k }, () => []);
  const byIntent = new Map<string, T[]>();
  for (const e of examples) byIntent.set(e.intentId, [...(byIntent.get(e.intentId) ?? []), e]);
  let next = 0;
  for (const id of [...byIntent.keys()].sort()) {
    const items = (byIntent.get(id) ?? []).slice().sort((a, b) => hash(a.text) - hash(b.text));
    for (const item of items) folds[next++ % k].push(item);
  }
  return folds;
}

/**
 * Splits labelled messages into those whose normalised text is also a training text (leaked: a
 * duplicate tests memory, not understanding) and those that are unseen.
 */
export function separateLeaked<T extends LabelledText>(
  examples: readonly T[],
  trainingTexts: Iterable<string>,
  normalise: (text: string) => string,
): { leaked: T[]; unseen: T[] } {
  const training = new Set([...trainingTexts].map(normalise));
  const leaked = examples.filter((e) => training.has(normalise(e.text)));
  return { leaked, unseen: examples.filter((e) => !leaked.includes(e)) };
}
