import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Field names that hold credentials, in any case and at any depth: headers (Authorization,
 * Cookie, X-Slack-Signature, X-Api-Key), tokens, secrets, passwords, API keys.
 */
const SECRET_KEY = /(authorization|cookie|signature|password|passwd|secret|token|api[-_]?key)$/i;

/**
 * Slack tokens by their shape: in multi-workspace mode each workspace's token comes from the
 * database, not the environment, so it is not among the secrets known at start-up.
 */
const SLACK_TOKEN = /\bxox[abeoprs]-[A-Za-z0-9-]{6,}/g;

const REDACTED = '[redacted]';

/** How far into a logged value the scrubber looks, and how much of it is kept: a log line stays small. */
const MAX_DEPTH = 8;
const MAX_NODES = 2_000;
const MAX_ITEMS = 50;
const MAX_STRING = 8_000;

export interface LogOptions {
  level?: string;
  /** Secret values to scrub from every message string, wherever they turn up. */
  secrets?: string[];
  /** Pretty, human lines (for a terminal); JSON otherwise. */
  pretty?: boolean;
  /** Where lines go; standard error by default so the console's replies stay clean on stdout. */
  destination?: NodeJS.WritableStream;
}

/**
 * pino with every logged value scrubbed before it is written: the message and its arguments,
 * the merging object and child-logger bindings. Fields named like credentials are redacted;
 * known secret values are cut out of every string; depth, breadth and length are bounded.
 */
export function createLogger(options: LogOptions = {}): Logger {
  const scrub = scrubber(options.secrets ?? []);
  const base: LoggerOptions = {
    level: options.level ?? 'info',
    hooks: {
      logMethod(args, method) {
        return method.apply(this, args.map((a) => scrub(a)) as Parameters<typeof method>);
      },
    },
  };
  const logger = options.pretty
    ? pino({ ...base, transport: { target: 'pino-pretty', options: { destination: 2, colorize: true } } })
    : pino(base, (options.destination as pino.DestinationStream | undefined) ?? pino.destination(2));
  // pino resets the bindings formatter for children, so their bindings are scrubbed here; children inherit this child().
  const child = logger.child;
  logger.child = function scrubbedChild(this: Logger, bindings, childOptions) {
    return child.call(this, scrub(bindings) as typeof bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

/** The scrubber createLogger uses, for values written outside a logger (the fatal handlers' last line). */
function scrubber(secrets: readonly string[]): (value: unknown) => unknown {
  const known = secrets.filter((s) => s.length >= 6);
  const text = (s: string) => {
    const cut = s.length > MAX_STRING ? `${s.slice(0, MAX_STRING)}… [${s.length - MAX_STRING} more characters]` : s;
    return known
      .reduce((out, secret) => (out.includes(secret) ? out.split(secret).join(REDACTED) : out), cut)
      .replace(SLACK_TOKEN, REDACTED);
  };
  return (value) => {
    const budget = { nodes: MAX_NODES };
    const seen = new WeakSet<object>();
    const walk = (v: unknown, depth: number): unknown => {
      if (typeof v === 'string') return text(v);
      if (v === null || typeof v !== 'object') return v;
      if (seen.has(v)) return '[circular]';
      if (depth > MAX_DEPTH) return '[too deep]';
      if (--budget.nodes < 0) return '[too large]';
      seen.add(v);
      if (v instanceof Date) return v;
      if (ArrayBuffer.isView(v)) return `[${v.byteLength} bytes]`;
      if (Array.isArray(v)) {
        const head = v.slice(0, MAX_ITEMS).map((x) => walk(x, depth + 1));
        return v.length > MAX_ITEMS ? [...head, `[${v.length - MAX_ITEMS} more]`] : head;
      }
      if (v instanceof Error) {
        // A copy, so the caller's error is untouched; pino's err serializer still sees an Error.
        const copy = new Error(text(v.message));
        copy.name = v.name;
        copy.stack = v.stack === undefined ? undefined : text(v.stack);
        for (const [k, x] of fields(v))
          (copy as unknown as Record<string, unknown>)[k] = SECRET_KEY.test(k) ? REDACTED : walk(x, depth + 1);
        if ('cause' in v) (copy as { cause?: unknown }).cause = walk(v.cause, depth + 1);
        return copy;
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of fields(v))
        out[k] = SECRET_KEY.test(k) && x !== undefined && x !== null ? REDACTED : walk(x, depth + 1);
      return out;
    };
    return walk(value, 0);
  };
}

function fields(v: object): [string, unknown][] {
  const keys = Object.keys(v);
  const kept = keys.slice(0, MAX_ITEMS).map((k): [string, unknown] => [k, (v as Record<string, unknown>)[k]]);
  if (keys.length > MAX_ITEMS) kept.push(['…', `${keys.length - MAX_ITEMS} more fields`]);
  return kept;
}
