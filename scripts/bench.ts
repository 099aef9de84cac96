/**
 * `npm run bench`: how fast the matcher is with the full knowledge, compiled as `npm start` runs it.
 *   start-up: fresh processes, each timing process start → modules → knowledge read and checked →
 *             matcher built → first answer (the median of several runs, with the spread);
 *   speed:    classifications per second on one thread over a realistic mix (every dev and held-out
 *             message, repeated), and p50/p99 latency per classification.
 * Numbers only; nothing is asserted. The machine's load average is printed with them, since
 * wall-clock figures suffer when other processes share the machine.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/load';
import { KnowledgeMatcher } from '../src/matcher/knowledgeMatcher';
import { PROJECT_ROOT } from '../src/paths';
import { loadSplit } from '../tests/nlu/dataset';

const STARTUP_RUNS = 9;
const fmt = (x: number, digits = 1): string => x.toFixed(digits);

type Probe = Record<'node' | 'modules' | 'knowledge' | 'build' | 'firstMatch' | 'fromRequire' | 'fromProcessStart', number>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function startup(): string[] {
  const probe = path.join(__dirname, 'startupProbe.js');
  const runs: Probe[] = Array.from({ length: STARTUP_RUNS }, () =>
    JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as Probe,
  );
  const m = (key: keyof Probe) => median(runs.map((r) => r[key]));
  const ready = runs.map((r) => r.fromRequire).sort((a, b) => a - b);
  return [
    `start-up to a ready matcher (median of ${STARTUP_RUNS} fresh processes): ${fmt(m('fromRequire'))} ms ` +
      `[min ${fmt(ready[0])}, max ${fmt(ready[ready.length - 1])}]`,
    `  modules ${fmt(m('modules'))} ms, knowledge read and checked ${fmt(m('knowledge'))} ms, ` +
      `matcher built ${fmt(m('build'))} ms, first answer ${fmt(m('firstMatch'))} ms`,
    `  (plus ${fmt(m('node'))} ms of Node's own start before our first line runs)`,
  ];
}

function speed(): string[] {
  const knowledge = loadKnowledge(path.join(PROJECT_ROOT, 'knowledge'));
  const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
  const texts = [...loadSplit('dev'), ...loadSplit('heldout')].map((e) => e.text);
  for (let i = 0; i < 3; i++) texts.forEach((t) => matcher.match(t));
  const total = 200_000;
  const start = performance.now();
  for (let i = 0; i < total; i++) matcher.match(texts[i % texts.length]);
  const perSecond = total / ((performance.now() - start) / 1000);
  const samples = new Float64Array(50_000);
  for (let i = 0; i < samples.length; i++) {
    const s = process.hrtime.bigint();
    matcher.match(texts[i % texts.length]);
    samples[i] = Number(process.hrtime.bigint() - s) / 1000;
  }
  samples.sort();
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  const examples = [...knowledge.intents.values()].reduce((n, i) => n + i.examples.length, 0);
  return [
    `knowledge: ${knowledge.intents.size} intents, ${examples} example phrasings; mix: ${texts.length} dev + held-out messages`,
    `throughput: ${Math.round(perSecond).toLocaleString('en-US')} classifications/s (one thread, ${total.toLocaleString('en-US')} calls)`,
    `latency per classification: p50 ${fmt(at(0.5))} µs, p99 ${fmt(at(0.99))} µs`,
  ];
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
process.stdout.write(`machine: ${cpus().length} cores, load average ${load}\n`);
process.stdout.write(`${[...startup(), ...speed()].join('\n')}\n`);
