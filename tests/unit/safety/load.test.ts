import { rmSync } from 'node:fs';
import { loadKnowledge } from '../../../src/knowledge/load';
import { loadSafety, publicNumbersOf } from '../../../src/safety/load';
import { brokenKnowledge, KNOWLEDGE_DIR, type KnowledgeEdit } from '../../support/knowledgeCopy';

/** knowledge/safety.yaml is checked on load, and a mistake names the file and the field. */
describe('loading knowledge/safety.yaml', () => {
  const knowledge = loadKnowledge(KNOWLEDGE_DIR);

  it('loads, with every number and link in the replies taken from contacts and links', () => {
    const safety = loadSafety(KNOWLEDGE_DIR, knowledge);
    expect(safety.crisis.reply).toContain('{phone:veterans_crisis_line}');
    expect(safety.crisis.reply).toContain('{text:veterans_crisis_line}');
    expect(safety.crisis.reply).toContain('{link:crisis_chat}');
    expect(safety.emergency.reply).toContain('{phone:emergency}');
    expect(safety.crisis.reply).not.toMatch(/\d/);
    expect(safety.emergency.reply).not.toMatch(/\d/);
  });

  it('lists the public numbers the bot gives out, so typing one back is not personal', () => {
    const numbers = publicNumbersOf(knowledge);
    const line = knowledge.contacts.get('veterans_crisis_line');
    expect(numbers).toContain(line?.phone?.dial);
    expect(numbers).toContain(line?.text?.dial);
  });

  it.each<[string, KnowledgeEdit, string]>([
    ['an unknown class', { file: 'safety.yaml', find: '- cutting @self', replace: '- cutting @selves' }, 'knowledge/safety.yaml: crisis.patterns'],
    ['an unknown contact', { file: 'safety.yaml', find: 'contacts: [emergency]', replace: 'contacts: [ambulance]' }, 'knowledge/safety.yaml: emergency.contacts[0]'],
    ['an unknown placeholder', { file: 'safety.yaml', find: '{link:crisis_chat}', replace: '{link:crisis_web}' }, 'knowledge/safety.yaml: crisis'],
    ['an unknown intent', { file: 'safety.yaml', find: 'followUps: [bb_access_records', replace: 'followUps: [bb_nothing' }, 'knowledge/safety.yaml: privacy.followUps[0]'],
    ['a typo with punctuation', { file: 'safety.yaml', find: 'suicde: suicide', replace: "suic'de: suicide" }, 'knowledge/safety.yaml: spelling.typos'],
  ])('stops on %s, naming the field', (_what, edit, message) => {
    const dir = brokenKnowledge(edit);
    try {
      expect(() => loadSafety(dir, loadKnowledge(dir))).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
