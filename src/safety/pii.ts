/**
 * Finds personal identifiers in free text and replaces each with a placeholder such as "[ssn]", so
 * the matcher, the dialogs, conversation state and the logs never hold one. Patterns are tried in a
 * fixed order, most specific first; placeholders hold no digits, so a later pattern never re-reads
 * an earlier one's find.
 */

/**
 * The kinds of identifier found. A plain `date` (a visit, a letter) and a `name` someone introduces
 * themselves with are redacted without the privacy notice.
 */
export type PiiKind = 'ssn' | 'dob' | 'date' | 'phone' | 'email' | 'id_number' | 'card' | 'address' | 'name';

/** Kinds that are personal details in their own right: sending one gets the privacy notice. */
export const NOTICE_KINDS: ReadonlySet<PiiKind> = new Set<PiiKind>(['ssn', 'dob', 'phone', 'email', 'id_number', 'card', 'address']);

/** A message with its identifiers replaced, and which kinds were found (each once, in order). */
export interface Redaction {
  text: string;
  kinds: PiiKind[];
}

/** What the redactor may leave alone. */
export interface RedactorOptions {
  /** Public numbers the bot itself gives out (the help desks, the crisis line), as digits. */
  publicNumbers?: Iterable<string>;
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SEP = '[-\\s.]';
const NEAR = '(?:[\\s:#=,-]+(?:is|was|are|number|no|num|of|my|the|digits|date|on|in|at)\\b)*[\\s:#=,-]*';

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
const ICN = /\b\d{10}v\d{6}\b/gi;
const CARD = /(?<![\d-])\d{4}(?:[- ]\d{4}){2}[- ]\d{1,4}(?![\d-])/g;
const SSN = new RegExp(`(?<![\\d-])\\d{3}${SEP}\\d{2}${SEP}\\d{4}(?![\\d-])`, 'g');
const SSN_CONTEXT = new RegExp(
  `(\\b(?:ssn|ss#|social(?:\\s+security)?|last\\s+(?:4|four))\\b${NEAR})(\\d(?:${SEP}?\\d){3,8})(?![\\d-])`,
  'gi',
);
const PHONE = /(?<![\d-])(?:\+?1[-\s.]?)?(?:\(\d{3}\)\s?|\d{3}[-\s.])\d{3}[-\s.]\d{4}(?![\d-])/g;
const DATES = [
  /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-])/g,
  /(?<![\d/.-])\d{4}-\d{1,2}-\d{1,2}(?![\d/.-])/g,
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}\\b`, 'gi'),
];
const DOB_CONTEXT = new RegExp(
  `(\\b(?:born|dob|d\\.o\\.b\\.?|birth\\s*(?:day|date)?|bday)\\b${NEAR})(\\[date\\]|(?:19|20)\\d{2}\\b|\\d{6,8}\\b|${MONTH}\\.?\\s+\\d{4}\\b)`,
  'gi',
);
const STREET =
  '(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|circle|cir|highway|hwy|parkway|pkwy|trail|trl)';
/** Words that follow a small number in ordinary sentences ("1 easy way", "2 more days"), never a street name. */
const NOT_A_STREET_NAME = '(?!(?:of|the|a|an|on|at|by|is|was|it|i|we|you|my|your|his|her|their|our|if|so|then|when|this|that|more|other|different|easy|simple|quick|best|good|new|or|and|to|in|for|days?|weeks?|months?|years?|times?|ways?|steps?)\\b)';
const ADDRESS = new RegExp(
  `\\b\\d{1,6}\\s+(?:[nsew]\\.?\\s+)?${NOT_A_STREET_NAME}(?:[a-z]+\\.?\\s+){1,3}${STREET}\\b\\.?`,
  'gi',
);
const PO_BOX = /\bp\.?\s?o\.?\s+box\s+\d+\b/gi;
const FILE_NUMBER = /\bc[-\s]?\d{7,9}\b/gi;
const DIGIT_RUN = /(?<![\w-])\d{7,}(?![\w-])/g;
const NAME_WORD = "[a-z][a-z'-]+";
const NOT_A_NAME = '(?!(?:not|on|in|at|and|but|so|wrong|missing|spelled|misspelled|incorrect|different|changed|showing|listed|the|a|an|still|also|right|correct|can|how|what|i|my|is|ssn|dob|please|from)\\b)';
const NAME_SAID = new RegExp(`(\\bmy\\s+name\\s+is\\s+|\\bmy\\s+name['\\u2019]?s\\s+|\\bi\\s+am\\s+called\\s+)${NOT_A_NAME}${NAME_WORD}(?:\\s+${NOT_A_NAME}${NAME_WORD}){0,2}`, 'gi');
/** "Name: John Doe" and "name John Doe": capitalised words only, so "name do I use" is left alone. */
const NAME_LABEL = /(\b[Nn][Aa][Mm][Ee]\s*[:=-]?\s+)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}\b/g;

/** Finds and replaces personal identifiers. */
export class PiiRedactor {
  private readonly publicNumbers: ReadonlySet<string>;

  constructor(options: RedactorOptions = {}) {
    this.publicNumbers = new Set([...(options.publicNumbers ?? [])].map(national));
  }

  redact(text: string): Redaction {
    const kinds: PiiKind[] = [];
    const mark = (kind: PiiKind): string => {
      if (!kinds.includes(kind)) kinds.push(kind);
      return `[${kind}]`;
    };
    let out = text.replace(EMAIL, () => mark('email'));
    out = out.replace(ICN, () => mark('id_number'));
    out = out.replace(CARD, () => mark('card'));
    out = out.replace(SSN, () => mark('ssn'));
    out = out.replace(SSN_CONTEXT, (_m, lead: string) => `${lead}${mark('ssn')}`);
    out = out.replace(PHONE, (m) => (this.isPublic(m) ? m : mark('phone')));
    for (const date of DATES) out = out.replace(date, () => '[date]');
    out = out.replace(DOB_CONTEXT, (_m, lead: string) => `${lead}${mark('dob')}`);
    if (out.includes('[date]')) mark('date');
    out = out.replace(ADDRESS, () => mark('address'));
    out = out.replace(PO_BOX, () => mark('address'));
    out = out.replace(FILE_NUMBER, () => mark('id_number'));
    out = out.replace(DIGIT_RUN, (m) => this.digitRun(m, mark));
    out = out.replace(NAME_SAID, (_m, lead: string) => `${lead}${mark('name')}`);
    out = out.replace(NAME_LABEL, (_m, lead: string) => `${lead}${mark('name')}`);
    return { text: out, kinds };
  }

  private digitRun(digits: string, mark: (kind: PiiKind) => string): string {
    if (digits.length === 9) return mark('ssn');
    const phoneLike = digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
    if (phoneLike) return this.isPublic(digits) ? digits : mark('phone');
    return mark('id_number');
  }

  private isPublic(number: string): boolean {
    return this.publicNumbers.has(national(number));
  }
}

/** A US number's digits without the country code, so "+1 877…" and "877…" compare equal. */
function national(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
