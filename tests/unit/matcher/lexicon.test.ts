import type { Lexicon } from '../../../src/knowledge/types';
import { loadKnowledge } from '../../../src/knowledge/load';
import { CompiledLexicon } from '../../../src/matcher/lexicon';
import { tokenise } from '../../../src/matcher/normalise';

const lexicon = new CompiledLexicon(loadKnowledge('knowledge').lexicon);
const rewrite = (text: string): string => lexicon.rewrite(tokenise(text)).join(' ');

describe('the domain lexicon (knowledge/lexicon.yaml)', () => {
  it.each([
    ['what is VLER', 'what is vhie'],
    ['what is VHIE', 'what is vhie'],
    ['the Veterans Health Information Exchange', 'the vhie'],
    ['health info exchange', 'vhie'],
    ['revoke my consent', 'stop sharing my consent'],
    ['I want to opt out', 'i want to stop sharing'],
    ['log in to MHV', 'log in to myhealthevet'],
    ['My HealtheVet account', 'myhealthevet account'],
    ['share with my non-VA doctor', 'share with my community provider'],
    ['ID.me account', 'idme account'],
    ['Blue-Button report', 'bluebutton report'],
  ])('%j reads %j', (input, expected) => {
    expect(rewrite(input)).toBe(expected);
  });

  it('spells number words as digits', () => {
    expect(rewrite('step three of seven')).toBe('step 3 of 7');
  });

  it('prefers the longest variant', () => {
    const custom: Lexicon = {
      synonyms: [
        { canonical: 'x', variants: ['health'] },
        { canonical: 'vhie', variants: ['health information exchange'] },
      ],
      numbers: {},
      stopwords: [],
    };
    const compiled = new CompiledLexicon(custom);
    expect(compiled.rewrite(tokenise('health information exchange health'))).toEqual(['vhie', 'x']);
  });

  it('normalises variants like messages, so punctuation in the YAML does not matter', () => {
    const custom: Lexicon = { synonyms: [{ canonical: 'idme', variants: ['ID.me'] }], numbers: {}, stopwords: ['The'] };
    const compiled = new CompiledLexicon(custom);
    expect(compiled.rewrite(tokenise('my id me login'))).toEqual(['my', 'idme', 'login']);
    expect(compiled.stopwords.has('the')).toBe(true);
  });
});
