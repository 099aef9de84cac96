/**
 * Run by `npm run bench` in a fresh Node process (compiled, as `npm start` runs): how long from the
 * process starting until the matcher answers its first message. Prints one JSON line of timings (ms).
 */

const sinceStart = (): number => performance.now();

const boot = sinceStart();
/* eslint-disable @typescript-eslint/no-require-imports -- timing the module loading itself */
const { loadKnowledge } = require('../src/knowledge/load') as typeof import('../src/knowledge/load');
const { KnowledgeMatcher } = require('../src/matcher/knowledgeMatcher') as typeof import('../src/matcher/knowledgeMatcher');
const { FileCalibrationStore } = require('../src/matcher/calibrationStore') as typeof import('../src/matcher/calibrationStore');
const { loadConfig } = require('../src/config') as typeof import('../src/config');
/* eslint-enable @typescript-eslint/no-require-imports */
const modules = sinceStart();
const config = loadConfig();
const knowledge = loadKnowledge(config.knowledgeDir);
const loaded = sinceStart();
// As the service builds it: with the calibration saved by the previous start.
const matcher = KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: new FileCalibrationStore(config.matcherCacheFile) });
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
