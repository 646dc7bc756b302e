import { DeliveryError, type ChannelPoster, type PostOptions } from '../../briefing/types.js';
import type { Reply } from '../../reply/model.js';
import type { WebClient } from './client.js';
import { toDeliveryError } from './errors.js';
import { renderSlack, type SlackMessage } from './render.js';
import { uploadImage } from './upload.js';

export { createSlackWebClient } from './client.js';

/** Arguments every message we post carries: no mention parsing, no link previews. */
export function postArgs(channel: string, message: SlackMessage) {
  return {
    channel,
    text: message.text,
    blocks: message.blocks,
    link_names: false,
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** The bot token of a subscription's workspace (multi-workspace mode); throws a DeliveryError when there is none. */
export type TokenFor = (workspaceId: string | undefined) => Promise<string>;

/**
 * The scheduler's way into Slack: chat.postMessage, one call per rendered message, in order.
 * 429s are waited out by the WebClient (see client.ts); what is left surfaces as a DeliveryError.
 * A picture follows the text as a file shared into the channel; the text is the digest, so a
 * picture that cannot be posted (no files:write yet, an upload error) is reported through
 * `onImageFailure` and does not fail, pause or repeat the delivery.
 * With `tokenFor`, each post carries the token of the subscription's own workspace.
 */
export function createSlackPoster(opts: {
  client: WebClient;
  tokenFor?: TokenFor;
  onImageFailure?: (err: unknown, channelId: string) => void;
}): ChannelPoster {
  return {
    platform: 'slack',
    async post(channelId: string, reply: Reply, options: PostOptions = {}) {
      const messageIds: string[] = [];
      const token = opts.tokenFor ? await opts.tokenFor(options.workspaceId) : undefined;
      for (const [part, message] of renderSlack(reply).entries()) {
        // Parts an earlier attempt posted are not posted again.
        if (part < (options.fromPart ?? 0)) continue;
        let ts: string;
        try {
          const result = await opts.client.chat.postMessage({
            ...postArgs(channelId, message),
            ...(token && { token }),
          });
          ts = String(result.ts ?? '');
        } catch (err) {
          const failure = toDeliveryError(err);
          // One workspace's token revoked is that workspace's trouble, not the platform's: pause its subscription.
          if (token && failure.failure === 'auth') throw new DeliveryError('forbidden', failure.code, failure.message);
          throw failure;
        }
        messageIds.push(ts);
        await options.onPart?.(part, ts);
      }
      if (reply.image) {
        try {
          messageIds.push(
            `file:${await uploadImage(opts.client, reply.image, { channel: channelId, title: reply.title, ...(token && { token }) })}`,
          );
        } catch (err) {
          opts.onImageFailure?.(err, channelId);
        }
      }
      return { messageIds };
    },
  };
}
