import type { FeedT } from '../facts/schema.js';
import type { FactStore } from '../facts/store.js';
import type { Logger } from '../base/log.js';
import type { NewsFeedStatus, NewsItem, NewsService } from './types.js';
import type { FeedFetcher, FetchLimits } from './fetch-feed.js';
import type { FeedParserPool, ParseLimits } from './parse-pool.js';
import type { FeedOutcome, NewsIngester } from './ingest.js';
import { RelevanceFilter } from './relevance.js';
import type { NewsStore } from './store.js';
import { noTelemetry, type Telemetry } from '../base/telemetry.js';

/** A feed is shown as failing after this many errors in a row. */
const FAILING_AFTER = 3;

export interface NewsOptions<S extends NewsStore = NewsStore> {
  /** The news store on the process's state (open-store.ts): SQLite or PostgreSQL. */
  store: S;
  facts: FactStore;
  logger: Pick<Logger, 'info' | 'warn' | 'debug'>;
  now: () => Date;
  /** Defaults to the feeds in data/feeds.json. */
  feeds?: readonly FeedT[];
  limits?: Partial<FetchLimits & ParseLimits>;
  /** Items older than this many days are pruned after each poll (NEWS_RETENTION_DAYS). */
  retentionDays?: number;
  /** Feed polls by outcome, for /metrics. */
  telemetry?: Telemetry;
}

const DAY_MS = 86_400_000;

/** What `/sco news` and the digest read, and what the poller drives. */
export class News<S extends NewsStore = NewsStore> implements NewsService {
  readonly kind = 'news' as const;
  readonly store: S;
  readonly feeds: readonly FeedT[];
  private ingester?: Promise<NewsIngester>;
  private parts?: { fetcher: FeedFetcher; parser: FeedParserPool };
  private polling: Promise<FeedOutcome[]> | undefined;
  private stopping = new AbortController();

  constructor(private readonly options: NewsOptions<S>) {
    this.store = options.store;
    this.feeds = options.feeds ?? options.facts.data.feeds;
  }

  /**
   * Reads every configured feed once, then prunes items older than the retention. Replicas on one
   * database poll one at a time: when another process holds the poll lock this reads nothing and
   * resolves with no outcomes.
   */
  async poll(): Promise<FeedOutcome[]> {
    const telemetry = this.options.telemetry ?? noTelemetry;
    const run = (async () => {
      const locked = await this.store.withPollLock(async () => {
        const outcomes = await (await (this.ingester ??= this.createIngester())).pollAll(
          this.feeds,
          this.stopping.signal,
        );
        await this.prune();
        return outcomes;
      });
      if (!locked.ran) {
        this.options.logger.info({ feeds: this.feeds.length }, 'news poll skipped: another process is polling');
        telemetry.feedPoll('all', 'skipped');
        return [];
      }
      for (const o of locked.value)
        telemetry.feedPoll(o.feedId, !o.ok ? 'failed' : o.notModified ? 'not-modified' : 'ok');
      return locked.value;
    })();
    this.polling = run;
    try {
      return await run;
    } finally {
      if (this.polling === run) this.polling = undefined;
    }
  }

  /** Deletes items older than the retention; returns how many. */
  prune(): Promise<number> {
    return this.store.pruneBefore(new Date(this.options.now().getTime() - this.retentionMs));
  }

  private get retentionMs(): number {
    return (this.options.retentionDays ?? 90) * DAY_MS;
  }

  /**
   * Shutdown: aborts fetches in flight, waits for the poll at most `timeoutMs`, then stops the
   * parser's worker and closes the connections.
   */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopping.abort();
    if (this.polling)
      await Promise.race([this.polling.catch(() => undefined), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    await this.parts?.parser.close();
    await this.parts?.fetcher.close().catch(() => undefined);
  }

  /** The fetching and XML-parsing libraries load on the first poll, not at start-up: reading news needs none of them. */
  private async createIngester(): Promise<NewsIngester> {
    const [{ NewsIngester }, { DEFAULT_LIMITS, FeedFetcher }, { DEFAULT_PARSE_LIMITS, FeedParserPool }] =
      await Promise.all([import('./ingest.js'), import('./fetch-feed.js'), import('./parse-pool.js')]);
    const o = this.options;
    this.parts = {
      fetcher: new FeedFetcher({ ...DEFAULT_LIMITS, ...o.limits }),
      parser: new FeedParserPool({ ...DEFAULT_PARSE_LIMITS, ...o.limits }),
    };
    return new NewsIngester({
      store: this.store,
      ...this.parts,
      relevance: new RelevanceFilter(o.facts),
      logger: o.logger,
      now: o.now,
      retentionMs: this.retentionMs,
    });
  }

  recent(filter?: { country?: string; query?: string; limit?: number }): Promise<NewsItem[]> {
    return this.store.recent(filter);
  }

  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): Promise<NewsItem[]> {
    return this.store.itemsSince(since, filter);
  }

  async sources(): Promise<NewsFeedStatus[]> {
    const [feeds, counts] = await Promise.all([this.store.feeds(), this.store.itemCounts()]);
    const rows = new Map(feeds.map((r) => [r.id, r]));
    return this.feeds.map((f) => {
      const row = rows.get(f.id);
      // A row for an older address of this feed says nothing about the current one.
      const current = row && row.url === f.url ? row : undefined;
      const errors = current?.consecutive_errors ?? 0;
      const state: NewsFeedStatus['state'] = !current
        ? 'never'
        : errors >= FAILING_AFTER
          ? 'failing'
          : errors > 0
            ? 'erroring'
            : 'ok';
      return {
        id: f.id,
        name: f.name,
        url: f.url,
        publisher: f.publisher,
        state,
        consecutiveErrors: errors,
        ...(current?.last_error && { lastError: current.last_error }),
        ...(current?.last_error_at && { lastErrorAt: current.last_error_at }),
        ...(current?.last_success_at && { lastSuccessAt: current.last_success_at }),
        items: counts.get(f.id) ?? 0,
      };
    });
  }
}
