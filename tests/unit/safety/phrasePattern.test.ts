import { safetyNormalise, withinOneEdit, type SpellingRules } from '../../../src/safety/normalise';
import { compilePattern, PatternError, type PatternLookups } from '../../../src/safety/phrasePattern';

/** The phrase language of knowledge/safety.yaml, feature by feature. */

const lookups: PatternLookups = {
  classPhrases: (name) => ({ self: ['myself', 'my self'], pills: ['pills', 'meds'] })[name],
  contactDigits: (id) => (id === 'line' ? '123' : undefined),
};

const rules: SpellingRules = {
  typos: new Map([
    ['kms', 'kill myself'],
    ['kil', 'kill'],
    ['wanna', 'want to'],
  ]),
  fuzzy: ['suicide', 'myself'],
};

describe('phrase patterns', () => {
  it.each([
    ['kill @self', 'i want to kill myself', true],
    ['kill @self', 'kill my self now', true],
    ['kill @self', 'kill the sharing', false],
    ['kill|end @self', 'end myself', true],
    ['end my own? life', 'end my life', true],
    ['end my own? life', 'end my own life', true],
    ['want * die', 'want to really die', true],
    ['want * die', 'want to go and see and then die', false],
    ['no way out !of', 'there is no way out', true],
    ['no way out !of', 'no way out of this form', false],
    ['cant go on $', 'i cant go on', true],
    ['cant go on $', 'i cant go on the website', false],
    ['^ dying $', 'dying', true],
    ['^ dying $', 'im dying', false],
    ['call {phone:line}', 'please call 1 2 3', true],
    ['call {phone:line}', 'please call 123', true],
    ['take all @pills', 'take all meds', true],
    ['killing', 'skilling', false],
  ])('"%s" on "%s" is %s', (source, text, expected) => {
    expect(compilePattern(source, lookups).test(text)).toBe(expected);
  });

  it('removes every match of an except phrase', () => {
    expect(compilePattern('in the foot', lookups).remove('shot myself in the foot and in the foot')).toBe('shot myself and');
  });

  it.each([
    ['kill @nobody', 'no class named "nobody"'],
    ['call {phone:nobody}', 'names no contact with a phone number'],
    ['kill ^', '^ must come first'],
    ['$ kill', '$ must come last'],
    ["don't", 'is not lower-case words'],
    ['maybe? *', 'needs at least one required word'],
  ])('refuses "%s" (%s)', (source, message) => {
    expect(() => compilePattern(source, lookups)).toThrow(PatternError);
    expect(() => compilePattern(source, lookups)).toThrow(message);
  });
});

describe('safety spelling', () => {
  it.each([
    ["I'm going to KILL myself!!!", 'im going to kill myself'],
    ['kms', 'kill myself'],
    ['i wanna kil myslef', 'i want to kill myself'],
    ['suicdie', 'suicide'],
    ['killlll', 'kill'],
    ['don’t', 'dont'],
    ['', ''],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(safetyNormalise(text, rules)).toBe(expected);
  });

  it.each([
    ['myslef', 'myself', true],
    ['mysel', 'myself', true],
    ['myselff', 'myself', true],
    ['mxself', 'myself', true],
    ['yourself', 'myself', false],
    ['overdue', 'overdose', false],
  ])('"%s" is one edit from "%s": %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
