import { loadConfig } from '../base/config.js';
import { loadEnvFile } from '../base/env-file.js';
import { createApp, type App, type AppOptions } from './app.js';
import { DataError } from '../facts/store.js';

/**
 * Start-up shared by `npm start` and `npm run sco`: a bad environment or bad data stops the
 * process with every problem listed (file and path for data) and exit code 1.
 */
export function boot(options: AppOptions = {}): App {
  loadEnvFile();
  const configResult = loadConfig();
  if (!configResult.ok) {
    process.stderr.write(`Configuration problems:\n${configResult.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.\n`);
    process.exit(1);
  }
  try {
    return createApp(configResult.config, options);
  } catch (err) {
    if (err instanceof DataError) {
      process.stderr.write(`Refusing to start: the data has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw err;
  }
}
