import { Routes, type REST } from 'discord.js';
import type { ChannelPoster } from '../poster.js';
import type { Reply } from '../../reply/model.js';
import { renderReply } from './render.js';
import { toDeliveryError } from './errors.js';

export { createDiscordRest } from './rest.js';

/**
 * Posts a reply into a channel for the scheduler, through discord.js's REST queue (buckets and
 * 429s are handled there). Failures surface as DeliveryError.
 */
export function createDiscordPoster(opts: { rest: REST }): ChannelPoster {
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply): Promise<{ messageIds: string[] }> {
      const messageIds: string[] = [];
      // Ephemeral means nothing in a channel post; drop the flag rather than have Discord refuse it.
      for (const { flags: _flags, ...body } of renderReply(reply)) {
        try {
          const message = (await opts.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
          messageIds.push(message.id);
        } catch (err) {
          throw toDeliveryError(err, channelId);
        }
      }
      return { messageIds };
    },
  };
}
