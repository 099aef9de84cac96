/**
 * Run by `npm run bench` in a fresh Node process (compiled, as `npm start` runs): how long from the
 * process starting until the matcher answers its first message. Prints one JSON line of timings (ms).
 */
import { PROJECT_ROOT } from '../src/paths';

const sinceStart = (): number => performance.now();

const boot = sinceStart();
/* eslint-disable @typescript-eslint/no-require-imports -- timing the module loading itself */
const { loadKnowledge } = require('../src/knowledge/load') as typeof import('../src/knowledge/load');
const { KnowledgeMatcher } = require('../src/matcher/knowledgeMatcher') as typeof import('../src/matcher/knowledgeMatcher');
/* eslint-enable @typescript-eslint/no-require-imports */
const modules = sinceStart();
const knowledge = loadKnowledge(`${PROJECT_ROOT}/knowledge`);
const loaded = sinceStart();
const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
const built = sinceStart();
matcher.match('how do i stop sharing my records');
const ready = sinceStart();

process.stdout.write(
  `${JSON.stringify({
    node: boot,
    modules: modules - boot,
    knowledge: loaded - modules,
    build: built - loaded,
    firstMatch: ready - built,
    fromRequire: ready - boot,
    fromProcessStart: ready,
  })}\n`,
);
