import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Loopback fakes that enforce the platforms' posting limits, shared by the fan-out benches:
 * Discord's global 50 requests/s and Slack's 1 message/s per channel, with 429s and 5xx
 * injected on demand. Each counts what it admitted, refused and accepted.
 */

export const RATE_429 = 0.05;
export const RATE_5XX = 0.02;
export const DISCORD_GLOBAL_PER_S = 50;
export const DISCORD_MODEL: 'bucket' | 'rolling' =
  process.env.FANOUT_DISCORD_LIMIT === 'rolling' ? 'rolling' : 'bucket';

export interface FakeStats {
  requests: number;
  injected429: number;
  injected5xx: number;
  limited429: number;
  accepted: Map<string, number[]>;
  /** Arrival time of every request, for the timeline. */
  arrivals: number[];
  /** Seconds each channel was told to wait by injected 429s (Retry-After). */
  told: Map<string, number>;
}

export function newStats(): FakeStats {
  return {
    requests: 0,
    injected429: 0,
    injected5xx: 0,
    limited429: 0,
    accepted: new Map(),
    arrivals: [],
    told: new Map(),
  };
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}

export function json(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

/**
 * Discord: every request counts against the global 50 requests/s, modelled as a token bucket
 * (50 burst, refilled at 50/s; FANOUT_DISCORD_LIMIT=bucket, the default) or, stricter, as at
 * most 50 in any rolling second (FANOUT_DISCORD_LIMIT=rolling). A global 429 carries
 * Retry-After in whole seconds, as Discord's header does.
 */
export async function rateLimitedDiscord(faults: boolean, stats: FakeStats) {
  const window: number[] = [];
  let tokens = DISCORD_GLOBAL_PER_S;
  let refilled = Date.now();
  let id = 1_300_000_000_000_000_000n;
  /** Seconds to wait when the request is over the limit, else 0. */
  const admit = (now: number): number => {
    if (DISCORD_MODEL === 'bucket') {
      tokens = Math.min(DISCORD_GLOBAL_PER_S, tokens + ((now - refilled) / 1000) * DISCORD_GLOBAL_PER_S);
      refilled = now;
      if (tokens >= 1) return ((tokens -= 1), 0);
      return (1 - tokens) / DISCORD_GLOBAL_PER_S;
    }
    while (window.length && now - window[0]! >= 1000) window.shift();
    if (window.length < DISCORD_GLOBAL_PER_S) return (window.push(now), 0);
    return (1000 - (now - window[0]!)) / 1000;
  };
  return listen(async (req, res) => {
    const raw = await body(req);
    stats.requests++;
    const now = Date.now();
    stats.arrivals.push(now);
    const wait = admit(now);
    if (wait > 0) {
      stats.limited429++;
      return json(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: wait, global: true },
        { 'retry-after': String(Math.ceil(wait)), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      );
    }
    const match = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return json(res, 404, { message: 'Unknown', code: 0 });
    const roll = Math.random();
    if (faults && roll < RATE_429) {
      stats.injected429++;
      stats.told.set(match[1]!, (stats.told.get(match[1]!) ?? 0) + 0.5);
      return json(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: 0.5, global: false },
        {
          'retry-after': '1',
          'x-ratelimit-scope': 'user',
          'x-ratelimit-reset-after': '0.5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-limit': '5',
          'x-ratelimit-bucket': `b${match[1]}`,
        },
      );
    }
    if (faults && roll < RATE_429 + RATE_5XX) {
      stats.injected5xx++;
      return json(res, 502, { message: 'Bad Gateway', code: 0 });
    }
    const channel = match[1]!;
    stats.accepted.set(channel, [...(stats.accepted.get(channel) ?? []), now]);
    id += 1n;
    JSON.parse(raw);
    return json(res, 200, { id: String(id), channel_id: channel, content: '', embeds: [] });
  });
}

/** Slack: chat.postMessage at most one message per second per channel. */
export async function rateLimitedSlack(faults: boolean, stats: FakeStats) {
  let ts = 1_700_000_000;
  return listen(async (req, res) => {
    const raw = await body(req);
    stats.requests++;
    const params = new URLSearchParams(raw);
    const channel = params.get('channel') ?? (JSON.parse(raw || '{}') as { channel?: string }).channel ?? '';
    const now = Date.now();
    stats.arrivals.push(now);
    const last = stats.accepted.get(channel)?.at(-1);
    if (last !== undefined && now - last < 1000) {
      stats.limited429++;
      return json(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(Math.ceil((1000 - (now - last)) / 1000)) },
      );
    }
    const roll = Math.random();
    if (faults && roll < RATE_429) {
      stats.injected429++;
      stats.told.set(channel, (stats.told.get(channel) ?? 0) + 1);
      return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
    }
    if (faults && roll < RATE_429 + RATE_5XX) {
      stats.injected5xx++;
      return json(res, 503, { ok: false, error: 'service_unavailable' });
    }
    stats.accepted.set(channel, [...(stats.accepted.get(channel) ?? []), now]);
    ts += 1;
    return json(res, 200, { ok: true, channel, ts: `${ts}.000100`, message: {} });
  });
}

/** The time the limits alone require to accept these messages. */
export function floorSeconds(platform: 'discord' | 'slack', accepted: Map<string, number[]>): number {
  const messages = [...accepted.values()].reduce((n, l) => n + l.length, 0);
  if (platform === 'discord') return Math.max(0, messages - DISCORD_GLOBAL_PER_S) / DISCORD_GLOBAL_PER_S;
  return Math.max(0, ...[...accepted.values()].map((l) => l.length - 1));
}

export function tally(accepted: Map<string, number[]>, channels: string[]) {
  return {
    messages: [...accepted.values()].reduce((n, l) => n + l.length, 0),
    lost: channels.filter((c) => !accepted.has(c)).length,
    // A digest that fits one message: anything beyond one per channel is a duplicate.
    duplicated: channels.reduce((n, c) => n + Math.max(0, (accepted.get(c)?.length ?? 0) - 1), 0),
  };
}
