import { webApi } from '@slack/bolt';
import { DeliveryError, type DeliveryFailure } from '../../briefing/types.js';

/** Slack's error codes the scheduler can act on; anything else from the platform is treated as transient. */
const PLATFORM_FAILURES: Record<string, DeliveryFailure> = {
  not_in_channel: 'forbidden',
  restricted_action: 'forbidden',
  missing_scope: 'forbidden',
  channel_not_found: 'channel-gone',
  is_archived: 'channel-gone',
  invalid_auth: 'auth',
  not_authed: 'auth',
  account_inactive: 'auth',
  token_revoked: 'auth',
  token_expired: 'auth',
};

/** Maps what WebClient throws to a typed DeliveryError (idempotent on DeliveryErrors). */
export function toDeliveryError(err: unknown): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = err.data.error;
    return new DeliveryError(PLATFORM_FAILURES[code] ?? 'transient', code, `Slack refused the message: ${code}`);
  }
  if (err instanceof webApi.WebAPIHTTPError) {
    return new DeliveryError('transient', String(err.statusCode), `Slack answered HTTP ${err.statusCode}`);
  }
  if (err instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError('transient', 'rate_limited', `Slack rate limit; retry after ${err.retryAfter} s`);
  }
  if (err instanceof webApi.WebAPIRequestError) {
    const timedOut = err.original.name === 'TimeoutError' || err.original.name === 'AbortError';
    return new DeliveryError(
      'transient',
      timedOut ? 'timeout' : 'network',
      `Could not reach Slack: ${err.original.message}`,
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DeliveryError(
    'transient',
    /rate limit/i.test(message) ? 'rate_limited' : 'unknown',
    `Slack delivery failed: ${message}`,
  );
}
