import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object a line. Message text is never logged unredacted. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { service: 'va-records-assistant' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
