import { normaliseText, tokenise } from '../../../src/matcher/normalise';

describe('normaliseText', () => {
  it.each([
    ['What IS Blue Button?!', 'what is blue button'],
    ['  lots   of\tspace\n', 'lots of space'],
    ['I’m sure it\'s fine, don\'t worry', 'im sure its fine dont worry'],
    ['Ｂｌｕｅ Ｂｕｔｔｏｎ', 'blue button'],
    ['Crème brûlée café', 'creme brulee cafe'],
    ['VA Form 12-3456', 'va form 123456'],
    ['call 12-34-56', 'call 123456'],
    ['id.me or e-benefits', 'id me or e benefits'],
    ['?', ''],
    ['😂😂', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('tokenise', () => {
  it('splits normalised text into words', () => {
    expect(tokenise('How do I sign-up for VLER?')).toEqual(['how', 'do', 'i', 'sign', 'up', 'for', 'vler']);
  });

  it('returns no tokens for punctuation alone', () => {
    expect(tokenise('!!! ... ???')).toEqual([]);
  });
});
