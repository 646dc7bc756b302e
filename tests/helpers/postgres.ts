import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The run's cluster (tests/setup/postgres.ts), as an admin URL. */
function clusterUrl(): string {
  const url = inject('postgresUrl');
  if (!url)
    throw new Error(
      'No PostgreSQL cluster: tests/setup/postgres.ts is the globalSetup that starts one (see vitest.config.ts)',
    );
  return url;
}

/** A database URL with the same server and credentials as `url`, naming another database. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new empty database in the run's cluster; `drop` removes it (closing whatever still uses it). */
export async function freshDatabase(prefix = 't'): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const admin = clusterUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(admin, name),
    name,
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
