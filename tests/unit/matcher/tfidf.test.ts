import { pairFeature, TfIdf } from '../../../src/matcher/tfidf';

const withPairs = (stems: string[]): string[] => [
  ...stems,
  ...stems.slice(1).map((s, i) => pairFeature(stems[i], s)),
];

describe('TfIdf', () => {
  const docs = [['what', 'vhie'], ['stop', 'share', 'vhie'], ['bluebutton', 'secur'], ['what', 'bluebutton']].map(withPairs);
  const tfidf = new TfIdf(docs, { bigramWeight: 0.5, unseenWeight: 1 });

  it.each([
    [['what', 'vhie']],
    [['vhie', 'what']],
    [['stop', 'share', 'share', 'vhie', 'weather']],
    [['calendar', 'google', 'stop', 'share']],
    [[]],
  ])('scores stems %j exactly as their feature strings', (stems: string[]) => {
    expect(tfidf.vectorOfStems(stems)).toEqual(tfidf.vector(withPairs(stems)));
  });

  it('counts unseen words in the length but not in the vector, and reports coverage', () => {
    const known = tfidf.vectorOfStems(['stop', 'share']);
    const mixed = tfidf.vectorOfStems(['stop', 'share', 'calendar']);
    expect(mixed.vector.ids).toEqual(known.vector.ids);
    expect(mixed.norm).toBeGreaterThan(known.norm);
    expect(known.coverage).toBe(1);
    expect(mixed.coverage).toBeGreaterThan(0);
    expect(mixed.coverage).toBeLessThan(1);
  });

  it('treats pairs as order-free', () => {
    expect(pairFeature('share', 'stop')).toBe(pairFeature('stop', 'share'));
  });
});
