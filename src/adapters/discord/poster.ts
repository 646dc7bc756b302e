import { Routes, type REST } from 'discord.js';
import { createHash } from 'node:crypto';
import type { ChannelPoster, PostOptions } from '../../briefing/types.js';
import type { Reply } from '../../reply/model.js';
import { renderReply } from './render.js';
import { toDeliveryError } from './errors.js';
import { filesFor } from './files.js';

export { createDiscordRest } from './rest.js';

/**
 * Posts a reply into a channel for the scheduler, through discord.js's REST queue (buckets and
 * 429s are handled there). Failures surface as DeliveryError.
 */
export function createDiscordPoster(opts: { rest: REST }): ChannelPoster {
  return {
    platform: 'discord',
    async post(channelId: string, reply: Reply, options: PostOptions = {}): Promise<{ messageIds: string[] }> {
      const messageIds: string[] = [];
      // Ephemeral means nothing in a channel post; drop the flag rather than have Discord refuse it.
      for (const [part, { flags: _flags, ...payload }] of renderReply(reply).entries()) {
        // Parts an earlier attempt posted are not posted again.
        if (part < (options.fromPart ?? 0)) continue;
        const body = options.idempotencyKey
          ? { ...payload, nonce: nonceFor(options.idempotencyKey, part), enforce_nonce: true }
          : payload;
        let message: { id: string };
        try {
          // A picture goes as a multipart upload with the message (payload_json + files[0]).
          const files = await filesFor(reply, payload);
          message = (await opts.rest.post(Routes.channelMessages(channelId), {
            body,
            ...(files.length > 0 && { files }),
          })) as { id: string };
        } catch (err) {
          throw toDeliveryError(err, channelId);
        }
        messageIds.push(message.id);
        await options.onPart?.(part, message.id);
      }
      return { messageIds };
    },
  };
}

/**
 * Discord keeps a nonce for a few minutes and, with enforce_nonce, answers a repeat with the
 * message already created: a retry after a post that landed but whose answer was lost (a
 * timeout, a 5xx at the edge) does not post twice. Nonces are at most 25 characters.
 */
function nonceFor(key: string, part: number): string {
  return createHash('sha256').update(`${key}#${part}`).digest('base64url').slice(0, 25);
}
