import { loadConfig } from '../src/base/config.js';
import { createApp } from '../src/wiring/app.js';
import { createLogger } from '../src/base/log.js';

/**
 * Started as a fresh process by core.bench.ts: builds the app as `npm start` does (config,
 * data validated and indexed, registry), answers one command, then reports the time since
 * the process began and its memory.
 */
const config = loadConfig();
if (!config.ok) throw new Error(config.problems.join('; '));
const app = await createApp(config.config, { logger: createLogger({ level: 'silent' }) });
await app.registry.run('members', {}, { platform: 'console', userId: 'probe', channelId: 'probe', canAdminister: async () => true, services: app.services });
process.stdout.write(`${JSON.stringify({ readyMs: performance.now(), rssBytes: process.memoryUsage().rss })}\n`);
