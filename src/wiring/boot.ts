import { loadConfig, type Config } from '../base/config.js';
import type { Logger } from '../base/log.js';
import { loadEnvFile } from '../base/env-file.js';
import { createApp, type App, type AppOptions } from './app.js';
import { DataError } from '../facts/store.js';
import { databaseProblem } from '../base/db.js';

export interface BootOptions extends AppOptions {
  /** Picks the logger once the configuration is known (the console keeps quiet unless LOG_LEVEL says otherwise). */
  loggerFor?: (config: Config) => Logger | undefined;
}

/**
 * Start-up shared by `npm start` and `npm run sco`: a bad environment or bad data stops the
 * process with every problem listed (file and path for data) and exit code 1.
 */
export async function boot(options: BootOptions = {}): Promise<App> {
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
    return await createApp(configResult.config, { ...appOptions, ...(logger && { logger }) });
  } catch (err) {
    if (err instanceof DataError) {
      process.stderr.write(`Refusing to start: the data has ${err.problems.length} problem(s):\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    // One line naming the problem, never a stack: this is the operator's first read.
    const problem = configResult.config.DATABASE_URL ? postgresProblem(err) : databaseProblem(err, configResult.config.DATABASE_PATH);
    process.stderr.write(`Refusing to start: ${problem ?? (err instanceof Error ? err.message : String(err))}\n`);
    process.exit(1);
  }
}

/** PostgreSQL refused at start-up: the server's own words (they never carry the password), or the network's. */
function postgresProblem(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const what = e?.message ?? String(err);
  return `the PostgreSQL database (DATABASE_URL) cannot be used: ${what}${e?.code ? ` (${e.code})` : ''}`;
}
