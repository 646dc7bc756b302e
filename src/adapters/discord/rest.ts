import { REST } from 'discord.js';

/** Where discord.js's REST sends requests, from DISCORD_API_URL (which may or may not end in /v10). */
export function apiBase(apiUrl: string): string {
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
}

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
  };
}
