import type { PgClient, PgPool } from '../base/postgres.js';
import { migratePostgres } from '../base/migrate.js';
import { transaction, withTryAdvisoryLock } from '../base/postgres.js';
import type { FeedRow, IncomingItem, SaveOutcome } from './store.js';
import { STALE_MS, SUMMARY_MAX, clampLimit, itemKeys } from './store.js';
import type { NewsStore } from './store.js';
import type { NewsItem } from './types.js';
import { NEWS_PG_MIGRATIONS } from './postgres-migrations.js';

/**
 * The news store on PostgreSQL. Search is pg_trgm: ILIKE on title and summary served by trigram
 * GIN indexes, which matches inside unspaced Chinese and inflected Russian words as SQLite's
 * trigram FTS does. Saves from several processes are serialised by a transaction-scoped advisory
 * lock, so the same story arriving twice at once is still stored once.
 */

interface ItemRow {
  id: number;
  feed_id: string;
  publisher: string;
  title: string;
  url: string;
  summary: string;
  published_at: Date | null;
  first_seen_at: Date;
  countries: string[];
}

interface FeedDbRow {
  id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  consecutive_errors: number;
  last_error: string | null;
  last_error_at: Date | null;
  last_success_at: Date | null;
  last_fetch_at: Date | null;
}

const ITEM_COLUMNS = `i.id, i.feed_id, i.publisher, i.title, i.url, i.summary, i.published_at, i.first_seen_at,
  ARRAY(SELECT country FROM news_item_countries c WHERE c.item_id = i.id ORDER BY country) AS countries`;

const SAVE_LOCK = 0x5c0_b07_0002n;
const POLL_LOCK = 0x5c0_b07_0003n;

export class PostgresNewsStore implements NewsStore {
  readonly engine = 'postgres' as const;

  private constructor(private readonly pool: PgPool) {}

  static async open(pool: PgPool): Promise<PostgresNewsStore> {
    await migratePostgres(pool, 'news', NEWS_PG_MIGRATIONS);
    return new PostgresNewsStore(pool);
  }

  async saveAll(items: readonly IncomingItem[], now: Date): Promise<Record<SaveOutcome, number>> {
    const counts: Record<SaveOutcome, number> = { new: 0, updated: 0, unchanged: 0, duplicate: 0 };
    await transaction(this.pool, async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [SAVE_LOCK.toString()]);
      for (const item of items) counts[await save(db, item, now)]++;
    });
    return counts;
  }

  withPollLock<T>(poll: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    return withTryAdvisoryLock(this.pool, POLL_LOCK, poll);
  }

  async feed(id: string): Promise<FeedRow | undefined> {
    const { rows } = await this.pool.query<FeedDbRow>('SELECT * FROM news_feeds WHERE id = $1', [id]);
    return rows[0] && toFeed(rows[0]);
  }

  async feeds(): Promise<FeedRow[]> {
    return (await this.pool.query<FeedDbRow>('SELECT * FROM news_feeds ORDER BY id')).rows.map(toFeed);
  }

  async recordSuccess(
    id: string,
    url: string,
    validators: { etag?: string; lastModified?: string },
    now: Date,
  ): Promise<void> {
    await this.pool.query(
      `INSERT INTO news_feeds (id, url, etag, last_modified, consecutive_errors, last_success_at, last_fetch_at)
       VALUES ($1, $2, $3, $4, 0, $5, $5)
       ON CONFLICT (id) DO UPDATE SET url = $2, etag = $3, last_modified = $4, consecutive_errors = 0, last_success_at = $5, last_fetch_at = $5`,
      [id, url, validators.etag ?? null, validators.lastModified ?? null, now],
    );
  }

  async recordFailure(id: string, url: string, reason: string, now: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO news_feeds AS f (id, url, consecutive_errors, last_error, last_error_at, last_fetch_at)
       VALUES ($1, $2, 1, $3, $4, $4)
       ON CONFLICT (id) DO UPDATE SET
         consecutive_errors = CASE WHEN f.url = $2 THEN f.consecutive_errors + 1 ELSE 1 END,
         etag = CASE WHEN f.url = $2 THEN f.etag END, last_modified = CASE WHEN f.url = $2 THEN f.last_modified END,
         url = $2, last_error = $3, last_error_at = $4, last_fetch_at = $4`,
      [id, url, reason.slice(0, 300), now],
    );
  }

  /** Deletes items whose time (published, else first seen) is before the moment; their keys and tags go with them. */
  async pruneBefore(moment: Date): Promise<number> {
    return (await this.pool.query('DELETE FROM news_items WHERE sort_at < $1', [moment])).rowCount!;
  }

  async itemCounts(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ feed_id: string; n: number }>(
      'SELECT feed_id, count(*) AS n FROM news_items GROUP BY feed_id',
    );
    return new Map(rows.map((r) => [r.feed_id, r.n]));
  }

  async count(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*) AS n FROM news_items')).rows[0]!.n;
  }

  async recent(filter: { country?: string; query?: string; limit?: number } = {}): Promise<NewsItem[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (v: unknown) => `$${params.push(v)}`;
    if (filter.country)
      where.push(`i.id IN (SELECT item_id FROM news_item_countries WHERE country = ${param(filter.country)})`);
    // Every word must appear in the title or the summary, as a plain substring whatever characters it holds.
    for (const t of (filter.query ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = param(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(i.title ILIKE ${like} OR i.summary ILIKE ${like})`);
    }
    const sql = `SELECT ${ITEM_COLUMNS} FROM news_items i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY i.sort_at DESC, i.id DESC LIMIT ${param(clampLimit(filter.limit, 10))}`;
    return (await this.pool.query<ItemRow>(sql, params)).rows.map(toItem);
  }

  async itemsSince(since: Date, filter: { countries?: string[]; limit?: number } = {}): Promise<NewsItem[]> {
    const params: unknown[] = [since, new Date(since.getTime() - STALE_MS)];
    let countryClause = '';
    if (filter.countries?.length) {
      params.push(filter.countries);
      countryClause = `AND i.id IN (SELECT item_id FROM news_item_countries WHERE country = ANY($3))`;
    }
    params.push(clampLimit(filter.limit, 10));
    const sql = `SELECT ${ITEM_COLUMNS} FROM news_items i
      WHERE i.first_seen_at >= $1 AND (i.published_at IS NULL OR i.published_at >= $2) ${countryClause}
      ORDER BY i.sort_at DESC, i.id DESC LIMIT $${params.length}`;
    return (await this.pool.query<ItemRow>(sql, params)).rows.map(toItem);
  }
}

/** One item, inside saveAll's transaction: the same rules as the SQLite store's save. */
async function save(db: PgClient, item: IncomingItem, now: Date): Promise<SaveOutcome> {
  const keys = itemKeys(item);
  if (keys.length === 0) return 'duplicate';
  const published = item.published && !Number.isNaN(item.published.getTime()) ? item.published : null;
  const { rows } = await db.query<{
    item_id: number;
    feed_id: string;
    title: string;
    summary: string;
    url: string;
    published_at: Date | null;
  }>(
    `SELECT k.item_id, i.feed_id, i.title, i.summary, i.url, i.published_at
     FROM unnest($1::text[]) WITH ORDINALITY AS w(key, n) JOIN news_item_keys k ON k.key = w.key JOIN news_items i ON i.id = k.item_id
     ORDER BY w.n LIMIT 1`,
    [keys],
  );
  const existing = rows[0];
  const addKeys = (id: number) =>
    db.query('INSERT INTO news_item_keys (key, item_id) SELECT unnest($1::text[]), $2 ON CONFLICT (key) DO NOTHING', [
      keys,
      id,
    ]);
  const setCountries = async (id: number) => {
    await db.query('DELETE FROM news_item_countries WHERE item_id = $1', [id]);
    if (item.countries.length)
      await db.query(
        'INSERT INTO news_item_countries (item_id, country) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
        [id, item.countries],
      );
  };
  if (existing) {
    await addKeys(existing.item_id);
    // Another feed's copy of the same story: the first publisher's version stands.
    if (existing.feed_id !== item.feedId) return 'duplicate';
    const samePublished = (published ?? existing.published_at)?.getTime() === existing.published_at?.getTime();
    if (
      existing.title === item.title &&
      existing.summary === item.summary &&
      existing.url === item.url &&
      samePublished
    )
      return 'unchanged';
    await db.query(
      `UPDATE news_items SET title = $1, url = $2, summary = $3, published_at = coalesce($4, published_at),
         sort_at = coalesce($4, published_at, first_seen_at), updated_at = $5 WHERE id = $6`,
      [item.title, item.url, item.summary, published, now, existing.item_id],
    );
    await setCountries(existing.item_id);
    return 'updated';
  }
  const inserted = await db.query<{ id: number }>(
    `INSERT INTO news_items (feed_id, publisher, title, url, summary, published_at, first_seen_at, updated_at, sort_at)
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7, $7, coalesce($6::timestamptz, $7)) RETURNING id`,
    [item.feedId, item.publisher, item.title, item.url, item.summary, published, now],
  );
  const id = inserted.rows[0]!.id;
  await addKeys(id);
  await setCountries(id);
  return 'new';
}

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

function toFeed(r: FeedDbRow): FeedRow {
  return {
    ...r,
    last_error_at: isoOrNull(r.last_error_at),
    last_success_at: isoOrNull(r.last_success_at),
    last_fetch_at: isoOrNull(r.last_fetch_at),
  };
}

function toItem(r: ItemRow): NewsItem {
  return {
    id: r.id,
    title: r.title,
    url: r.url,
    feedId: r.feed_id,
    publisher: r.publisher,
    ...(r.published_at && { published: r.published_at.toISOString() }),
    firstSeen: r.first_seen_at.toISOString(),
    countries: r.countries,
    ...(r.summary && { summary: r.summary.slice(0, SUMMARY_MAX) }),
  };
}
