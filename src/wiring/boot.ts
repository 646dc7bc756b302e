import { loadConfig, type Config } from '../base/config.js';
import type { Logger } from '../base/log.js';
import { loadEnvFile } from '../base/env-file.js';
import { createApp, type App, type AppOptions } from './app.js';
import { DataError } from '../facts/store.js';

export interface BootOptions extends AppOptions {
  /** Picks the logger once the configuration is known (the console keeps quiet unless LOG_LEVEL says otherwise). */
  loggerFor?: (config: Config) => Logger | undefined;
}

/**
 * Start-up shared by `npm start` and `npm run sco`: a bad environment or bad data stops the
 * process with every problem listed (file and path for data) and exit code 1.
 */
export function boot(options: BootOptions = {}): App {
  // The only place `.env` is read.
  loadEnvFile();
  const configResult = loadConfig();
  if (!configResult.ok) {
    process.stderr.write(`Configuration problems:\n${configResult.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.\n`);
    process.exit(1);
  }
  const { loggerFor, ...appOptions } = options;
  const logger = appOptions.logger ?? loggerFor?.(configResult.config);
  try {
    return createApp(configResult.config, { ...appOptions, ...(logger && { logger }) });
  } catch (err) {
    if (err instanceof DataError) {
      process.stderr.write(`Refusing to start: the data has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw err;
  }
}
