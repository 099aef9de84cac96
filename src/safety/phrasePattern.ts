/**
 * A small phrase language for safety patterns, so clinicians can read and extend them in
 * knowledge/safety.yaml without writing regular expressions. A pattern is words separated by spaces:
 *
 *   kill|end        either word at this position
 *   really?         an optional word (or optional choice: `just|really?`)
 *   @self           any phrase from the lexicon's class `self` (entries may be several words)
 *   *               any zero to three words
 *   !of|in          the next word is not one of these (looks ahead, matches nothing)
 *   ^  $            the start and the end of the message
 *   {phone:id}      the number of a contact in knowledge/contacts.yaml, as digits
 *
 * Patterns are matched against text already put in safety spelling (see normalise.ts).
 */

/** Looks up what a pattern refers to; returns undefined when the name is unknown. */
export interface PatternLookups {
  classPhrases(name: string): readonly string[] | undefined;
  contactDigits(ref: string): string | undefined;
}

/** A pattern that cannot be compiled; the message says which part and why. */
export class PatternError extends Error {
  override name = 'PatternError';
}

/** A compiled pattern: `test` takes text in safety spelling. */
export interface PhrasePattern {
  readonly source: string;
  test(normal: string): boolean;
  /** The text with every match replaced by a space (how `except` phrases are taken out). */
  remove(normal: string): string;
}

const WORD = /^[a-z0-9]+( [a-z0-9]+)*$/;
const GAP = '(?:[a-z0-9]+ ){0,3}';

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression alternatives for one position: words, class phrases or contact digits. */
function alternatives(token: string, lookups: PatternLookups, source: string): string[] {
  return token.split('|').flatMap((part): string[] => {
    const ref = /^\{phone:([a-z0-9_]+)\}$/.exec(part);
    if (ref) {
      const digits = lookups.contactDigits(ref[1]);
      if (!digits) throw new PatternError(`"${source}": ${part} names no contact with a phone number`);
      return [digits.split('').join(' ?')];
    }
    const phrases = part.startsWith('@') ? lookups.classPhrases(part.slice(1)) : [part];
    if (!phrases) throw new PatternError(`"${source}": no class named "${part.slice(1)}"`);
    for (const phrase of phrases) {
      if (!WORD.test(phrase)) throw new PatternError(`"${source}": "${phrase}" is not lower-case words`);
    }
    return phrases.map(escape);
  });
}

/** Compiles one pattern. Throws PatternError naming the pattern when it cannot be read. */
export function compilePattern(source: string, lookups: PatternLookups): PhrasePattern {
  const tokens = source.trim().split(/\s+/);
  let regex = '';
  tokens.forEach((token, i) => {
    if (token === '^') {
      if (i !== 0) throw new PatternError(`"${source}": ^ must come first`);
      regex += '^';
    } else if (token === '$') {
      if (i !== tokens.length - 1) throw new PatternError(`"${source}": $ must come last`);
      regex += '$';
    } else if (token === '*') {
      regex += GAP;
    } else if (token.startsWith('!')) {
      regex += `(?!(?:${alternatives(token.slice(1), lookups, source).join('|')}) )`;
    } else {
      const optional = token.endsWith('?');
      const group = `(?:${alternatives(optional ? token.slice(0, -1) : token, lookups, source).join('|')}) `;
      regex += optional ? `(?:${group})?` : group;
    }
  });
  if (!tokens.some((t) => !['^', '$', '*'].includes(t) && !t.startsWith('!') && !t.endsWith('?'))) {
    throw new PatternError(`"${source}": needs at least one required word`);
  }
  const anchored = new RegExp(tokens[0] === '^' ? `^ ${regex.slice(1)}` : ` ${regex}`);
  const global = new RegExp(anchored.source, 'g');
  return {
    source,
    test: (normal) => anchored.test(` ${normal} `),
    remove: (normal) => ` ${normal} `.replace(global, '  ').replace(/\s+/g, ' ').trim(),
  };
}
