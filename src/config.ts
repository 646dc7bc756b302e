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
    BRIEFING_TIMEZONE: z.string().min(1).default('UTC'),
    BRIEFING_GRACE_HOURS: z.coerce.number().positive().default(6),
    DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),

    FEEDS_CRON: z.string().min(1).default('*/30 * * * *'),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'required when DISCORD_TOKEN is set' });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)' });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set' });
    }
    if (!isTimeZone(env.BRIEFING_TIMEZONE)) {
      ctx.addIssue({ code: 'custom', path: ['BRIEFING_TIMEZONE'], message: `"${env.BRIEFING_TIMEZONE}" is not an IANA time zone (e.g. Europe/Berlin)` });
    }
  });

export type Config = z.infer<typeof EnvSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const result = EnvSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  // Values are never echoed: some of them are secrets.
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`) };
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
