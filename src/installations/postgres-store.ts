import type { PgPool } from '../base/postgres.js';
import { migratePostgres, type PgMigration } from '../base/migrate.js';
import { stateHash, type Sealer } from './seal.js';
import { toRecord, type InstallationRow } from './sqlite-store.js';
import type { InstallationRecord, InstallationStore } from './types.js';

/** The installations feature's tables on PostgreSQL: the same as migrations.ts, with real timestamps. */
const INSTALLATIONS_PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'slack installations, oauth states',
    sql: `
      CREATE TABLE slack_installations (
        workspace TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        -- The whole installation (tokens included), sealed: see seal.ts.
        sealed TEXT NOT NULL,
        installed_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE slack_oauth_states (
        state_hash TEXT PRIMARY KEY,
        expires_at TIMESTAMPTZ NOT NULL
      );
    `,
  },
];

/** Installations on PostgreSQL: every replica sees the same installations and the same states in flight. */
export class PostgresInstallationStore implements InstallationStore {
  readonly engine = 'postgres' as const;

  private constructor(
    private readonly pool: PgPool,
    private readonly sealer: Sealer,
  ) {}

  static async open(pool: PgPool, sealer: Sealer): Promise<PostgresInstallationStore> {
    await migratePostgres(pool, 'installations', INSTALLATIONS_PG_MIGRATIONS);
    return new PostgresInstallationStore(pool, sealer);
  }

  async save(record: InstallationRecord, now: Date): Promise<void> {
    const sealed = this.sealer.seal(JSON.stringify(record.data), record.workspace);
    await this.pool.query(
      `INSERT INTO slack_installations (workspace, team_id, enterprise_id, sealed, installed_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (workspace) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id, sealed = excluded.sealed, updated_at = excluded.updated_at`,
      [record.workspace, record.teamId ?? null, record.enterpriseId ?? null, sealed, now],
    );
  }

  async find(workspace: string): Promise<InstallationRecord | undefined> {
    const { rows } = await this.pool.query<InstallationRow>(
      'SELECT workspace, team_id, enterprise_id, sealed FROM slack_installations WHERE workspace = $1',
      [workspace],
    );
    return rows[0] && toRecord(rows[0], this.sealer);
  }

  async remove(workspace: string): Promise<boolean> {
    return (
      ((await this.pool.query('DELETE FROM slack_installations WHERE workspace = $1', [workspace])).rowCount ?? 0) > 0
    );
  }

  async count(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM slack_installations')).rows[0]!.n;
  }

  async rememberState(state: string, expiresAt: Date, now: Date): Promise<void> {
    await this.pool.query('DELETE FROM slack_oauth_states WHERE expires_at <= $1', [now]);
    await this.pool.query(
      'INSERT INTO slack_oauth_states (state_hash, expires_at) VALUES ($1, $2) ON CONFLICT (state_hash) DO UPDATE SET expires_at = excluded.expires_at',
      [stateHash(state), expiresAt],
    );
  }

  async consumeState(state: string, now: Date): Promise<boolean> {
    // One DELETE: of two replicas handed the same state at once, exactly one sees the row go.
    return (
      ((
        await this.pool.query('DELETE FROM slack_oauth_states WHERE state_hash = $1 AND expires_at > $2', [
          stateHash(state),
          now,
        ])
      ).rowCount ?? 0) === 1
    );
  }
}
