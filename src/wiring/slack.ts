import type { App } from './app.js';
import { createSlackAdapter } from '../adapters/slack/adapter.js';

/**
 * `npm start` with SLACK_BOT_TOKEN: the HTTP receiver on SLACK_PORT at /slack/events, or Socket
 * Mode when SLACK_APP_TOKEN is set. Checks the token first (auth.test) so a wrong one is one
 * clear start-up error. Resolves with the stop function.
 */
export async function startSlack(app: App, listen: { host?: string } = {}): Promise<() => Promise<void>> {
  const { config, logger } = app;
  const adapter = createSlackAdapter({
    registry: app.registry,
    services: app.services,
    logger,
    botToken: config.SLACK_BOT_TOKEN!,
    ...(config.SLACK_SIGNING_SECRET && { signingSecret: config.SLACK_SIGNING_SECRET }),
    ...(config.SLACK_APP_TOKEN && { appToken: config.SLACK_APP_TOKEN }),
    ...(config.SLACK_API_URL && { apiUrl: config.SLACK_API_URL }),
  });
  const { eventsUrl } = await adapter.start({ port: config.SLACK_PORT, ...(listen.host && { host: listen.host }) });
  logger.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : 'http', ...(eventsUrl && { eventsUrl }) }, 'slack adapter started');
  return adapter.stop;
}
