import type { Reply } from '../reply/model.js';

/**
 * What the scheduler needs from a chat platform: post a reply into a channel, and failures
 * it can act on. Each adapter (discord, slack, console) implements it.
 */
export interface ChannelPoster {
  readonly platform: 'discord' | 'slack' | 'console';
  /** Posts the reply (split into several messages if it must be); resolves with every message id, in order. */
  post(channelId: string, reply: Reply, options?: PostOptions): Promise<{ messageIds: string[] }>;
}

export interface PostOptions {
  /**
   * The same key on a repeated post of the same delivery: a platform that can deduplicate
   * (Discord's enforced nonce) returns the message already posted instead of posting again.
   */
  idempotencyKey?: string;
}

/**
 * - `channel-gone`: the channel no longer accepts our posts (404, unknown channel, channel_not_found, is_archived):
 *   pause the subscription, keep its configuration.
 * - `forbidden`: we lack access (403, missing access, not_in_channel): pause likewise.
 * - `auth`: our own credentials are bad (invalid_auth, 401): stop posting on this platform.
 * - `transient`: 5xx, timeouts, network errors: retry with back-off.
 * Rate limits (429) are absorbed by the platform libraries' own queues and do not surface here.
 */
export type DeliveryFailure = 'channel-gone' | 'forbidden' | 'auth' | 'transient';

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly failure: DeliveryFailure,
    /** The platform's own code, e.g. 404, 50001 Missing Access, not_in_channel. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get pausesSubscription(): boolean {
    return this.failure === 'channel-gone' || this.failure === 'forbidden';
  }
}
