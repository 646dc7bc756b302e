import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/** Field names that hold secrets anywhere in a logged object. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.DISCORD_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_CLIENT_SECRET',
  'config.SLACK_STATE_SECRET',
  'config.SLACK_TOKEN_KEY',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'SLACK_TOKEN_KEY',
];

/**
 * Slack tokens by their shape: in multi-workspace mode each workspace's token comes from the
 * database, not the environment, so it is not among the secrets known at start-up.
 */
const SLACK_TOKEN = /\bxox[abeoprs]-[A-Za-z0-9-]{6,}/g;

export const REDACTED = '[redacted]';

export interface LogOptions {
  level?: string;
  /** Secret values to scrub from every message string, wherever they turn up. */
  secrets?: string[];
  /** Pretty, human lines (for a terminal); JSON otherwise. */
  pretty?: boolean;
  /** Where lines go; standard error by default so the console's replies stay clean on stdout. */
  destination?: NodeJS.WritableStream;
}

/** pino with secrets redacted by field name and scrubbed by value. */
export function createLogger(options: LogOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const scrub = (s: string) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), s).replace(SLACK_TOKEN, REDACTED);
  const base: LoggerOptions = {
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: {
      logMethod(args, method) {
        const cleaned = args.map((a) => scrubValue(a, scrub, 1));
        return method.apply(this, cleaned as Parameters<typeof method>);
      },
    },
  };
  if (options.pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } });
  }
  return pino(base, (options.destination as pino.DestinationStream | undefined) ?? pino.destination(2));
}

/** Strings, errors, and one level of an object's fields (the usual `{ err }` shape). */
function scrubValue(value: unknown, scrub: (s: string) => string, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return scrubError(value, scrub);
  if (depth > 0 && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub, depth - 1)]));
  }
  return value;
}

function scrubError(err: Error, scrub: (s: string) => string): Error {
  const copy = new Error(scrub(err.message));
  copy.name = err.name;
  if (err.stack) copy.stack = scrub(err.stack);
  return copy;
}
