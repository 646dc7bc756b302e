import type { Reply, ReplyImage } from '../reply/model.js';

/**
 * What the scheduler needs from a chat platform: post a reply into a channel, and failures
 * it can act on. Each adapter (discord, slack, console) implements it.
 */
export interface ChannelPoster {
  readonly platform: 'discord' | 'slack' | 'console';
  /** Deliveries this platform wants in flight at least, when DELIVERY_CONCURRENCY is lower (see the Slack adapter). */
  readonly minConcurrency?: number;
  /** Posts the reply (split into several messages if it must be), from `fromPart` on; resolves with the ids of the messages it posted, in order. */
  post(channelId: string, reply: Reply, options?: PostOptions): Promise<{ messageIds: string[] }>;
}

export interface PostOptions {
  /**
   * The same key on a repeated post of the same delivery: a platform that can deduplicate
   * (Discord's enforced nonce) returns the message already posted instead of posting again.
   */
  idempotencyKey?: string;
  /** Parts (rendered messages) an earlier attempt already posted: start with the next one. */
  fromPart?: number;
  /** Called as soon as the platform accepts each part (its index in the whole reply), before the next is sent. */
  onPart?: (part: number, messageId: string) => void | Promise<void>;
  /** The subscription's workspace (Slack team, Discord guild): whose credentials post, where a platform has one per workspace. */
  workspaceId?: string | undefined;
}

/**
 * - `channel-gone`: the channel no longer accepts our posts (404, unknown channel, channel_not_found, is_archived):
 *   pause the subscription, keep its configuration.
 * - `forbidden`: we lack access (403, missing access, not_in_channel): pause likewise.
 * - `auth`: our own credentials are bad (invalid_auth, 401): stop posting on this platform.
 * - `transient`: 5xx, timeouts, network errors: retry with back-off.
 * Rate limits (429) are absorbed by the platform libraries' own queues and do not surface here.
 */
export type DeliveryFailure = 'channel-gone' | 'forbidden' | 'auth' | 'transient';

export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    readonly failure: DeliveryFailure,
    /** The platform's own code, e.g. 404, 50001 Missing Access, not_in_channel. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get pausesSubscription(): boolean {
    return this.failure === 'channel-gone' || this.failure === 'forbidden';
  }
}

/** What a digest can be narrowed to (`/sco subscribe … topics:events,meetings`). */
export const DIGEST_TOPICS = ['events', 'membership', 'officials', 'meetings', 'disputes', 'news'] as const;
export type DigestTopic = (typeof DIGEST_TOPICS)[number];

/** Schedules as people type them, for help and error replies. */
export const SCHEDULE_EXAMPLES = ['daily 08:00', 'weekdays 07:30 Asia/Kolkata', 'weekly monday 09:00', '0 8 1 * *'];

/** A news item as the digest reads it; feed text, so untrusted. */
export interface NewsSourceItem {
  title: string;
  url: string;
  publisher: string;
  published?: string;
  firstSeen: string;
  countries?: string[];
  /** The feed's summary, when it gave one: read for signs of a fact change, never shown. */
  summary?: string;
}

/**
 * What the digest needs from news ("What's new", and what is reported but not in the checked
 * facts): anything that lists items first seen since a moment. The news feature provides it;
 * the digest works without it.
 */
export interface NewsSource {
  itemsSince(since: Date, filter?: { countries?: string[]; limit?: number }): Promise<NewsSourceItem[]> | NewsSourceItem[];
}

/**
 * What the digest needs from pictures: the membership timeline, as a reply's image, drawn only
 * when the digest is sent. The pictures feature provides it; the digest works without it.
 */
export interface DigestPictures {
  timeline(): ReplyImage;
}

/** The briefing on demand, as `/sco brief` asks for it. */
export interface Briefer {
  brief(options: { now: Date }): Promise<Reply>;
}

/** The subscriptions API the /sco subscribe, unsubscribe and schedule commands use. */
export interface BriefingService {
  readonly kind: 'briefings';
  /** Creates (or updates and resumes) this channel's subscription and, unless `first` is false, posts a first digest. */
  subscribe(request: SubscribeRequest): Promise<SubscribeResult>;
  /** Removes one subscription of the channel (by id) or all of them; returns how many. */
  unsubscribe(channel: BriefingChannel, id?: number): Promise<number>;
  /** This channel's subscriptions with next runs, last delivery, failures and pause reason. */
  channelSchedule(channel: BriefingChannel): Promise<SubscriptionView[]>;
}

export interface BriefingChannel {
  platform: 'discord' | 'slack' | 'console' | 'scheduler';
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

