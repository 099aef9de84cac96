import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to port 3978 and Emulator mode', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.bot.appId).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats an empty value as not set, so .env.example works as it is', () => {
    const config = loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '', PORT: '', MATCH_ANSWER_THRESHOLD: ' ' });
    expect(config.bot.appId).toBeUndefined();
    expect(config.port).toBe(3978);
  });

  it('reads .env.example as a working configuration', () => {
    const { parseEnv } = jest.requireActual<typeof import('node:util')>('node:util');
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const example = parseEnv(readFileSync(`${__dirname}/../../.env.example`, 'utf8'));
    expect(() => loadConfig(example)).not.toThrow();
  });

  it('accepts a full single-tenant registration', () => {
    const config = loadConfig({
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: 'tenant',
    });
    expect(config.bot).toEqual({ appId: 'id', appPassword: 'pw', appType: 'SingleTenant', tenantId: 'tenant' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535'],
    [{ MicrosoftAppId: 'id' }, 'MicrosoftAppPassword must be set when MicrosoftAppId is set'],
    [{ MicrosoftAppPassword: 'pw' }, 'MicrosoftAppId must be set when MicrosoftAppPassword is set'],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId must be set'],
    [{ MicrosoftAppType: 'Other' }, 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI'],
    [{ MATCH_ANSWER_THRESHOLD: '1.5' }, 'MATCH_ANSWER_THRESHOLD must be a number from 0 to 1'],
    [{ MATCH_ANSWER_THRESHOLD: '0.2', MATCH_SUGGEST_THRESHOLD: '0.4' }, 'MATCH_SUGGEST_THRESHOLD must not be greater'],
  ])('refuses %j with a sentence naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
