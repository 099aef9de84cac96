import type { Token } from 'botbuilder-dialogs';

/** Words with their apostrophes: "I'm" is one token, "im", so "I'm not sure" and "im not sure" read alike. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function normaliseWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
}

/**
 * The tokenizer the flows' prompts hand to botbuilder's choice recognizer: letters and digits only,
 * lower-cased, apostrophes dropped ("don't" → "dont"), so "ID.me" is "id", "me".
 */
export function answerTokenizer(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length - 1, text: m[0], normalized: normaliseWord(m[0]) });
  }
  return tokens;
}

/** The words of a message, normalised: how control words and typed answers are compared. */
export function wordsOf(text: string): string[] {
  return answerTokenizer(text).map((t) => t.normalized);
}

/** A whole message as one comparable key ("Start over!" → "start over"). */
export function messageKey(text: string): string {
  return wordsOf(text).join(' ');
}

/** Edit distance with adjacent swaps counted as one edit ("mial" → "mail" is 1). */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** "yesss" → "yes", "nooo" → "no": letters held down too long. */
function collapseRepeats(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}

/**
 * Whether a typed word is a typo of an expected one. Letters held down ("yesss") always pass; short
 * words must otherwise be exact, except for a swap of two letters ("yse"); longer words allow one
 * slip, and long words two.
 */
export function isTypoOf(typed: string, expected: string): boolean {
  if (typed === expected || collapseRepeats(typed) === collapseRepeats(expected)) return true;
  if (expected.length < 3 || /\d/.test(expected)) return false;
  const distance = typoDistance(typed, expected);
  if (expected.length === 3) return distance === 1 && typed.length === 3 && [...typed].sort().join() === [...expected].sort().join();
  return distance <= (expected.length >= 8 ? 2 : 1);
}
