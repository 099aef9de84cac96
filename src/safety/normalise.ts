/**
 * The spelling safety phrases are matched in: lower case, apostrophes closed up ("don't" → "dont"),
 * letters typed three or more times in a row cut to one ("killll" → "kil"), every other
 * non-alphanumeric character a space, then each word put through the lexicon's typo list and,
 * failing that, one-edit fuzzy matching against a short list of long words ("suicdie" → "suicide").
 */
export interface SpellingRules {
  /** Whole-word corrections; a value may be several words ("kms" → "kill myself"). */
  readonly typos: ReadonlyMap<string, string>;
  /** Long words that a one-letter slip (missing, extra, swapped or wrong letter) still finds. */
  readonly fuzzy: readonly string[];
}

/** The words of a message in safety spelling, joined by single spaces. */
export function safetyNormalise(text: string, rules: SpellingRules): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, '')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (plain === '') return '';
  return plain
    .split(' ')
    .map((word) => correct(word, rules))
    .join(' ');
}

function correct(word: string, rules: SpellingRules): string {
  const fixed = rules.typos.get(word);
  if (fixed !== undefined) return fixed;
  if (word.length < 5 || rules.fuzzy.includes(word)) return word;
  const near = rules.fuzzy.filter((target) => Math.abs(target.length - word.length) <= 1 && withinOneEdit(word, target));
  return near.length === 1 ? near[0] : word;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
