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
  PORT: number('PORT', 0, 65535, true).default(3978),
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
  SHUTDOWN_GRACE_MS: number('SHUTDOWN_GRACE_MS', 0, 60000, true).default(5000),
});

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
}

/** The process environment, with values from a .env file in the project filling any that are unset. */
export function readEnvironment(file = path.join(PROJECT_ROOT, '.env')): NodeJS.ProcessEnv {
  if (!existsSync(file)) return process.env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...process.env };
}

/** Reads and checks the environment. Throws ConfigError with a sentence that names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const parsed = EnvSchema.safeParse(env);
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
  });
}
