import { z } from 'zod';
import cron from 'node-cron';
import ipaddr from 'ipaddr.js';

/**
 * The environment, validated once at start-up. Which adapters start follows from which
 * tokens are set; with none, the console adapter runs. Every problem is reported at once.
 */

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'expected a Discord id (17–20 digits)');
/** An API base URL: https, or http only on loopback (a token sent over plain http elsewhere travels in clear). */
const url = z.url({ protocol: /^https?$/ }).refine((u) => {
  const { protocol, hostname } = new URL(u);
  return protocol === 'https:' || isLoopbackHost(hostname);
}, 'use an https:// address; http:// is allowed only on loopback (127.0.0.1, localhost, [::1]), since the bot token would travel in clear');

/** DISCORD_SHARDS: `auto` (Discord's recommendation) or a total count of shards. */
const shardCount = z.union([z.literal('auto'), z.coerce.number().int().min(1).max(65_535)]);
/** DISCORD_SHARD_IDS: which shards this process runs, as `0`, `0,2` or `0-3,8`. */
const shardIds = z
  .string()
  .regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, 'expected shard ids such as 0, 0,2 or 0-3')
  .transform((text) => parseShardIds(text));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: optional(z.string()),

  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short for a bot token')),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(url),
  DISCORD_SHARDS: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
    shardCount.optional(),
  ),
  DISCORD_SHARD_IDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    shardIds.optional(),
  ),

  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'a bot token starts with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'looks too short for a signing secret')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'an app-level token starts with xapp-')),
  /** 0 picks any free port (tests). */
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address the HTTP receiver listens on: all interfaces by default, 127.0.0.1 behind a local proxy. */
  SLACK_HOST: z.string().min(1).default('0.0.0.0'),
  SLACK_API_URL: optional(url),
  // Multi-workspace mode (docs/slack.md): Bolt's OAuth installer instead of SLACK_BOT_TOKEN.
  SLACK_CLIENT_ID: optional(
    z.string().regex(/^\d+\.\d+$/, 'expected the Client ID from Basic Information (digits.digits)'),
  ),
  SLACK_CLIENT_SECRET: optional(z.string().min(8, 'looks too short for a client secret')),
  SLACK_STATE_SECRET: optional(z.string().min(16, 'use at least 16 random characters')),
  SLACK_TOKEN_KEY: optional(
    z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex characters, a 256-bit key (e.g. openssl rand -hex 32)'),
  ),

  DATABASE_PATH: z.string().min(1).default('var/sco-bot.sqlite'),
  // Set: every store on PostgreSQL (several replicas may share it); unset: the SQLite file above.
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/[^\s]+$/, 'expected postgres://user:password@host:5432/database'),
  ),
  DATABASE_POOL_MAX: z.coerce
    .number()
    .int()
    .min(2, 'at least 2: the news poll holds one connection while it saves through another')
    .max(100)
    .default(10),
  PICTURES_DIR: z.string().min(1).default('var/pictures'),
  BRIEFING_TIMEZONE: z.string().min(1).default('UTC'),
  BRIEFING_GRACE_HOURS: z.coerce.number().positive().default(6),
  DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),

  FEEDS_CRON: z.string().min(1).default('*/30 * * * *'),

  // Set: /healthz, /readyz and /metrics on this port; unset: no health server.
  HEALTH_PORT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  /** Feeds from loopback or private hosts, on any port: off, so a feed or its redirect cannot reach inside the network. */
  NEWS_ALLOW_PRIVATE_ADDRESSES: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  NEWS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DELIVERY_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
});

/** Every variable the bot reads: the env contract deployment files are checked against. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** Rules between variables, checked on the raw environment so they are reported together with schema errors. */
function crossProblems(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => typeof env[name] === 'string' && env[name]!.trim() !== '';
  const problems: string[] = [];
  if (set('DISCORD_TOKEN') && !set('DISCORD_APPLICATION_ID'))
    problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push('SLACK_SIGNING_SECRET: required when SLACK_BOT_TOKEN is set (or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!set('SLACK_BOT_TOKEN') && !set('SLACK_CLIENT_ID') && (set('SLACK_SIGNING_SECRET') || set('SLACK_APP_TOKEN'))) {
    problems.push(
      'SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set (or SLACK_CLIENT_ID for installs through OAuth)',
    );
  }
  problems.push(...slackOAuthProblems(set));
  problems.push(...shardProblems(env.DISCORD_SHARDS?.trim().toLowerCase(), env.DISCORD_SHARD_IDS?.trim()));
  const feedsCron = env.FEEDS_CRON?.trim();
  if (feedsCron) {
    const problem = cronProblem(feedsCron);
    if (problem) problems.push(`FEEDS_CRON: ${problem}`);
  }
  const zone = env.BRIEFING_TIMEZONE?.trim();
  if (zone && !isTimeZone(zone))
    problems.push(`BRIEFING_TIMEZONE: "${zone}" is not an IANA time zone (e.g. Europe/Berlin)`);
  return problems;
}

/** Multi-workspace mode needs its four settings and the HTTP receiver, and excludes the single-workspace token. */
function slackOAuthProblems(set: (name: string) => boolean): string[] {
  const oauth = ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_TOKEN_KEY', 'SLACK_SIGNING_SECRET'];
  if (!set('SLACK_CLIENT_ID')) {
    const stray = oauth.slice(0, 3).filter(set);
    return stray.length > 0
      ? [`SLACK_CLIENT_ID: required when ${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set`]
      : [];
  }
  const problems = oauth
    .filter((name) => !set(name))
    .map((name) => `${name}: required when SLACK_CLIENT_ID is set (installs through OAuth)`);
  if (set('SLACK_BOT_TOKEN'))
    problems.push(
      'SLACK_BOT_TOKEN: leave it empty when SLACK_CLIENT_ID is set; each workspace gets its own token when it installs the app',
    );
  if (set('SLACK_APP_TOKEN'))
    problems.push('SLACK_APP_TOKEN: installs through OAuth need the HTTP receiver, not Socket Mode');
  return problems;
}

/** Shard ids need a fixed count to be checked against (and Discord needs it in IDENTIFY). */
function shardProblems(count: string | undefined, ids: string | undefined): string[] {
  if (!ids) return [];
  if (!count || count === 'auto')
    return ['DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards (not auto)'];
  const total = Number(count);
  if (!Number.isInteger(total) || total < 1) return [];
  let parsed: number[];
  try {
    parsed = parseShardIds(ids);
  } catch {
    return [];
  }
  const outside = parsed.filter((id) => id >= total);
  return outside.length > 0
    ? [`DISCORD_SHARD_IDS: ${outside.join(', ')} outside 0–${total - 1} (DISCORD_SHARDS is ${total})`]
    : [];
}

/** `0-3,8` → [0, 1, 2, 3, 8]: sorted, without repeats. */
function parseShardIds(text: string): number[] {
  const ids = new Set<number>();
  for (const part of text.split(',')) {
    const [from, to = from] = part.split('-').map((n) => Number(n.trim()));
    if (from === undefined || to === undefined || !Number.isInteger(from) || !Number.isInteger(to) || to < from)
      throw new Error(`not a shard range: ${part}`);
    if (to - from > 65_535) throw new Error(`shard range too wide: ${part}`);
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
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
  return { discord: Boolean(config.DISCORD_TOKEN), slack: Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID) };
}

/** Values that must never reach a log line or a reply. */
export function secretsOf(config: Config): string[] {
  return [
    config.DISCORD_TOKEN,
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
    config.SLACK_CLIENT_SECRET,
    config.SLACK_STATE_SECRET,
    config.SLACK_TOKEN_KEY,
    databasePassword(config.DATABASE_URL),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** node-cron's own validation; a six-field expression (with seconds) must name one second, so polls are at most once a minute. */
function cronProblem(expression: string): string | undefined {
  if (!cron.validate(expression)) return `"${expression}" is not a cron expression (e.g. */30 * * * *)`;
  const fields = expression.split(/\s+/);
  if (fields.length === 6 && !/^\d{1,2}$/.test(fields[0]!))
    return `"${expression}" polls the feeds more often than once a minute`;
  return undefined;
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (!ipaddr.isValid(host)) return false;
  const ip = ipaddr.parse(host);
  const v4 =
    ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
  return v4.range() === 'loopback';
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The password inside DATABASE_URL, so the log redacts it wherever the URL or an error quoting it appears. */
function databasePassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password.length >= 4 ? password : undefined;
  } catch {
    return undefined;
  }
}
