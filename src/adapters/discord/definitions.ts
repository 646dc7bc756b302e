import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { AnyCommand } from '../../../commands/types.js';
import { optionSpecs, type OptionKind, type OptionSpec } from '../../../commands/options.js';
import { DISCORD_LIMITS as L, truncate } from '../../reply/limits.js';

/**
 * Discord's command definitions, derived from the registry: one /sco command whose
 * sub-commands are the registry's commands. Discord can only restrict a whole top-level
 * command (default_member_permissions is not per sub-command), so admin-only commands live
 * under a second command, /sco-admin, declared for Manage Channels; the adapter checks the
 * right again at run time, since server admins can override the default.
 */
export { ROOT_COMMAND, DISCORD_ADMIN_COMMAND as ADMIN_COMMAND } from '../../../commands/invocation.js';
import { ROOT_COMMAND, DISCORD_ADMIN_COMMAND as ADMIN_COMMAND } from '../../../commands/invocation.js';

export type CommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;

const KIND: Record<OptionKind, ApplicationCommandOptionType.String | ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number | ApplicationCommandOptionType.Boolean> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  number: ApplicationCommandOptionType.Number,
  boolean: ApplicationCommandOptionType.Boolean,
};

/** Discord allows 25 sub-commands and 25 options per command, 25 choices per option. */
const MAX = 25;

export function buildCommandDefinitions(registry: CommandRegistry): CommandBody[] {
  const everyone = registry.commands.filter((c) => !c.adminOnly);
  const admin = registry.commands.filter((c) => c.adminOnly);
  const out: CommandBody[] = [
    {
      name: ROOT_COMMAND,
      description: 'Briefings on the Shanghai Cooperation Organization',
      options: everyone.slice(0, MAX).map(subcommand),
    },
  ];
  if (admin.length > 0) {
    out.push({
      name: ADMIN_COMMAND,
      description: "Manage this channel's SCO briefings (needs Manage Channels)",
      default_member_permissions: String(PermissionFlagsBits.ManageChannels),
      // Servers and the bot's own DM only: not group DMs or other people's DMs (a user-installed
      // app's commands reach those), where "this channel" is not the caller's to subscribe.
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options: admin.slice(0, MAX).map(subcommand),
    });
  }
  return out;
}

function subcommand(command: AnyCommand): APIApplicationCommandSubcommandOption {
  // Discord wants required options before optional ones.
  const specs = [...optionSpecs(command)].sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.name,
    description: truncate(command.description, L.commandDescription),
    options: specs.slice(0, MAX).map(option),
  };
}

function option(spec: OptionSpec): APIApplicationCommandBasicOption {
  const base = {
    type: KIND[spec.kind],
    name: spec.name,
    description: truncate(spec.description, L.optionDescription),
    required: spec.required,
  };
  if (spec.choices) {
    return { ...base, type: ApplicationCommandOptionType.String as const, choices: spec.choices.slice(0, MAX).map((c) => ({ name: truncate(c, L.choiceName), value: c })) };
  }
  if (spec.kind === 'string') {
    return {
      ...base,
      type: ApplicationCommandOptionType.String as const,
      ...(spec.autocomplete && { autocomplete: true }),
      ...(spec.maxLength !== undefined && { max_length: Math.min(spec.maxLength, 6000) }),
    };
  }
  return base as APIApplicationCommandBasicOption;
}
