import { loadKnowledge } from '../../../src/knowledge/load';
import { KnowledgeMatcher } from '../../../src/matcher/knowledgeMatcher';
import { TUNED_THRESHOLDS } from '../../../src/matcher/thresholds';
import { OUT_OF_SCOPE } from '../../../src/matcher/training';
import { decide } from '../../../src/matcher/types';

const knowledge = loadKnowledge('knowledge');
const matcher = KnowledgeMatcher.fromKnowledge(knowledge);
const top = (text: string): string | undefined => matcher.match(text)[0]?.intentId;

describe('KnowledgeMatcher ranking', () => {
  it.each([
    ['what exactly is the blue button tool', 'bb_what'],
    ['is there a way to undo my VHIE consent', 'vhie_stop_sharing'],
    ['can I mail the sign up form to the VA instead', 'vhie_signup_mail_in_person'],
    ['who should I phone about my healthevet', 'bb_more_questions'],
    ['is my info safe in the health information exchange', 'vhie_privacy'],
    ['thank you very much', 'thanks'],
  ])('%j ranks %s first', (text, intent) => {
    expect(top(text)).toBe(intent);
  });

  it('corrects typos against the domain vocabulary', () => {
    expect(top('what is bluebuton')).toBe('bb_what');
    expect(top('how do i revok my authorizaton')).toBe('vhie_stop_sharing');
  });

  it('reads lexicon synonyms: VLER, VHIE and the health information exchange are one thing', () => {
    const ids = ['what is vler', 'what is vhie', 'what is the health information exchange'].map(top);
    expect(new Set(ids)).toEqual(new Set(['vhie_what']));
  });

  it('answers an intent title (a button label) with full confidence', () => {
    const intent = knowledge.intents.get('vhie_privacy');
    const [best] = matcher.match(intent?.title ?? '');
    expect(best).toMatchObject({ intentId: 'vhie_privacy', confidence: 1 });
  });

  it('names the terms that matched', () => {
    const [best] = matcher.match('Is Blue Button secure?');
    expect(best.intentId).toBe('bb_privacy');
    expect(best.matchedTerms).toEqual(expect.arrayContaining(['bluebutton', 'secure']));
  });
});

describe('KnowledgeMatcher confidence', () => {
  const samples = ['hi', 'what is blue button', 'how do i stop sharing', 'blue', 'tell me about the weather', 'x y z'];

  it.each(samples)('%j: confidences are in [0, 1], best first, at most five', (text) => {
    const matches = matcher.match(text);
    expect(matches.length).toBeLessThanOrEqual(5);
    for (const m of matches) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    const sorted = [...matches].sort((a, b) => b.confidence - a.confidence);
    expect(matches).toEqual(sorted);
  });

  it.each(['', '?', '😂', 'asdfghjkl', 'qwertyuiop zxcvbnm'])('%j matches nothing', (text) => {
    expect(matcher.match(text)).toEqual([]);
  });

  it.each(['what is the weather tomorrow in chicago', 'how do i apply for the gi bill', 'best pizza in town'])(
    '%j falls back',
    (text) => {
      expect(decide(matcher.match(text), TUNED_THRESHOLDS).kind).toBe('fallback');
    },
  );

  it('answers a clear in-scope question outright', () => {
    expect(decide(matcher.match('How do I sign up for VHIE by mail?'), TUNED_THRESHOLDS)).toMatchObject({
      kind: 'answer',
      match: { intentId: 'vhie_signup_mail_in_person' },
    });
  });
});

describe('KnowledgeMatcher construction', () => {
  it('takes intents as a map or a list', () => {
    const fromList = new KnowledgeMatcher([...knowledge.intents.values()], knowledge.lexicon);
    const fromMap = new KnowledgeMatcher(knowledge.intents, knowledge.lexicon);
    expect(fromList.match('what is vler')).toEqual(fromMap.match('what is vler'));
  });

  it('learns from extra labelled examples, including out-of-scope ones', () => {
    const text = 'zebra crossing sharing';
    const extra = new KnowledgeMatcher(knowledge.intents, knowledge.lexicon, {
      extraExamples: [
        { text: 'zebra crossing sharing', intentId: OUT_OF_SCOPE },
        { text: 'zebra sharing records', intentId: 'vhie_stop_sharing' },
      ],
    });
    expect(extra.match('zebra sharing records')[0]?.intentId).toBe('vhie_stop_sharing');
    expect(extra.match(text).every((m) => m.confidence < TUNED_THRESHOLDS.answer)).toBe(true);
  });

  it('rejects extra examples that name an unknown intent', () => {
    expect(
      () => new KnowledgeMatcher(knowledge.intents, knowledge.lexicon, { extraExamples: [{ text: 'x', intentId: 'nope' }] }),
    ).toThrow(/unknown intent "nope"/);
  });
});
