import type { z } from 'zod';
import type { Reply } from '../src/reply/model.js';
import type { FactStore } from '../src/facts/store.js';
import type { AskService } from '../src/ask/types.js';
import type { Briefer, BriefingService } from '../src/briefing/types.js';
import type { NewsService } from '../src/news/types.js';
import type { PictureService } from '../src/pictures/types.js';

export type { NewsFeedStatus, NewsItem } from '../src/news/types.js';
export type { SubscriptionView } from '../src/briefing/types.js';

export type Platform = 'discord' | 'slack' | 'console' | 'scheduler';

/**
 * Services the handlers draw on. Only the fact store is always there; the others are
 * present when the process runs them (a handler whose service is missing says so).
 */
export interface Services {
  facts: FactStore;
  /** Free-form questions (`/sco ask`, mentions, DMs). */
  ask: AskService;
  /** The briefing on demand (`/sco brief`); the scheduled digest uses the same composition. */
  briefer: Briefer;
  /** Subscriptions and delivery state (scheduled briefings). */
  briefings?: BriefingService;
  /** Ingested news items. */
  news?: NewsService;
  /** The membership timeline and map, drawn from the facts. */
  pictures?: PictureService;
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
  /** The asker's language as the platform reports it (BCP 47, e.g. "ru", "zh-CN"), when it does; pictures label in it. */
  locale?: string;
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

/** A command of any option schema, as the registry holds them (handlers are contravariant in their arguments). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<any>;

/** Keeps the schema's inferred type on the handler's arguments. */
export function defineCommand<S extends OptionsSchema>(def: CommandDef<S>): CommandDef<S> {
  return def;
}
