import type { App } from './app.js';
import { startDiscord, type DiscordAdapter } from '../adapters/discord/adapter.js';

/** `npm start` with DISCORD_TOKEN set: the adapter from the validated configuration. */
export async function startDiscordFromConfig(app: App): Promise<DiscordAdapter> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: apiUrl } = app.config;
  // config.ts already insists on the application id when the token is set; this keeps the types honest.
  if (!token || !applicationId) throw new Error('DISCORD_TOKEN and DISCORD_APPLICATION_ID are both required');
  return startDiscord(app, { token, applicationId, ...(guildId && { guildId }), ...(apiUrl && { apiUrl }) });
}
