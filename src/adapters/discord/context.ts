import { InteractionContextType, PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import type { CommandContext, Services } from '../../../commands/types.js';

/**
 * Who asked and where. The admin check reads the member's permissions in this channel as
 * Discord computed them for the interaction (overwrites included), so it holds even when a
 * server admin has opened /sco-admin to everyone. In a DM the asker owns the conversation.
 */
export function interactionContext(interaction: Interaction, services: Services): CommandContext {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    channelId: interaction.channelId ?? interaction.user.id,
    workspaceId: interaction.guildId ?? undefined,
    locale: interaction.locale,
    // Outside a server, only the bot's own DM is the asker's (a group DM or someone else's DM is not).
    canAdminister: async () =>
      interaction.inGuild() ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : interaction.context !== InteractionContextType.PrivateChannel,
    services,
  };
}

/** Messages carry no computed permissions; a mention or DM only reaches `ask`, which needs none. */
export function messageContext(message: Message, services: Services): CommandContext {
  return {
    platform: 'discord',
    userId: message.author.id,
    channelId: message.channelId,
    workspaceId: message.guildId ?? undefined,
    canAdminister: async () => !message.inGuild(),
    services,
  };
}
