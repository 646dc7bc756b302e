import { REST } from 'discord.js';

/** Where discord.js's REST sends requests, from DISCORD_API_URL (which may or may not end in /v10). */
function apiBase(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

export interface DiscordRestOptions {
  token: string;
  /** DISCORD_API_URL: Discord's default, a REST proxy, or a test fake. */
  apiUrl?: string;
  /** Per-request timeout (discord.js default 15 s). */
  timeoutMs?: number;
  /** Retries on 5xx and network errors (discord.js default 3); 429s are waited out by the queue regardless. */
  retries?: number;
  /**
   * Milliseconds added to every rate-limit reset (discord.js default 50). Each global window then
   * lasts 1 s + offset, so the default alone costs 5% of throughput at the global limit.
   */
  offsetMs?: number;
}

/**
 * discord.js's own default, kept on purpose. Against the bench's token-bucket fake 20 ms sent 0
 * extra 429s and saved ~0.3 s in 10 s, but under a stricter rolling-second limit each window's
 * burst spreads differently and 20 ms drew 52 global 429s (13.5 s instead of 11.8 s); 5-10 ms
 * drew them even against the token bucket. A global 429 costs a whole 1 s window (Retry-After
 * is in whole seconds), far more than the 50 ms it guards.
 */
export const DEFAULT_OFFSET_MS = 50;

/**
 * discord.js's REST client, configured for us: its queue honours buckets, Retry-After and the
 * global limit, so callers never handle 429 themselves.
 */
export function createDiscordRest(opts: DiscordRestOptions): REST {
  return new REST(restOptions(opts)).setToken(opts.token);
}

/** The same options for the Client's own REST (`new Client({ rest })`). */
export function restOptions(opts: Omit<DiscordRestOptions, 'token'>): ConstructorParameters<typeof REST>[0] {
  return {
    version: '10',
    ...(opts.apiUrl && { api: apiBase(opts.apiUrl) }),
    ...(opts.timeoutMs !== undefined && { timeout: opts.timeoutMs }),
    ...(opts.retries !== undefined && { retries: opts.retries }),
    offset: opts.offsetMs ?? DEFAULT_OFFSET_MS,
  };
}
