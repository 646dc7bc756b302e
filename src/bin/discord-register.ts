import { boot } from '../wiring/boot.js';
import { createLogger } from '../base/log.js';
import { buildCommandDefinitions } from '../adapters/discord/definitions.js';
import { createDiscordRest } from '../adapters/discord/rest.js';
import { syncCommands } from '../adapters/discord/sync.js';

/**
 * `npm run discord:register [-- --if-changed]`: puts the /sco definitions to Discord (the
 * guild in DISCORD_GUILD_ID, else global). `--if-changed` compares first, as start-up does.
 */
const app = await boot({ logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }) });
const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: apiUrl } = app.config;
if (!token || !applicationId) {
  process.stderr.write('discord:register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).\n');
  process.exit(1);
}
const definitions = buildCommandDefinitions(app.registry);
const rest = createDiscordRest({ token, ...(apiUrl && { apiUrl }), retries: 1 });
try {
  const result = await syncCommands(rest, { applicationId, ...(guildId && { guildId }) }, definitions, { force: !process.argv.includes('--if-changed') });
  const scope = guildId ? `guild ${guildId}` : 'global (may take up to an hour to show everywhere)';
  const subs = definitions.map((d) => `/${d.name} ${(d.options ?? []).map((o) => o.name).join('|')}`).join('; ');
  process.stdout.write(result.changed ? `Registered ${subs} — ${scope}.\n` : `Already up to date — ${scope}.\n`);
} catch (err) {
  process.stderr.write(`Registration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
