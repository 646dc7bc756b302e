import type { Migration } from '../base/migrate.js';

/** Schema of the 'installations' feature on SQLite: one row per installed workspace, and OAuth states in flight. */
export const INSTALLATIONS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'slack installations, oauth states',
    up: (db) => {
      db.exec(`
        CREATE TABLE slack_installations (
          workspace TEXT PRIMARY KEY,
          team_id TEXT,
          enterprise_id TEXT,
          -- The whole installation (tokens included), sealed: see seal.ts.
          sealed TEXT NOT NULL,
          installed_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE slack_oauth_states (
          state_hash TEXT PRIMARY KEY,
          expires_at TEXT NOT NULL
        );
      `);
    },
  },
];
