import { webApi } from '@slack/bolt';
import type { Logger } from '@slack/bolt';

export type WebClient = webApi.WebClient;
export type WebClientOptions = webApi.WebClientOptions;

export interface SlackClientSettings {
  /** Absent in multi-workspace mode: each call then names its workspace's token. */
  token?: string;
  /** Web API base (SLACK_API_URL); Slack's own when absent. */
  apiUrl?: string;
  /** Per-request timeout; a hung request becomes a transient failure instead of a stuck delivery. */
  timeoutMs?: number;
  /** Retries on 429 (after the Retry-After wait), 5xx and network errors. */
  retries?: number;
  logger?: Logger;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 3;

/**
 * WebClient options shared by Bolt's own client and the scheduler's poster: rate-limited calls
 * wait for Retry-After and are retried by the client itself (rejectRateLimitedCalls false),
 * other transport failures back off briefly, and every request has a timeout.
 */
export function slackClientOptions(settings: Omit<SlackClientSettings, 'token'>): WebClientOptions {
  // Slack's WebClient expects the base URL to end with a slash ("…/api/").
  const apiUrl = settings.apiUrl
    ? settings.apiUrl.endsWith('/')
      ? settings.apiUrl
      : `${settings.apiUrl}/`
    : undefined;
  return {
    ...(apiUrl && { slackApiUrl: apiUrl }),
    ...(settings.logger && { logger: settings.logger }),
    timeout: settings.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rejectRateLimitedCalls: false,
    retryConfig: {
      retries: settings.retries ?? DEFAULT_RETRIES,
      factor: 2,
      minTimeout: 200,
      maxTimeout: 5_000,
      randomize: true,
    },
    // Our requests never need an absolute URL; keep every call on the configured base.
    allowAbsoluteUrls: false,
  };
}

export function createSlackWebClient(settings: SlackClientSettings): WebClient {
  return new webApi.WebClient(settings.token, slackClientOptions(settings));
}
