import { loadConfig, type Config } from '../../src/config';

/** A configuration for tests: an ephemeral port, Emulator mode (no app id), quiet logs, misses in memory. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', LOG_LEVEL: 'silent', MISSES_STORE: 'memory', ...env });
}
