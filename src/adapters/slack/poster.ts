import type { ChannelPoster } from '../../briefing/types.js';
import type { Reply } from '../../reply/model.js';
import type { WebClient } from './client.js';
import { toDeliveryError } from './errors.js';
import { renderSlack, type SlackMessage } from './render.js';

export { createSlackWebClient, type SlackClientSettings } from './client.js';

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

/**
 * The scheduler's way into Slack: chat.postMessage, one call per rendered message, in order.
 * 429s are waited out by the WebClient (see client.ts); what is left surfaces as a DeliveryError.
 */
export function createSlackPoster(opts: { client: WebClient }): ChannelPoster {
  return {
    platform: 'slack',
    async post(channelId: string, reply: Reply) {
      const messageIds: string[] = [];
      for (const message of renderSlack(reply)) {
        try {
          const result = await opts.client.chat.postMessage(postArgs(channelId, message));
          messageIds.push(String(result.ts ?? ''));
        } catch (err) {
          throw toDeliveryError(err);
        }
      }
      return { messageIds };
    },
  };
}
