import { createHmac } from 'node:crypto';

/**
 * Requests signed the way Slack signs them (v0: HMAC-SHA256 of `v0:{timestamp}:{body}` with the
 * app's signing secret; https://api.slack.com/authentication/verifying-requests-from-slack),
 * to drive Bolt's receiver as Slack would.
 */

export interface SignedPostOptions {
  secret: string;
  /** Unix seconds; now by default. */
  timestamp?: number;
  contentType?: 'application/x-www-form-urlencoded' | 'application/json';
  /** Send this signature instead of the right one (forgery tests). */
  signature?: string;
}

export interface SignedResponse {
  status: number;
  text: string;
}

export function signRequest(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function signedPost(url: string, body: string, opts: SignedPostOptions): Promise<SignedResponse> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? signRequest(opts.secret, timestamp, body),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
