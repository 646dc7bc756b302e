import pg from 'pg';

/**
 * The PostgreSQL side of the state: one pooled connection set per process (`pg`), shared by
 * every feature's store. Counts and ids come back as JS numbers (int8 as Number: ours stay far
 * below 2^53), times as Date.
 */
export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
/** Anything that runs a query: the pool, or one client inside a transaction. */
export type PgQueryable = Pick<pg.Pool, 'query'>;

const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PoolOptions {
  /** Connections at most (DATABASE_POOL_MAX). */
  max?: number;
  /** Where idle-connection errors go (a restarted server): logged, never a crash. */
  onError?: (err: Error) => void;
  application?: string;
}

export function openPool(url: string, options: PoolOptions = {}): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.application ?? 'sco-bot',
    types,
  });
  pool.on('error', (err) => options.onError?.(err));
  return pool;
}

/** Runs `fn` in one transaction on one client: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(
  pool: PgPool,
  fn: (client: PgClient) => Promise<T>,
  isolation?: 'serializable' | 'repeatable read',
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(isolation ? `BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}` : 'BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Holds a session-level advisory lock while `fn` runs, or returns `{ ran: false }` at once when
 * another session holds it. The lock lives with the connection, so a process that dies mid-way
 * frees it without any lease to wait out.
 */
export async function withTryAdvisoryLock<T>(
  pool: PgPool,
  key: bigint,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const client = await pool.connect();
  let locked = false;
  try {
    locked = (await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key.toString()])).rows[0]!
      .ok;
    if (!locked) return { ran: false };
    return { ran: true, value: await fn() };
  } finally {
    if (locked) await client.query('SELECT pg_advisory_unlock($1)', [key.toString()]).catch(() => {});
    client.release();
  }
}

/** Reachable: a round trip within the timeout. */
export async function ping(pool: PgPool, timeoutMs = 2_000): Promise<boolean> {
  const timeout = new Promise<false>((r) => setTimeout(() => r(false), timeoutMs).unref());
  return Promise.race([
    pool.query('SELECT 1').then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}
