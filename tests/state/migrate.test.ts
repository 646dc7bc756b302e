import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migratePostgres, type PgMigration } from '../../src/base/migrate.js';
import { openPool, type PgPool } from '../../src/base/postgres.js';
import { BRIEFINGS_PG_MIGRATIONS } from '../../src/briefing/postgres-migrations.js';
import { NEWS_PG_MIGRATIONS } from '../../src/news/postgres-migrations.js';
import { freshDatabase } from '../helpers/postgres.js';

const FIXTURE = new URL('./fixtures/migrate.ts', import.meta.url).pathname;

let db: Awaited<ReturnType<typeof freshDatabase>>;
let pool: PgPool;
beforeEach(async () => {
  db = await freshDatabase();
  pool = openPool(db.url, { max: 3 });
});
afterEach(async () => {
  await pool.end();
  await db.drop();
});

function replica(startAt: number): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, db.url, String(startAt)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

const recorded = async () =>
  (
    await pool.query<{ feature: string; version: number; n: number }>(
      'SELECT feature, version, count(*) AS n FROM schema_migrations GROUP BY feature, version ORDER BY feature, version',
    )
  ).rows;

describe('PostgreSQL migrations', () => {
  it('are applied exactly once when four replicas start at the same moment', async () => {
    const startAt = Date.now() + 2_500;
    const runs = await Promise.all(Array.from({ length: 4 }, () => replica(startAt)));
    for (const run of runs) expect(run, run.err).toMatchObject({ code: 0 });
    const applied = runs.map(
      (r) => JSON.parse(r.out.match(/^APPLIED (.*)$/m)![1]!) as { briefings: number; news: number },
    );
    // Per feature, one replica applied its migrations; the others waited on the lock and found nothing left to do.
    for (const [feature, list] of [
      ['briefings', BRIEFINGS_PG_MIGRATIONS],
      ['news', NEWS_PG_MIGRATIONS],
    ] as const) {
      expect(applied.map((a) => a[feature]).sort()).toEqual([0, 0, 0, list.length]);
    }
    expect((await recorded()).every((r) => r.n === 1)).toBe(true);
  }, 30_000);

  it('apply nothing the second time, and only what is new after that', async () => {
    const feature: PgMigration[] = [{ version: 1, name: 'one', sql: 'CREATE TABLE m_one (id int)' }];
    expect(await migratePostgres(pool, 'demo', feature)).toBe(1);
    expect(await migratePostgres(pool, 'demo', feature)).toBe(0);
    feature.push({ version: 2, name: 'two', sql: 'ALTER TABLE m_one ADD COLUMN label text' });
    expect(await migratePostgres(pool, 'demo', feature)).toBe(1);
    expect(await recorded()).toEqual([
      { feature: 'demo', version: 1, n: 1 },
      { feature: 'demo', version: 2, n: 1 },
    ]);
  });

  it('leave nothing behind from a migration that fails, so a fixed one applies cleanly', async () => {
    const broken: PgMigration[] = [
      { version: 1, name: 'one', sql: 'CREATE TABLE m_ok (id int)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE m_half (id int); SELECT no_such_function()' },
    ];
    await expect(migratePostgres(pool, 'demo', broken)).rejects.toThrow(/no_such_function/);
    const tables = async () =>
      (
        await pool.query<{ t: string }>(
          `SELECT table_name AS t FROM information_schema.tables WHERE table_name LIKE 'm\\_%' ORDER BY 1`,
        )
      ).rows.map((r) => r.t);
    // The whole run is one transaction: not even version 1 stays.
    expect(await tables()).toEqual([]);
    expect((await pool.query(`SELECT to_regclass('schema_migrations') AS t`)).rows[0].t).toBeNull();
    broken[1] = { version: 2, name: 'two', sql: 'CREATE TABLE m_half (id int)' };
    expect(await migratePostgres(pool, 'demo', broken)).toBe(2);
    expect(await tables()).toEqual(['m_half', 'm_ok']);
  });

  it('need no more than database ownership: pg_trgm is created by a role that is not a superuser', async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`CREATE ROLE bot_owner LOGIN`).catch(() => {});
    await admin.query(`ALTER DATABASE ${db.name} OWNER TO bot_owner`);
    await admin.query(`GRANT ALL ON SCHEMA public TO bot_owner`);
    await admin.end();
    const url = new URL(db.url);
    url.username = 'bot_owner';
    const owned = openPool(url.toString(), { max: 1 });
    try {
      expect(await migratePostgres(owned, 'news', NEWS_PG_MIGRATIONS)).toBe(NEWS_PG_MIGRATIONS.length);
      expect(await migratePostgres(owned, 'briefings', BRIEFINGS_PG_MIGRATIONS)).toBe(BRIEFINGS_PG_MIGRATIONS.length);
      const { rows } = await owned.query<{ superuser: boolean }>(
        'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
      );
      expect(rows[0]!.superuser).toBe(false);
    } finally {
      await owned.end();
    }
  });
});
