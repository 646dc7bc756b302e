import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Logger } from '../base/log.js';
import type { FeedT } from '../facts/schema.js';
import { type FeedFetcher, FetchError } from './fetch-feed.js';
import { FeedParseError, type ParsedItem } from './parse-feed.js';
import type { FeedParserPool } from './parse-pool.js';
import type { RelevanceFilter } from './relevance.js';
import type { IncomingItem, NewsStore, SaveOutcome } from './store.js';
import { cleanLink, normaliseUrl } from '../base/url.js';
import { titleFingerprint } from './fingerprint.js';

export interface FeedOutcome {
  feedId: string;
  ok: boolean;
  /** Why the feed failed, as stored for `/sco news sources`. */
  reason?: string;
  notModified?: boolean;
  /** Items in the feed, and those that passed the relevance filter. */
  seen: number;
  relevant: number;
  saved: Record<SaveOutcome, number>;
}

export interface IngesterDeps {
  store: NewsStore;
  fetcher: FeedFetcher;
  parser: FeedParserPool;
  relevance: RelevanceFilter;
  /** Items published before this long ago are not stored (they would be pruned at once). */
  retentionMs?: number;
  logger: Pick<Logger, 'info' | 'warn' | 'debug'>;
  now: () => Date;
}

/** Clocks and time zones differ; a publication date up to a day ahead is believed. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/** Items judged before the event loop gets a turn. */
const JUDGED_PER_TURN = 50;

const NO_SAVES: Record<SaveOutcome, number> = { new: 0, updated: 0, unchanged: 0, duplicate: 0 };

/** Fetch, parse, filter, store: one feed at a time, each feed's failure its own. */
export class NewsIngester {
  constructor(private readonly deps: IngesterDeps) {}

  /** Every feed at once; the fetcher keeps it to one request per host. Never rejects. */
  async pollAll(feeds: readonly FeedT[], signal?: AbortSignal): Promise<FeedOutcome[]> {
    return Promise.all(feeds.map((f) => this.pollFeed(f, signal)));
  }

  async pollFeed(feed: FeedT, signal?: AbortSignal): Promise<FeedOutcome> {
    const { store, fetcher, logger } = this.deps;
    // Without the stored validators (the database refused), the feed is fetched afresh.
    const row = await store.feed(feed.id).catch(() => undefined);
    // Validators belong to the address they came from; a changed address fetches afresh.
    const validators =
      row && row.url === feed.url
        ? { ...(row.etag && { etag: row.etag }), ...(row.last_modified && { lastModified: row.last_modified }) }
        : {};
    try {
      const result = await fetcher.fetch(feed.url, validators, signal);
      if (result.kind === 'not-modified') {
        await store.recordSuccess(feed.id, feed.url, validators, this.deps.now());
        logger.debug({ feed: feed.id }, 'feed not modified');
        return { feedId: feed.id, ok: true, notModified: true, seen: 0, relevant: 0, saved: { ...NO_SAVES } };
      }
      const parsed = await this.deps.parser.parse(result.body, result.contentType);
      const incoming = await this.relevantItems(feed, parsed.items, result.url);
      const now = this.deps.now();
      const saved = await store.saveAll(incoming, now);
      await store.recordSuccess(feed.id, feed.url, result.validators, now);
      logger.info({ feed: feed.id, seen: parsed.items.length, relevant: incoming.length, ...saved }, 'feed ingested');
      return { feedId: feed.id, ok: true, seen: parsed.items.length, relevant: incoming.length, saved };
    } catch (err) {
      // What /sco news sources shows is generic; the detail (an address, a network code) is for the log only.
      const reason = err instanceof FetchError || err instanceof FeedParseError ? err.message : 'unexpected error';
      const detail =
        err instanceof FetchError ? err.detail : err instanceof FeedParseError ? undefined : (err as Error)?.message;
      await store
        .recordFailure(feed.id, feed.url, reason, this.deps.now())
        .catch((dbErr: unknown) => logger.warn({ feed: feed.id, err: dbErr }, 'feed failure not recorded'));
      logger.warn({ feed: feed.id, url: feed.url, reason, ...(detail && { detail }) }, 'feed failed');
      return { feedId: feed.id, ok: false, reason, seen: 0, relevant: 0, saved: { ...NO_SAVES } };
    }
  }

  private async relevantItems(feed: FeedT, items: readonly ParsedItem[], base: string): Promise<IncomingItem[]> {
    const out: IncomingItem[] = [];
    const oldest = this.deps.retentionMs ? this.deps.now().getTime() - this.deps.retentionMs : -Infinity;
    for (const [n, item] of items.entries()) {
      // Judging a full feed takes tens of milliseconds; commands are answered between the slices.
      if (n > 0 && n % JUDGED_PER_TURN === 0) await yieldToEvents();
      // An item without a usable link cannot be cited, so it is not shown.
      const url = item.link ? cleanLink(item.link, base) : undefined;
      if (!url) continue;
      const judged = this.deps.relevance.judge(item.title, item.summary);
      if (!judged.keep) continue;
      // A date far in the future is a feed's mistake; trusting it would pin the item to the top.
      const dated = item.published ?? item.updated;
      const published = dated && dated.getTime() <= this.deps.now().getTime() + FUTURE_SLACK_MS ? dated : undefined;
      if (published && published.getTime() < oldest) continue;
      const normalisedUrl = normaliseUrl(url);
      const fingerprint = titleFingerprint(item.title);
      out.push({
        feedId: feed.id,
        publisher: feed.publisher,
        title: item.title,
        url,
        summary: item.summary ?? '',
        countries: judged.countries,
        ...(published && { published }),
        ...(normalisedUrl && { normalisedUrl }),
        ...(item.guid && { guid: item.guid }),
        ...(fingerprint && { fingerprint }),
      });
    }
    return out;
  }
}
