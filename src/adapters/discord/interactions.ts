import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { Telemetry } from '../../base/telemetry.js';
import type { Logger } from 'pino';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { Services } from '../../../commands/types.js';
import { optionSpecs } from '../../../commands/options.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { DISCORD_LIMITS as L, truncate } from '../../reply/limits.js';
import { renderReply, type DiscordMessageBody } from './render.js';
import { interactionContext } from './context.js';
import { filesFor } from './files.js';
import { ADMIN_COMMAND, ROOT_COMMAND } from './definitions.js';

export interface InteractionDeps {
  registry: CommandRegistry;
  services: Services;
  logger: Logger;
  /** Defer when the handler has not answered by then; Discord drops answers after 3 s. */
  deferAfterMs: number;
  /** Reply latency of /sco commands, for /metrics. */
  telemetry?: Telemetry;
}

/** The interactionCreate listener: answers every /sco interaction, never throws. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction, deps);
      else if (interaction.isChatInputCommand()) {
        const received = performance.now();
        await chatInput(interaction, deps);
        deps.telemetry?.commandReply('discord', (performance.now() - received) / 1000);
      }
    } catch (err) {
      deps.logger.error({ err, interaction: interaction.id, kind: interaction.type }, 'discord interaction failed');
      await answerError(interaction).catch((e: unknown) =>
        deps.logger.warn({ err: e }, 'could not send the error reply'),
      );
    }
  };
}

async function chatInput(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  if (interaction.commandName !== ROOT_COMMAND && interaction.commandName !== ADMIN_COMMAND) return;
  const sub = interaction.options.getSubcommand(false) ?? 'help';
  const command = deps.registry.get(sub);
  const ctx = interactionContext(interaction, deps.services);
  const work = deps.registry.run(sub, optionValues(interaction.options.data), ctx);
  // Should acknowledging fail first, the handler's outcome must not become an unhandled rejection.
  work.catch(() => {});

  let deferred = false;
  if (command?.slow) {
    await interaction.deferReply();
    deferred = true;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deps.deferAfterMs)));
  try {
    const first = deferred ? 'late' : await Promise.race([work, late]);
    if (first === 'late' && !deferred) {
      await interaction.deferReply();
      deferred = true;
    }
    const reply = first === 'late' ? await work : first;
    // Drawing a picture may outlast the 3 s Discord gives the first answer: acknowledge first.
    if (reply.image && !deferred && !reply.ephemeral) {
      await interaction.deferReply();
      deferred = true;
    }
    await deliver(interaction, reply, deferred);
  } finally {
    clearTimeout(timer);
  }
}

/** Sends the rendered parts: the reply (or the edit of the deferred one), then follow-ups. */
async function deliver(interaction: ChatInputCommandInteraction, reply: Reply, deferred: boolean): Promise<void> {
  const [firstBody, ...rest] = renderReply(reply);
  const first = await asOptions(firstBody!, reply);
  if (!deferred) {
    await interaction.reply(first);
  } else if (reply.ephemeral) {
    // A public "thinking…" cannot turn private: remove it and answer privately.
    await interaction.deleteReply().catch(() => {});
    await interaction.followUp(first);
  } else {
    const { flags: _flags, ...edit } = first;
    await interaction.editReply(edit);
  }
  for (const body of rest) await interaction.followUp(await asOptions(body, reply));
}

async function asOptions(body: DiscordMessageBody, reply?: Reply) {
  const files = reply ? await filesFor(reply, body) : [];
  return {
    embeds: body.embeds,
    allowedMentions: { parse: [] },
    ...(body.flags && { flags: MessageFlags.Ephemeral as const }),
    // discord.js uploads each as files[n] and sends its description (the alt text) in `attachments`.
    ...(files.length > 0 && {
      files: files.map(
        (f, i) => new AttachmentBuilder(f.data, { name: f.name, description: body.attachments![i]!.description }),
      ),
    }),
  };
}

async function answerError(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const [body] = renderReply(
    errorReply('Something went wrong', 'That did not work on our side; it has been logged. Please try again.'),
  );
  const options = await asOptions(body!);
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const sub = interaction.options.getSubcommand(false);
  const command = sub ? deps.registry.get(sub) : undefined;
  const spec = command ? optionSpecs(command).find((s) => s.name === focused.name) : undefined;
  if (spec?.autocomplete !== 'country') {
    await interaction.respond([]);
    return;
  }
  const typed = String(focused.value).slice(0, L.choiceValue);
  const choices = deps.services.facts.resolver
    .complete(typed, L.autocompleteChoices)
    .map((c) => ({ name: truncate(c.name, L.choiceName), value: truncate(c.name, L.choiceValue) }));
  await interaction.respond(choices.slice(0, L.autocompleteChoices));
}

/** The sub-command's options as the registry takes them: { name: value }. */
function optionValues(data: readonly CommandInteractionOption[]): Record<string, unknown> {
  const sub = data.find(
    (o) =>
      o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  const list = sub
    ? sub.type === ApplicationCommandOptionType.SubcommandGroup
      ? (sub.options?.[0]?.options ?? [])
      : (sub.options ?? [])
    : data;
  return Object.fromEntries(list.filter((o) => o.value !== undefined).map((o) => [o.name, o.value]));
}
