import pino, { type LogFn, type Logger } from 'pino';
import { PiiRedactor } from '../safety/pii';

export type { Logger };

/**
 * Fields never written, whatever a caller passes: whole activities and request bodies, credentials,
 * and anything named like an identifier. A second line of defence: turn logs carry only redacted text.
 */
export const REDACTED_FIELDS = [
  'activity',
  '*.activity',
  'body',
  '*.body',
  'headers.authorization',
  '*.headers.authorization',
  'from',
  '*.from',
  'user',
  '*.user',
  'email',
  'ssn',
  'dob',
  'phone',
];

type Scrub = (text: string) => string;

/** Every string inside a log object passed through the identifier redactor (a third line of defence). */
function scrubValue(value: unknown, scrub: Scrub, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: scrub(value.message), stack: value.stack && scrub(value.stack) };
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub, depth + 1)]));
}

/**
 * Structured JSON logs on stdout (or `destination`), one object a line. Message text is redacted
 * before it is logged; on top of that, listed fields are censored and every string is run through
 * the identifier redactor, so an identifier in an error message or a careless field is not written.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const redactor = new PiiRedactor();
  const scrub: Scrub = (text) => redactor.redact(text).text;
  return pino(
    {
      level,
      base: { service: 'va-records-assistant' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
      formatters: { log: (object) => scrubValue(object, scrub) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg));
          method.apply(this, scrubbed as Parameters<LogFn>);
        },
      },
    },
    destination,
  );
}
