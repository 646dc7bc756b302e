import type { AnyCommand, Platform } from './types.js';

/**
 * How a user types a command on each platform. Discord can restrict only a whole top-level
 * command to Manage Channels, so there the admin-only commands live under /sco-admin.
 */
export const ROOT_COMMAND = 'sco';
export const DISCORD_ADMIN_COMMAND = 'sco-admin';

type Named = Pick<AnyCommand, 'name' | 'adminOnly'>;

/** "/sco" or, for an admin command on Discord, "/sco-admin". */
function rootFor(command: Named, platform: Platform): string {
  return `/${platform === 'discord' && command.adminOnly ? DISCORD_ADMIN_COMMAND : ROOT_COMMAND}`;
}

/** "/sco country", "/sco-admin subscribe". */
export function invocation(command: Named, platform: Platform): string {
  return `${rootFor(command, platform)} ${command.name}`;
}

/** An example as written in a command's definition ("country Iran"), as the user types it. */
export function typedExample(command: Named, example: string, platform: Platform): string {
  return `${rootFor(command, platform)} ${example}`;
}
