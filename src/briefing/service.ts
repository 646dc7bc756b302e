import { DateTime } from 'luxon';
import type { BriefingChannel, BriefingService, SubscribeRequest, SubscribeResult, SubscriptionView } from './types.js';
import { OtherWorkspaceError, type BriefingStore, type Subscription } from './store.js';
import type { BriefingScheduler } from './scheduler.js';
import { parseSchedule } from './schedule.js';

export interface ServiceDeps {
  store: BriefingStore;
  scheduler: BriefingScheduler;
  defaultZone: string;
  now: () => Date;
  /** Subscriptions one channel (a DM included) may hold. */
  maxPerChannel?: number;
}

/**
 * Every subscription costs deliveries on the shared scheduler: without a cap, one user once
 * subscribed their own DM to 300 hourly digests and starved every other channel.
 */
const MAX_SUBSCRIPTIONS_PER_CHANNEL = 5;

/** The subscriptions API the /sco subscribe, unsubscribe and schedule commands use. */
export function createBriefingService(deps: ServiceDeps): BriefingService {
  const view = async (sub: Subscription): Promise<SubscriptionView> => {
    const store = deps.store;
    const [recent, failures] = await Promise.all([store.recentDeliveries(sub.id, 20), store.recentFailures(sub.id, 3)]);
    const last = recent.find((d) => d.status !== 'claimed' && d.status !== 'retry') ?? recent[0];
    const fmt = (d: Date) => formatLocal(d, sub.timezone);
    return {
      id: sub.id,
      label: sub.label,
      timezone: sub.timezone,
      countries: sub.countries,
      topics: sub.topics,
      nextRuns: sub.pausedAt ? [] : deps.scheduler.nextRuns(sub, 3, deps.now()).map(fmt),
      ...(sub.pausedReason && { pausedReason: sub.pausedReason }),
      ...(sub.pausedAt && { pausedAt: fmt(sub.pausedAt) }),
      ...(last && {
        lastDelivery: {
          at: fmt(last.finishedAt ?? last.claimedAt),
          kind: last.kind === 'catch-up' ? `catch-up for ${last.covers} slot(s)` : last.kind,
          status: last.status === 'retry' ? 'retrying' : last.status === 'claimed' ? 'in progress' : last.status,
          ...(last.error && last.status !== 'delivered' && { detail: last.error }),
        },
      }),
      recentFailures: failures.map((f) => ({
        at: fmt(f.at),
        outcome: f.outcome,
        ...(f.detail && { detail: f.detail }),
      })),
      missed: recent.filter((d) => d.status === 'missed').length,
    };
  };

  return {
    kind: 'briefings',

    async subscribe(request: SubscribeRequest): Promise<SubscribeResult> {
      const parsed = parseSchedule(request.schedule, { timezone: request.timezone, defaultZone: deps.defaultZone });
      if (!parsed.ok) return parsed;
      const { schedule } = parsed;
      const max = deps.maxPerChannel ?? MAX_SUBSCRIPTIONS_PER_CHANNEL;
      const input = {
        platform: request.platform,
        channelId: request.channelId,
        workspaceId: request.workspaceId,
        label: schedule.label,
        cron: schedule.cron,
        timezone: schedule.timezone,
        countries: request.countries,
        topics: request.topics,
        createdBy: request.userId,
      };
      let stored: Awaited<ReturnType<BriefingStore['subscribeWithin']>>;
      try {
        stored = await deps.store.subscribeWithin(input, deps.now(), max);
      } catch (err) {
        if (err instanceof OtherWorkspaceError)
          return {
            ok: false,
            error: 'Another workspace sharing this channel already has a digest on this schedule; choose another time.',
          };
        throw err;
      }
      if ('limitReached' in stored) {
        return {
          ok: false,
          error: `This channel already has ${stored.limitReached} subscriptions; a channel or DM can have at most ${max}. Change one of them (same schedule and zone), or remove one with /sco unsubscribe first (/sco schedule lists them).`,
        };
      }
      const { subscription, created, resumed } = stored;
      let first: Extract<SubscribeResult, { ok: true }>['first'];
      if (request.first) {
        const outcome = await deps.scheduler.deliverNow(subscription);
        first =
          outcome.status === 'delivered'
            ? { status: 'delivered' }
            : outcome.status === 'paused'
              ? { status: 'paused', detail: outcome.reason }
              : outcome.status === 'retry-later'
                ? { status: 'retry-later', detail: outcome.error }
                : {
                    status: 'not-posted',
                    detail:
                      outcome.status === 'no-poster'
                        ? 'this process does not post to this platform'
                        : 'a digest is already being posted',
                  };
      }
      const fresh = (await deps.store.subscription(subscription.id)) ?? subscription;
      return { ok: true, created, resumed, subscription: await view(fresh), ...(first && { first }) };
    },

    unsubscribe(channel: BriefingChannel, id?: number): Promise<number> {
      return deps.store.unsubscribe(channel.platform, channel.channelId, id, channel.workspaceId);
    },

    async channelSchedule(channel: BriefingChannel): Promise<SubscriptionView[]> {
      return Promise.all(
        (await deps.store.channelSubscriptions(channel.platform, channel.channelId, channel.workspaceId)).map(view),
      );
    },
  };
}

/** "Sat 28 Nov 2026, 08:00 CET" in the subscription's zone. */
function formatLocal(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ', { locale: 'en-GB' });
}
