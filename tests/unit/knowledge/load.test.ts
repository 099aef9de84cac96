import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { KnowledgeError, loadKnowledge } from '../../../src/knowledge/load';
import { brokenKnowledge, KNOWLEDGE_DIR, type KnowledgeEdit } from '../../support/knowledgeCopy';

interface BrokenCase extends KnowledgeEdit {
  name: string;
  error: string;
}

const { cases } = parseYaml(readFileSync(path.join(__dirname, 'invalid-cases.yaml'), 'utf8')) as { cases: BrokenCase[] };

describe('knowledge loading', () => {
  it('loads the real knowledge without errors', () => {
    const k = loadKnowledge(KNOWLEDGE_DIR);
    expect(k.intents.size).toBeGreaterThan(0);
    expect(k.contacts.size).toBeGreaterThan(0);
  });

  it.each(cases)('fails with a clear message when $name', (c) => {
    const dir = brokenKnowledge(c);
    try {
      expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledge(dir)).toThrow(c.error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
