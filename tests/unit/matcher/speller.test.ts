import { BoundedCache } from '../../../src/matcher/boundedCache';
import { TypoCorrector } from '../../../src/matcher/speller';

const vocabulary = ['records', 'bluebutton', 'eligible', 'authorization', 'sharing', 'fill', 'form', 'vhie'];

describe('TypoCorrector', () => {
  const corrector = new TypoCorrector(vocabulary, new Set(['bill']));

  it.each([
    ['recrods', 'records'],
    ['bluebuton', 'bluebutton'],
    ['elegible', 'eligible'],
    ['authorizaton', 'authorization'],
    ['shareing', 'sharing'],
  ])('corrects %j to %j', (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it('leaves known words, short words, numbers and protected words alone', () => {
    expect(corrector.correct('records')).toBeUndefined();
    expect(corrector.correct('vhi')).toBeUndefined();
    expect(corrector.correct('100485')).toBeUndefined();
    expect(corrector.correct('bill')).toBeUndefined();
  });

  it('does not force unrelated words onto the vocabulary', () => {
    expect(corrector.correct('weather')).toBeUndefined();
    expect(corrector.correct('pizza')).toBeUndefined();
    expect(corrector.correct('qwertyuiop')).toBeUndefined();
  });

  it('allows one edit in short words, two in long ones', () => {
    expect(corrector.correct('forn')).toBe('form');
    expect(corrector.correct('froom')).toBeUndefined();
    expect(corrector.correct('athorizaton')).toBe('authorization');
  });
});

describe('BoundedCache', () => {
  it('computes once per key and forgets the oldest entry when full', () => {
    const cache = new BoundedCache<string, number>(2);
    const compute = jest.fn((k: string) => k.length);
    expect(cache.getOrCompute('a', compute)).toBe(1);
    expect(cache.getOrCompute('a', compute)).toBe(1);
    expect(compute).toHaveBeenCalledTimes(1);
    cache.getOrCompute('bb', compute);
    cache.getOrCompute('ccc', compute);
    expect(cache.size).toBe(2);
    cache.getOrCompute('a', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
