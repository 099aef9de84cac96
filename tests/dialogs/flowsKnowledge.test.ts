import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FLOW_IDS } from '../../dialogs/flowIds';
import { createAssistant } from '../../src/app';
import { loadFlowWording } from '../../src/knowledge/flowsSchema';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load';
import { testConfig } from '../support/config';

/**
 * knowledge/flows.yaml is checked at start-up: against its schema, and every id and placeholder it
 * names against the other knowledge files. Errors name the file and the field.
 */
const source = testConfig().knowledgeDir;

/** A copy of the knowledge folder with one edit to one file. */
function withEdit(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'flows-knowledge-'));
  cpSync(source, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing`);
  writeFileSync(target, after);
  return dir;
}

function errorOf(load: () => unknown): KnowledgeError {
  try {
    load();
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeError');
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function flowsError(edit: (text: string) => string): KnowledgeError {
  const dir = withEdit('flows.yaml', edit);
  dirs.push(dir);
  return errorOf(() => loadFlowWording(dir, loadKnowledge(dir, { knownFlows: FLOW_IDS })));
}

describe('knowledge/flows.yaml', () => {
  it('loads, and names every flow the dialogs provide', () => {
    const flows = loadFlowWording(source, loadKnowledge(source, { knownFlows: FLOW_IDS }));
    expect(Object.keys(flows.flows).sort()).toEqual([...FLOW_IDS].sort());
  });

  it.each([
    [
      'a placeholder naming an unknown contact',
      (t: string) => t.replace('the {contact:mhv_help_desk} can help."', 'the {contact:nobody} can help."'),
      'flows.bb_eligibility.summary.eligible',
      'no contact with id "nobody"',
    ],
    ['an unknown placeholder kind', (t: string) => t.replace('{formAka:stop_sharing} ({form:stop_sharing}) to the', '{fax:roi_office} to the'), 'flows.stop_sharing.routes.mail.summary', 'unknown placeholder kind "fax"'],
    ['an unknown account', (t: string) => t.replace('basic: mhv_basic', 'basic: mhv_bronze'), 'account.families.mhv.types.basic', 'no account with id "mhv_bronze"'],
    ['an unknown procedure', (t: string) => t.replace('procedure: vhie_revoke_online', 'procedure: vhie_revoke_by_fax'), 'flows.stop_sharing.routes.online.procedure', 'no procedure'],
    ['an unknown contact for a flow', (t: string) => t.replace('contacts: [mhv_help_desk]', 'contacts: [mhv_front_desk]'), 'flows.bb_eligibility.contacts[0]', 'no contact'],
    ['a missing answer', (t: string) => t.replace(/\n {2}done:\n {4}label: Done\n {4}synonyms: \[[^\]]*\]/, ''), 'answers.done', ''],
    ['an answer misspelt (named by its misspelt key)', (t: string) => t.replace('  in_person:\n    label', '  in_persn:\n    label'), 'answers.in_persn', 'in_person'],
    ['a missing re-prompt', (t: string) => t.replace(/\n +retry: "Is your DS Logon account[^\n]*/, ''), 'account.families.dslogon.retry', ''],
  ])('fails on %s, naming the file and field', (_case, edit, field, detail) => {
    const error = flowsError(edit);
    expect(error.file).toBe('knowledge/flows.yaml');
    expect(error.field).toBe(field);
    expect(error.message).toContain(detail);
  });

  it('stops the assistant starting when flows.yaml is wrong', () => {
    const dir = withEdit('flows.yaml', (t) => t.replace('procedure: vhie_signup_online', 'procedure: nowhere'));
    dirs.push(dir);
    expect(() => createAssistant(testConfig({ KNOWLEDGE_DIR: dir }))).toThrow('knowledge/flows.yaml: flows.vhie_signup.routes.online.procedure');
  });

  it('fails start-up when a flow intent names a flow the dialogs do not provide', () => {
    const dir = withEdit(path.join('intents', 'flows.yaml'), (t) => t.replace('flow: stop_sharing', 'flow: stop_sharing_by_fax'));
    dirs.push(dir);
    const error = errorOf(() => loadKnowledge(dir, { knownFlows: FLOW_IDS }));
    expect(error.field).toBe('flow');
    expect(error.message).toContain('no flow with id "stop_sharing_by_fax"');
  });
});
