import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../../briefing/types.js';

/** Discord JSON error codes we act on (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). */
const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;

/** A REST failure as the scheduler can act on it. */
export function toDeliveryError(err: unknown, channelId: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : undefined;
    const label = `${err.status}${code ? `/${code}` : ''}`;
    if (err.status === 404 || code === UNKNOWN_CHANNEL)
      return new DeliveryError('channel-gone', label, `channel ${channelId} is gone (${err.message})`);
    if (err.status === 403 || code === MISSING_ACCESS || code === MISSING_PERMISSIONS) {
      return new DeliveryError('forbidden', label, `no access to channel ${channelId} (${err.message})`);
    }
    if (err.status === 401) return new DeliveryError('auth', label, 'Discord refused the bot token (401)');
    if (err.status >= 500 || err.status === 429) return new DeliveryError('transient', label, err.message);
    // Any other 4xx is our own bad request: retrying will not help, but it is not the channel's fault either.
    return new DeliveryError('transient', label, `Discord refused the message: ${err.message}`);
  }
  if (err instanceof HTTPError)
    return new DeliveryError('transient', String(err.status), `Discord answered ${err.status}`);
  if (err instanceof RateLimitError)
    return new DeliveryError('transient', '429', `rate limited for ${err.retryAfter} ms`);
  const e = err as { name?: string; code?: string; message?: string } | undefined;
  const code = e?.name === 'AbortError' ? 'timeout' : (e?.code ?? e?.name ?? 'network');
  return new DeliveryError('transient', String(code), e?.message ?? String(err));
}
