import { ConfigError, loadConfig } from '../../src/config';

describe('Direct Line settings', () => {
  it('defaults to the built-in Direct Line with limits', () => {
    expect(loadConfig({}).directLine).toEqual({
      secret: undefined,
      endpoint: 'https://directline.botframework.com/v3/directline',
      tokenSecret: undefined,
      tokenLifetimeSeconds: 1800,
      maxMessageBytes: 16384,
      messagesPerMinute: 30,
      tokensPerMinute: 60,
    });
  });

  it.each([
    ['DIRECT_LINE_TOKEN_SECRET', 'too-short'],
    ['DIRECT_LINE_ENDPOINT', 'directline.botframework.com'],
    ['DIRECT_LINE_TOKEN_LIFETIME_SECONDS', '60'],
    ['DIRECT_LINE_MAX_MESSAGE_BYTES', 'lots'],
    ['DIRECT_LINE_MESSAGES_PER_MINUTE', '0'],
    ['DIRECT_LINE_TOKENS_PER_MINUTE', '1.5'],
  ])('stops start-up with a sentence naming %s when it is %p', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('reads an Azure secret and endpoint, without a trailing slash', () => {
    const { directLine } = loadConfig({ DIRECT_LINE_SECRET: 's3cret', DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/v3/directline/' });
    expect(directLine.secret).toBe('s3cret');
    expect(directLine.endpoint).toBe('https://europe.directline.botframework.com/v3/directline');
  });
});
