import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer';

const tokenizer = new AggressiveTokenizer();

/**
 * Puts a message in one canonical spelling before anything else looks at it: compatibility forms
 * folded (full-width letters, ligatures), accents dropped, lower case, apostrophes closed up
 * ("don't" → "dont", "I’m" → "im"), digit groups joined ("12-3456" → "123456"), and every other
 * character that is not a letter or digit turned into a single space.
 */
export function normaliseText(text: string): string {
  // Plain ASCII (most messages) has nothing for Unicode folding to do; skip its cost.
  const folded = /[\u0080-\uffff]/.test(text)
    ? text.normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    : text;
  return folded
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/(\d)[-\u2010-\u2015.,/](?=\d)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits normalised text into word tokens with natural's tokenizer. */
export function tokeniseNormal(normal: string): string[] {
  return normal ? tokenizer.tokenize(normal) : [];
}

/** Normalises a message and splits it into word tokens. */
export function tokenise(text: string): string[] {
  return tokeniseNormal(normaliseText(text));
}
