import { Routes, type Client, type Message } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { Services } from '../../../commands/types.js';
import { renderReply, NO_MENTIONS } from './render.js';
import { messageContext } from './context.js';
import { filesFor } from './files.js';

export interface MessageDeps {
  client: Client;
  registry: CommandRegistry;
  services: Services;
  logger: Logger;
}

/**
 * A message that mentions the bot, or any DM, is a question for `ask`. Other messages are
 * ignored (and without the Message Content intent their text is not delivered anyway).
 */
export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  return async (message) => {
    try {
      const me = deps.client.user;
      if (!me || message.author.bot || message.author.id === me.id || message.system) return;
      const inDm = !message.inGuild();
      if (!inDm && !message.mentions.users.has(me.id)) return;
      const question = stripMention(message.content, me.id);
      const ctx = messageContext(message, deps.services);
      const reply = question
        ? await deps.registry.run('ask', { question }, ctx)
        : await deps.registry.run('help', {}, ctx);
      const bodies = renderReply(reply);
      for (const [i, { flags: _flags, ...body }] of bodies.entries()) {
        const files = await filesFor(reply, body);
        await deps.client.rest.post(Routes.channelMessages(message.channelId), {
          body: {
            ...body,
            allowed_mentions: NO_MENTIONS,
            ...(i === 0 && { message_reference: { message_id: message.id, fail_if_not_exists: false } }),
          },
          ...(files.length > 0 && { files }),
        });
      }
    } catch (err) {
      deps.logger.error({ err, message: message.id, channel: message.channelId }, 'discord message handling failed');
    }
  };
}

/** The question without the bot's own mention (`<@id>` or the older `<@!id>`). */
function stripMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
