import { z } from 'zod';

/**
 * The environment, validated once at start-up. Which adapters start follows from which
 * tokens are set; with none, the console adapter runs. Every problem is reported at once.
 */

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'expected a Discord id (17–20 digits)');
const url = z.url({ protocol: /^https?$/ });

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: optional(z.string()),

    DISCORD_TOKEN: optional(z.string().min(20, 'looks too short for a bot token')),
    DISCORD_APPLICATION_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_API_URL: optional(url),

    SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'a bot token starts with xoxb-')),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, 'looks too short for a signing secret')),
    SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'an app-level token starts with xapp-')),
    SLACK_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SLACK_API_URL: optional(url),

    DATABASE_PATH: z.string().min(1).default('var/sco-bot.sqlite'),
    PICTURES_DIR: z.string().min(1).default('var/pictures'),
    BRIEFING_TIMEZONE: z.string().min(1).default('UTC'),
    BRIEFING_GRACE_HOURS: z.coerce.number().positive().default(6),
    DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),

    FEEDS_CRON: z.string().min(1).default('*/30 * * * *'),
  });

/** Rules between variables, checked on the raw environment so they are reported together with schema errors. */
function crossProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => typeof env[name] === 'string' && env[name]!.trim() !== '';
  const problems: string[] = [];
  if (set('DISCORD_TOKEN') && !set('DISCORD_APPLICATION_ID')) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN'))) {
    problems.push('SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  const zone = env.BRIEFING_TIMEZONE?.trim();
  if (zone && !isTimeZone(zone)) problems.push(`BRIEFING_TIMEZONE: "${zone}" is not an IANA time zone (e.g. Europe/Berlin)`);
  return problems;
}

export type Config = z.infer<typeof EnvSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const result = EnvSchema.safeParse(env);
  // Values are never echoed: some of them are secrets.
  const problems = [
    ...(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)),
    ...crossProblems(env),
  ];
  if (result.success && problems.length === 0) return { ok: true, config: result.data };
  return { ok: false, problems };
}

/** Which chat platforms the configuration turns on. */
export function enabledPlatforms(config: Config): { discord: boolean; slack: boolean } {
  return { discord: Boolean(config.DISCORD_TOKEN), slack: Boolean(config.SLACK_BOT_TOKEN) };
}

/** Values that must never reach a log line or a reply. */
export function secretsOf(config: Config): string[] {
  return [config.DISCORD_TOKEN, config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
