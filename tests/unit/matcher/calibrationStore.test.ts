import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../../src/knowledge/load';
import { FileCalibrationStore, type CalibrationStore } from '../../../src/matcher/calibrationStore';
import { KnowledgeMatcher } from '../../../src/matcher/knowledgeMatcher';
import { KNOWLEDGE_DIR } from '../../support/knowledgeCopy';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);

/** A store that remembers what was asked of it. */
class CountingStore implements CalibrationStore {
  reads = 0;
  writes = 0;
  constructor(private readonly inner: CalibrationStore) {}
  read(key: string) {
    this.reads += 1;
    return this.inner.read(key);
  }
  write(key: string, coefficients: readonly number[]) {
    this.writes += 1;
    this.inner.write(key, coefficients);
  }
}

describe('saved calibration', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'calibration-'));
    file = path.join(dir, 'nested', 'calibration.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const question = 'how do i stop sharing my records with my community doctor';

  it('is fitted and saved on the first start, then reused with identical confidences', () => {
    const first = new CountingStore(new FileCalibrationStore(file));
    const fresh = KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: first });
    expect(first.writes).toBe(1);
    const second = new CountingStore(new FileCalibrationStore(file));
    const reused = KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: second });
    expect(second.writes).toBe(0);
    expect(reused.match(question)).toEqual(fresh.match(question));
    expect(reused.match(question)).toEqual(KnowledgeMatcher.fromKnowledge(knowledge).match(question));
  });

  it('is fitted again when the training data changes', () => {
    KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: new FileCalibrationStore(file) });
    const changed = { ...knowledge.lexicon, outOfScope: [...(knowledge.lexicon.outOfScope ?? []), 'how do i fix my lawn mower'] };
    const store = new CountingStore(new FileCalibrationStore(file));
    new KnowledgeMatcher(knowledge.intents, changed, { facts: knowledge, calibrationStore: store });
    expect(store.writes).toBe(1);
  });

  it('is fitted again when the saved file is damaged', () => {
    KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: new FileCalibrationStore(file) });
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));
    const store = new CountingStore(new FileCalibrationStore(file));
    const matcher = KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: store });
    expect(store.writes).toBe(1);
    expect(matcher.match(question)[0].confidence).toBeGreaterThan(0);
  });
});
