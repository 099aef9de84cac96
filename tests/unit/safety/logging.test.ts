import type { DialogState } from 'botbuilder-dialogs';
import { dialogPosition } from '../../../src/logging/dialogPosition';
import { conversationHasher } from '../../../src/logging/hash';
import { createLogger } from '../../../src/logging/logger';
import { piiSet } from '../../safety/sets';

/** The logs' own defences, behind the turn observer's redaction of message text. */
describe('logging without personal data', () => {
  const { identifiers } = piiSet();
  const ssn = identifiers.find((c) => c.kind === 'ssn' && !c.question);
  const email = identifiers.find((c) => c.kind === 'email');
  if (!ssn || !email) throw new Error('tests/safety/pii.yaml needs an ssn and an email');

  function capture(): { logger: ReturnType<typeof createLogger>; output: () => string } {
    const lines: string[] = [];
    return { logger: createLogger('info', { write: (line: string) => void lines.push(line) }), output: () => lines.join('') };
  }

  it('redacts identifiers in any field, in the message and in errors', () => {
    const { logger, output } = capture();
    logger.info({ nested: { note: ssn.text, list: [email.text] } }, `said ${ssn.text}`);
    logger.error({ err: new Error(`failed on ${email.text}`) }, 'turn failed');
    expect(output()).not.toContain(ssn.secret);
    expect(output()).not.toContain(email.secret);
    expect(output()).toContain('[ssn]');
  });

  it('never writes whole activities, request bodies or user fields', () => {
    const { logger, output } = capture();
    logger.info({ activity: { text: 'hello there' }, body: 'raw body', from: { name: 'Pat' } }, 'careless');
    expect(output()).not.toMatch(/hello there|raw body|Pat/);
  });

  it('hashes conversation ids the same way every time under one key, differently under another', () => {
    const hash = conversationHasher('a key of sixteen chars');
    expect(hash('conv-1')).toBe(hash('conv-1'));
    expect(hash('conv-1')).toMatch(/^[a-p]{16}$/);
    expect(hash('conv-1')).not.toBe(hash('conv-2'));
    expect(conversationHasher('another key, also long')('conv-1')).not.toBe(hash('conv-1'));
  });

  it('finds the flow and waterfall step in saved dialog state', () => {
    const state: DialogState = {
      dialogStack: [
        {
          id: 'main',
          state: {
            dialogs: {
              dialogStack: [
                { id: 'main.route', state: { stepIndex: 0 } },
                {
                  id: 'some_flow',
                  state: { dialogs: { dialogStack: [{ id: 'some_flow.main', state: { stepIndex: 2 } }, { id: 'prompt', state: {} }] } },
                },
              ],
            },
          },
        },
      ],
    };
    expect(dialogPosition(state)).toEqual({ dialogs: ['main', 'some_flow', 'prompt'], waterfall: 'some_flow.main', step: 2 });
    expect(dialogPosition(undefined)).toEqual({ dialogs: [] });
  });
});
