import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { freshDatabase } from '../helpers/postgres.js';

describe("the run's PostgreSQL cluster", () => {
  it('gives each test a database of its own, with pg_trgm available', async () => {
    const a = await freshDatabase();
    const b = await freshDatabase();
    expect(a.url).not.toBe(b.url);
    const client = new pg.Client({ connectionString: a.url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const { rows } = await client.query<{ sim: number; low: string }>(
      `SELECT similarity('Шанхай', 'шанхайская') AS sim, lower('ШОС') AS low`,
    );
    await client.end();
    expect(rows[0]!.sim).toBeGreaterThan(0.3);
    expect(rows[0]!.low).toBe('шос');
    await a.drop();
    await b.drop();
  });
});
