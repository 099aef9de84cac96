import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { TUNED_THRESHOLDS } from './matcher/thresholds';
import { PROJECT_ROOT } from './paths';

/**
 * The only module that reads process.env. Everything the service can be configured with is here,
 * validated once at start-up into one frozen object; a bad value stops the process with a sentence
 * that names the variable. Every variable is documented in .env.example.
 */

/** An unset variable and an empty one mean the same: not configured. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const number = (name: string, min: number, max: number, whole = false) =>
  z
    .string()
    .trim()
    .refine((v) => v !== '' && Number.isFinite(Number(v)) && (!whole || Number.isInteger(Number(v))), {
      message: `${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`,
    })
    .transform(Number)
    .refine((v) => v >= min && v <= max, { message: `${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}` });

const EnvSchema = z.object({
  PORT: number('PORT', 0, 65535, true).default('3978'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      message: 'MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  KNOWLEDGE_DIR: optionalText,
  MATCH_ANSWER_THRESHOLD: number('MATCH_ANSWER_THRESHOLD', 0, 1).optional(),
  MATCH_SUGGEST_THRESHOLD: number('MATCH_SUGGEST_THRESHOLD', 0, 1).optional(),
  SHUTDOWN_GRACE_MS: number('SHUTDOWN_GRACE_MS', 0, 60000, true).default('5000'),
  DIRECT_LINE_SECRET: optionalText,
  DIRECT_LINE_ENDPOINT: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s/]+(\/\S*)?$/.test(v), {
    message: 'DIRECT_LINE_ENDPOINT must be an http(s) URL',
  }),
  DIRECT_LINE_TOKEN_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
    message: 'DIRECT_LINE_TOKEN_SECRET must be at least 32 characters long',
  }),
  DIRECT_LINE_TOKEN_LIFETIME_SECONDS: number('DIRECT_LINE_TOKEN_LIFETIME_SECONDS', 1200, 86400, true).default('1800'),
  DIRECT_LINE_MAX_MESSAGE_BYTES: number('DIRECT_LINE_MAX_MESSAGE_BYTES', 1024, 262144, true).default('16384'),
  DIRECT_LINE_MESSAGES_PER_MINUTE: number('DIRECT_LINE_MESSAGES_PER_MINUTE', 1, 1000, true).default('30'),
  DIRECT_LINE_TOKENS_PER_MINUTE: number('DIRECT_LINE_TOKENS_PER_MINUTE', 1, 10000, true).default('60'),
  MISSES_STORE: z.enum(['file', 'memory', 'redis'], { message: 'MISSES_STORE must be file, memory or redis' }).default('file'),
  MISSES_FILE: optionalText,
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/\S+$/.test(v), {
    message: 'REDIS_URL must be a redis:// or rediss:// URL',
  }),
  LOG_HASH_SALT: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'LOG_HASH_SALT must be at least 16 characters long',
  }),
  MATCHER_CACHE_FILE: optionalText,
  ASSIST_API_KEY: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'ASSIST_API_KEY must be at least 16 characters long',
  }),
});

/** Where misses are kept: memory, an append-only JSON-lines file (the default), or a Redis list. */
export type MissesConfig =
  | { readonly store: 'memory' }
  | { readonly store: 'file'; readonly file: string }
  | { readonly store: 'redis'; readonly redisUrl: string };

/** The service's settings. */
export interface Config {
  readonly port: number;
  readonly bot: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId?: string;
  };
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly knowledgeDir: string;
  readonly thresholds: { readonly answer: number; readonly suggest: number; readonly maxSuggestions: number };
  readonly shutdownGraceMs: number;
  /** The web chat's Direct Line: Azure's when a secret is set, otherwise the one built into the server. */
  readonly directLine: {
    /** Azure Direct Line secret; exchanged for tokens server-side, never sent to the browser. */
    readonly secret?: string;
    /** Azure Direct Line's base URL (…/v3/directline), used only with a secret. */
    readonly endpoint: string;
    /** Key that signs the self-hosted Direct Line's tokens; a random one per process when unset. */
    readonly tokenSecret?: string;
    readonly tokenLifetimeSeconds: number;
    readonly maxMessageBytes: number;
    /** Activities one conversation (one token) may post per minute. */
    readonly messagesPerMinute: number;
    /** Tokens one client address may request per minute. */
    readonly tokensPerMinute: number;
  };
  /** Where unanswered and unhelpful questions are kept, redacted, for `npm run report:misses`. */
  readonly misses: MissesConfig;
  /** Key for hashing conversation ids in logs and misses; a random one per process when unset. */
  readonly logHashSalt: string;
  /** Bearer key the agent-assist pane must send to POST /api/assist; open (for local use) when unset. */
  readonly assistApiKey?: string;
  /** Where the matcher keeps its fitted calibration between starts. */
  readonly matcherCacheFile: string;
}

/** Configuration that cannot be used; the message is a sentence naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function crossCheck(env: z.infer<typeof EnvSchema>): void {
  if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppPassword must be set when MicrosoftAppId is set (or set MicrosoftAppType to UserAssignedMSI).');
  }
  if (env.MicrosoftAppId && env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
    throw new ConfigError(`MicrosoftAppTenantId must be set when MicrosoftAppType is ${env.MicrosoftAppType}.`);
  }
  if (!env.MicrosoftAppId && env.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppId must be set when MicrosoftAppPassword is set.');
  }
  if (env.MISSES_STORE === 'redis' && !env.REDIS_URL) {
    throw new ConfigError('REDIS_URL must be set when MISSES_STORE is redis.');
  }
}

function missesConfig(env: z.infer<typeof EnvSchema>): MissesConfig {
  if (env.MISSES_STORE === 'redis') return { store: 'redis', redisUrl: env.REDIS_URL ?? '' };
  if (env.MISSES_STORE === 'memory') return { store: 'memory' };
  const file = env.MISSES_FILE ? path.resolve(env.MISSES_FILE) : path.join(PROJECT_ROOT, 'data', 'misses.jsonl');
  return { store: 'file', file };
}

/** The process environment, with values from a .env file in the project filling any that are unset. */
export function readEnvironment(file = path.join(PROJECT_ROOT, '.env')): NodeJS.ProcessEnv {
  if (!existsSync(file)) return process.env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...process.env };
}

/** Reads and checks the environment. Throws ConfigError with a sentence that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  // An empty value (MicrosoftAppId= in .env) means "not set", the same as leaving the line out.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'configuration');
    const message = issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
    throw new ConfigError(`${message} (check your environment or .env file).`);
  }
  const e = parsed.data;
  crossCheck(e);
  const answer = e.MATCH_ANSWER_THRESHOLD ?? TUNED_THRESHOLDS.answer;
  const suggest = e.MATCH_SUGGEST_THRESHOLD ?? TUNED_THRESHOLDS.suggest;
  if (suggest > answer) {
    throw new ConfigError('MATCH_SUGGEST_THRESHOLD must not be greater than MATCH_ANSWER_THRESHOLD.');
  }
  return Object.freeze({
    port: e.PORT,
    bot: Object.freeze({
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    }),
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : path.join(PROJECT_ROOT, 'knowledge'),
    thresholds: Object.freeze({ answer, suggest, maxSuggestions: TUNED_THRESHOLDS.maxSuggestions }),
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    directLine: Object.freeze({
      secret: e.DIRECT_LINE_SECRET,
      endpoint: (e.DIRECT_LINE_ENDPOINT ?? 'https://directline.botframework.com/v3/directline').replace(/\/+$/, ''),
      tokenSecret: e.DIRECT_LINE_TOKEN_SECRET,
      tokenLifetimeSeconds: e.DIRECT_LINE_TOKEN_LIFETIME_SECONDS,
      maxMessageBytes: e.DIRECT_LINE_MAX_MESSAGE_BYTES,
      messagesPerMinute: e.DIRECT_LINE_MESSAGES_PER_MINUTE,
      tokensPerMinute: e.DIRECT_LINE_TOKENS_PER_MINUTE,
    }),
    misses: Object.freeze(missesConfig(e)),
    logHashSalt: e.LOG_HASH_SALT ?? randomBytes(32).toString('hex'),
    assistApiKey: e.ASSIST_API_KEY,
    matcherCacheFile: e.MATCHER_CACHE_FILE ? path.resolve(e.MATCHER_CACHE_FILE) : path.join(PROJECT_ROOT, 'data', 'matcher-calibration.json'),
  });
}

/** What the Teams app package needs: `npm run manifest`. */
export interface ManifestConfig {
  readonly teamsAppId: string;
  readonly botAppId: string;
  /** Host name the bot is served from (no scheme), e.g. assistant.example.org. */
  readonly botDomain: string;
  readonly appVersion: string;
  readonly knowledgeDir: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ManifestEnvSchema = z.object({
  TEAMS_APP_ID: z.string({ message: 'TEAMS_APP_ID must be set to the Teams app id (a GUID)' }).regex(GUID, {
    message: 'TEAMS_APP_ID must be a GUID such as 00000000-0000-0000-0000-000000000000',
  }),
  MicrosoftAppId: z
    .string({ message: 'MicrosoftAppId must be set to the bot registration id (a GUID)' })
    .regex(GUID, { message: 'MicrosoftAppId must be a GUID for a Teams app package' }),
  BOT_DOMAIN: z
    .string({ message: 'BOT_DOMAIN must be set to the host name the bot is served from' })
    .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { message: 'BOT_DOMAIN must be a host name such as bot.example.org, without https://' }),
  APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, { message: 'APP_VERSION must look like 1.0.0' })
    .default('1.0.0'),
  KNOWLEDGE_DIR: z.string().optional(),
});

/** Reads the Teams package settings. Throws ConfigError naming the variable. */
export function loadManifestConfig(env: NodeJS.ProcessEnv = readEnvironment()): ManifestConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = ManifestEnvSchema.safeParse(given);
  if (!parsed.success) throw new ConfigError(`${parsed.error.issues[0].message}.`);
  const e = parsed.data;
  return Object.freeze({
    teamsAppId: e.TEAMS_APP_ID,
    botAppId: e.MicrosoftAppId,
    botDomain: e.BOT_DOMAIN,
    appVersion: e.APP_VERSION,
    knowledgeDir: e.KNOWLEDGE_DIR ? path.resolve(e.KNOWLEDGE_DIR) : path.join(PROJECT_ROOT, 'knowledge'),
  });
}
