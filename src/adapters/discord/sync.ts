import { Routes, type REST } from 'discord.js';
import type { CommandBody } from './definitions.js';

/**
 * Registers the commands only when they differ from what Discord already has, so restarts do
 * not spend the daily command-create budget or reset users' client caches. Both sides are
 * normalised first (Discord echoes definitions with ids, versions and defaults filled in);
 * the idea follows @sapphire/framework's computeDifferences.
 */

export interface SyncTarget {
  applicationId: string;
  /** Register in one guild (instant, for development); global otherwise. */
  guildId?: string;
}

export interface SyncResult {
  changed: boolean;
  /** What differed, by command name: for the log line. */
  differences: string[];
}

function commandsRoute(target: SyncTarget): `/${string}` {
  return target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
}

export async function syncCommands(
  rest: REST,
  target: SyncTarget,
  wanted: CommandBody[],
  options: { force?: boolean } = {},
): Promise<SyncResult> {
  const route = commandsRoute(target);
  const existing = (await rest.get(route)) as Record<string, unknown>[];
  const differences = options.force
    ? ['forced']
    : diffCommands(existing, wanted as unknown as Record<string, unknown>[]);
  if (differences.length === 0) return { changed: false, differences };
  await rest.put(route, { body: wanted });
  return { changed: true, differences };
}

export function diffCommands(existing: Record<string, unknown>[], wanted: Record<string, unknown>[]): string[] {
  const have = new Map(existing.map((c) => [String(c.name), JSON.stringify(normaliseCommand(c))]));
  const want = new Map(wanted.map((c) => [String(c.name), JSON.stringify(normaliseCommand(c))]));
  const out: string[] = [];
  for (const [name, json] of want) {
    if (!have.has(name)) out.push(`${name}: new`);
    else if (have.get(name) !== json) out.push(`${name}: changed`);
  }
  for (const name of have.keys()) if (!want.has(name)) out.push(`${name}: removed`);
  return out;
}

/** Only the fields we set, with Discord's defaults removed, in a fixed key order. */
function normaliseCommand(c: Record<string, unknown>): Record<string, unknown> {
  return {
    name: c.name,
    description: c.description ?? '',
    type: c.type ?? 1,
    default_member_permissions: c.default_member_permissions ?? null,
    // Where the command may be used: Discord echoes null and [0] (guild install) when unset.
    contexts: Array.isArray(c.contexts) ? [...(c.contexts as number[])].sort() : null,
    integration_types: Array.isArray(c.integration_types) ? [...(c.integration_types as number[])].sort() : [0],
    nsfw: c.nsfw ?? false,
    options: normaliseOptions(c.options),
  };
}

function normaliseOptions(options: unknown): unknown[] {
  if (!Array.isArray(options)) return [];
  return options.map((o: Record<string, unknown>) => ({
    type: o.type,
    name: o.name,
    description: o.description ?? '',
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: Array.isArray(o.choices)
      ? o.choices.map((ch: Record<string, unknown>) => ({ name: ch.name, value: ch.value }))
      : [],
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    options: normaliseOptions(o.options),
  }));
}
