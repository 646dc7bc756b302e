import type { z } from 'zod';
import type { Reply } from '../src/reply/model.js';
import type { FactStore } from '../src/facts/store.js';

export type Platform = 'discord' | 'slack' | 'console' | 'scheduler';

/**
 * Services the handlers draw on. Only the fact store is always there; the others are
 * present when the process runs them (a handler whose service is missing says so).
 */
export interface Services {
  facts: FactStore;
  /** Subscriptions and delivery state (scheduled briefings). */
  briefings?: BriefingService;
  /** Ingested news items. */
  news?: NewsService;
  /** The current time; injected so tests and the scheduler can pin it. */
  now: () => Date;
}

/** Who asked, where, and on which platform. Filled in by the adapter. */
export interface CommandContext {
  platform: Platform;
  userId: string;
  /** Channel (Discord channel id, Slack channel id, "console"). */
  channelId: string;
  /** Discord guild id or Slack team id, when there is one. */
  workspaceId?: string;
  /** Whether the asker may administer this channel; asked only by admin commands, so adapters may call the platform lazily. */
  canAdminister: () => Promise<boolean>;
  services: Services;
}

/** Per-option presentation hints, attached to the zod schema with `.meta()`. */
export interface OptionMeta {
  description: string;
  /** Offer autocomplete from the fact store. */
  autocomplete?: 'country';
  /** The option takes the rest of the input line (the command's last free-text option). */
  rest?: boolean;
}

export type OptionsSchema = z.ZodObject<z.ZodRawShape>;

export interface CommandDef<S extends OptionsSchema = OptionsSchema> {
  name: string;
  description: string;
  /** One schema for all platforms; the shape's key order is the positional order. */
  options: S;
  /** Needs channel-administration rights (checked at run time, declared to Discord too). */
  adminOnly?: boolean;
  /** Examples shown in help, without the leading "/sco ". */
  examples: string[];
  /** May take longer than a platform's acknowledgement window; adapters defer first. */
  slow?: boolean;
  handler: (args: z.infer<S>, ctx: CommandContext) => Reply | Promise<Reply>;
}

/** Declared here so handlers can depend on the shape without importing the implementation. */
export interface BriefingService {
  readonly kind: 'briefings';
  /** Creates (or updates and resumes) this channel's subscription and, unless `first` is false, posts a first digest. */
  subscribe(request: SubscribeRequest): Promise<SubscribeResult>;
  /** Removes one subscription of the channel (by id) or all of them; returns how many. */
  unsubscribe(channel: BriefingChannel, id?: number): number;
  /** This channel's subscriptions with next runs, last delivery, failures and pause reason. */
  channelSchedule(channel: BriefingChannel): SubscriptionView[];
}

export interface BriefingChannel {
  platform: Platform;
  channelId: string;
  workspaceId?: string | undefined;
}

export interface SubscribeRequest extends BriefingChannel {
  userId: string;
  /** As typed: `daily 08:00`, `weekdays 7:30 Asia/Kolkata`, `weekly monday 09:00`, a cron expression. */
  schedule: string;
  timezone?: string | undefined;
  /** ISO alpha-2 codes. */
  countries: string[];
  topics: string[];
  first: boolean;
}

export type SubscribeResult =
  | { ok: false; error: string }
  | {
      ok: true;
      created: boolean;
      /** Paused subscriptions of the channel that this resumed. */
      resumed: number;
      subscription: SubscriptionView;
      /** What happened to the first digest, when one was asked for. */
      first?: { status: 'delivered' | 'paused' | 'retry-later' | 'not-posted'; detail?: string };
    };

/** A subscription as /sco schedule shows it; times already formatted in the subscription's zone. */
export interface SubscriptionView {
  id: number;
  label: string;
  timezone: string;
  countries: string[];
  topics: string[];
  nextRuns: string[];
  pausedReason?: string;
  pausedAt?: string;
  lastDelivery?: { at: string; kind: string; status: string; detail?: string };
  recentFailures: { at: string; outcome: string; detail?: string }[];
  /** Slots marked missed (never delivered within the grace window). */
  missed: number;
}

/** A stored news item as handlers show it; every one is shown with its link as a citation. */
export interface NewsItem {
  id: number;
  title: string;
  url: string;
  /** The configured feed's id and publisher. */
  feedId: string;
  publisher: string;
  /** ISO time the publisher gives, when it gives one. */
  published?: string;
  /** ISO time the bot first saw the item; an edited item keeps it, so it is not shown as new again. */
  firstSeen: string;
  /** ISO alpha-2 codes of the countries the item mentions. */
  countries: string[];
  /** The feed's summary (untrusted, clipped); read for signs of a fact change. */
  summary?: string;
}

export interface NewsFeedStatus {
  id: string;
  name: string;
  url: string;
  publisher: string;
  /** never: not fetched yet; erroring: recent errors, not yet failing; failing: FAILING_AFTER errors in a row. */
  state: 'ok' | 'erroring' | 'failing' | 'never';
  consecutiveErrors: number;
  lastError?: string;
  lastErrorAt?: string;
  lastSuccessAt?: string;
  items: number;
}

export interface NewsService {
  readonly kind: 'news';
  /** Newest first (by publication, else first seen); the query is matched against title and summary. */
  recent(filter?: { country?: string; query?: string; limit?: number }): NewsItem[];
  /** Items first seen since the moment, newest first: the digest's "What's new". */
  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): NewsItem[];
  /** Every configured feed with its fetch status. */
  sources(): NewsFeedStatus[];
}

/** A command of any option schema, as the registry holds them (handlers are contravariant in their arguments). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<any>;

/** Keeps the schema's inferred type on the handler's arguments. */
export function defineCommand<S extends OptionsSchema>(def: CommandDef<S>): CommandDef<S> {
  return def;
}
