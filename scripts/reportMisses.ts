import { loadConfig } from '../src/config';
import { readKnowledgeFile } from '../src/knowledge/load';
import { LexiconSchema } from '../src/knowledge/lexiconSchema';
import { createLogger } from '../src/logging/logger';
import { clusterMisses } from '../src/misses/cluster';
import { createMissStore } from '../src/misses/createStore';
import { formatMissReport } from '../src/misses/report';

/**
 * `npm run report:misses`: reads the configured miss store (MISSES_STORE) and prints the questions
 * the bot could not answer well, grouped by similarity, ready to become example phrasings.
 * Options: --threshold=0.5 (how alike a group's phrasings are, 0 to 1), --json (the groups as JSON).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.split('=')[1] ?? '0.5');
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new Error('--threshold must be a number above 0, up to 1');
  const config = loadConfig();
  const store = createMissStore(config.misses, createLogger('warn'));
  try {
    const lexicon = readKnowledgeFile(config.knowledgeDir, 'lexicon.yaml', LexiconSchema);
    const ignore = new Set([...lexicon.stopwords, ...(lexicon.functionWords ?? [])]);
    const groups = clusterMisses(await store.list(), { ignore, threshold });
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(groups, null, 2)}\n` : formatMissReport(groups));
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`Cannot report misses: ${err.message}\n`);
  process.exit(1);
});
