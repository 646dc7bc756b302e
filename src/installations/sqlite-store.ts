import type { Db } from '../base/db.js';
import { migrate } from '../base/migrate.js';
import { INSTALLATIONS_MIGRATIONS } from './migrations.js';
import { stateHash, type Sealer } from './seal.js';
import type { InstallationRecord, InstallationStore } from './types.js';

/** Installations on SQLite: synchronous statements behind the async interface PostgreSQL needs. */
export class SqliteInstallationStore implements InstallationStore {
  readonly engine = 'sqlite' as const;

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
  ) {
    migrate(db, 'installations', INSTALLATIONS_MIGRATIONS);
  }

  async save(record: InstallationRecord, now: Date): Promise<void> {
    const sealed = this.sealer.seal(JSON.stringify(record.data), record.workspace);
    this.db
      .prepare(
        `INSERT INTO slack_installations (workspace, team_id, enterprise_id, sealed, installed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (workspace) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, sealed = excluded.sealed, updated_at = excluded.updated_at`,
      )
      .run(
        record.workspace,
        record.teamId ?? null,
        record.enterpriseId ?? null,
        sealed,
        now.toISOString(),
        now.toISOString(),
      );
  }

  async find(workspace: string): Promise<InstallationRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM slack_installations WHERE workspace = ?').get(workspace) as
      | InstallationRow
      | undefined;
    return row && toRecord(row, this.sealer);
  }

  async remove(workspace: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM slack_installations WHERE workspace = ?').run(workspace).changes > 0;
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM slack_installations').get() as { n: number }).n;
  }

  async rememberState(state: string, expiresAt: Date, now: Date): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM slack_oauth_states WHERE expires_at <= ?').run(now.toISOString());
      this.db
        .prepare('INSERT OR REPLACE INTO slack_oauth_states (state_hash, expires_at) VALUES (?, ?)')
        .run(stateHash(state), expiresAt.toISOString());
    })();
  }

  async consumeState(state: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare('DELETE FROM slack_oauth_states WHERE state_hash = ? AND expires_at > ?')
        .run(stateHash(state), now.toISOString()).changes === 1
    );
  }
}

export interface InstallationRow {
  workspace: string;
  team_id: string | null;
  enterprise_id: string | null;
  sealed: string;
}

export function toRecord(row: InstallationRow, sealer: Sealer): InstallationRecord {
  return {
    workspace: row.workspace,
    ...(row.team_id !== null && { teamId: row.team_id }),
    ...(row.enterprise_id !== null && { enterpriseId: row.enterprise_id }),
    data: JSON.parse(sealer.open(row.sealed, row.workspace)) as Record<string, unknown>,
  };
}
