import { existsSync } from 'node:fs';

/**
 * Reads `.env` (KEY=value lines) into process.env when the file exists, as the README and
 * .env.example promise, with Node's own parser; variables already set in the environment win.
 */
export function loadEnvFile(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
