import type { NewsItem } from './types.js';

/** An item that passed the relevance filter, ready to store. */
export interface IncomingItem {
  feedId: string;
  publisher: string;
  title: string;
  /** The link as shown to readers. */
  url: string;
  summary: string;
  published?: Date;
  countries: string[];
  /** Identities for dedupe; any one matching an earlier item makes this the same item. */
  normalisedUrl?: string;
  guid?: string;
  fingerprint?: string;
}

/**
 * new: stored for the first time; updated: the same feed's item, edited (kept its first-seen
 * time, so it is not shown as new again); unchanged: seen before as is; duplicate: another
 * feed's copy of a stored item, not stored again.
 */
export type SaveOutcome = 'new' | 'updated' | 'unchanged' | 'duplicate';

export interface FeedRow {
  id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  consecutive_errors: number;
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
  last_fetch_at: string | null;
}

/** Items published this long before a digest window opened are old news, even if first seen now. */
export const STALE_MS = 7 * 24 * 3600 * 1000;
const MAX_LIMIT = 100;
/** Enough of a summary to judge an item by; it is never shown. */
export const SUMMARY_MAX = 600;

/**
 * What the news feature keeps, on either engine: feeds and their fetch state, items with every
 * identity they were seen under, country tags, and search over title and summary. Two
 * implementations (sqlite-store.ts, postgres-store.ts, opened by open-store.ts), one contract suite
 * (tests/state/news-store.test.ts) run against both.
 */
export interface NewsStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Stores a feed's items in one transaction; each is new, updated, unchanged or another feed's duplicate. */
  saveAll(items: readonly IncomingItem[], now: Date): Promise<Record<SaveOutcome, number>>;
  feed(id: string): Promise<FeedRow | undefined>;
  feeds(): Promise<FeedRow[]>;
  recordSuccess(
    id: string,
    url: string,
    validators: { etag?: string; lastModified?: string },
    now: Date,
  ): Promise<void>;
  /** Counts a failure; a changed address starts the count afresh and forgets the old validators. */
  recordFailure(id: string, url: string, reason: string, now: Date): Promise<void>;
  /** Deletes items whose time (published, else first seen) is before the moment; their keys and tags go with them. */
  pruneBefore(moment: Date): Promise<number>;
  itemCounts(): Promise<Map<string, number>>;
  count(): Promise<number>;
  /** Newest first; the query matches title and summary (every word must appear). */
  recent(filter?: { country?: string; query?: string; limit?: number }): Promise<NewsItem[]>;
  /** Items first seen since the moment and not already old then, newest first. */
  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): Promise<NewsItem[]>;
  /**
   * Runs `poll` unless another process is polling (then `{ ran: false }` at once), so replicas on
   * one database read the feeds once between them. A process that dies holding it frees it:
   * PostgreSQL with its connection, SQLite when the lock's lease runs out.
   */
  withPollLock<T>(poll: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
}

export function itemKeys(item: IncomingItem): string[] {
  return [
    item.guid && `g:${item.feedId}:${item.guid}`,
    item.normalisedUrl && `u:${item.normalisedUrl}`,
    item.fingerprint && `t:${item.fingerprint}`,
  ].filter((k): k is string => Boolean(k));
}

export function clampLimit(limit: number | undefined, fallback: number): number {
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? fallback)));
}
