/**
 * `npm run bench`: how fast the matcher is with the full knowledge. Reports start-up to a ready
 * matcher (module loading, reading the knowledge, building the matcher; the build alone too),
 * classifications per second on one core over a realistic mix (every dev and held-out message,
 * repeated), and p50/p99 latency per classification. Numbers only; nothing is asserted.
 * Wall-clock figures suffer when other processes share the machine, so the load average is printed
 * with them.
 */
import { cpus, loadavg } from 'node:os';
import path from 'node:path';

const ms = (from: number): number => performance.now() - from;
const fmt = (x: number, digits = 1): string => x.toFixed(digits);

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { loadKnowledge } = await import('../src/knowledge/load');
  const { KnowledgeMatcher } = await import('../src/matcher/knowledgeMatcher');
  const importMs = ms(t0);
  const t1 = performance.now();
  const knowledge = loadKnowledge(path.join(__dirname, '..', 'knowledge'));
  const loadMs = ms(t1);
  const t2 = performance.now();
  const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
  const constructMs = ms(t2);
  const readyMs = ms(t0);
  const warmBuilds = Array.from({ length: 5 }, () => {
    const t = performance.now();
    KnowledgeMatcher.fromKnowledge(knowledge);
    return ms(t);
  }).sort((a, b) => a - b);

  const { loadSplit } = await import('../tests/nlu/dataset');
  const texts = [...loadSplit('dev'), ...loadSplit('heldout')].map((e) => e.text);
  for (let i = 0; i < 3; i++) texts.forEach((t) => matcher.match(t));

  const total = 200_000;
  const tRun = performance.now();
  for (let i = 0; i < total; i++) matcher.match(texts[i % texts.length]);
  const perSecond = total / (ms(tRun) / 1000);

  const samples = new Float64Array(50_000);
  for (let i = 0; i < samples.length; i++) {
    const text = texts[i % texts.length];
    const s = process.hrtime.bigint();
    matcher.match(text);
    samples[i] = Number(process.hrtime.bigint() - s) / 1000;
  }
  samples.sort();

  const intents = knowledge.intents.size;
  const examples = [...knowledge.intents.values()].reduce((n, i) => n + i.examples.length, 0);
  const lines = [
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `knowledge: ${intents} intents, ${examples} example phrasings; mix: ${texts.length} dev + held-out messages`,
    `start-up to ready matcher: ${fmt(readyMs)} ms (modules ${fmt(importMs)} ms via tsx, knowledge ${fmt(loadMs)} ms, build ${fmt(constructMs)} ms)`,
    `build alone, warm: median ${fmt(warmBuilds[2])} ms`,
    `throughput: ${Math.round(perSecond).toLocaleString('en-US')} classifications/s (one thread, ${total.toLocaleString('en-US')} calls)`,
    `latency per classification: p50 ${fmt(percentile(samples, 0.5), 1)} µs, p99 ${fmt(percentile(samples, 0.99), 1)} µs`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
