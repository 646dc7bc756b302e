import { DateTime } from 'luxon';
import type { BriefingChannel, BriefingService, SubscribeRequest, SubscribeResult, SubscriptionView } from './types.js';
import type { BriefingStore, Subscription } from './store.js';
import type { BriefingScheduler } from './scheduler.js';
import { parseSchedule } from './schedule.js';

export interface ServiceDeps {
  store: BriefingStore;
  scheduler: BriefingScheduler;
  defaultZone: string;
  now: () => Date;
}

/** The subscriptions API the /sco subscribe, unsubscribe and schedule commands use. */
export function createBriefingService(deps: ServiceDeps): BriefingService {
  const view = (sub: Subscription): SubscriptionView => {
    const store = deps.store;
    const recent = store.recentDeliveries(sub.id, 20);
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
      recentFailures: store.recentFailures(sub.id, 3).map((f) => ({ at: fmt(f.at), outcome: f.outcome, ...(f.detail && { detail: f.detail }) })),
      missed: recent.filter((d) => d.status === 'missed').length,
    };
  };

  return {
    kind: 'briefings',

    async subscribe(request: SubscribeRequest): Promise<SubscribeResult> {
      const parsed = parseSchedule(request.schedule, { timezone: request.timezone, defaultZone: deps.defaultZone });
      if (!parsed.ok) return parsed;
      const { schedule } = parsed;
      const { subscription, created, resumed } = deps.store.subscribe(
        {
          platform: request.platform,
          channelId: request.channelId,
          workspaceId: request.workspaceId,
          label: schedule.label,
          cron: schedule.cron,
          timezone: schedule.timezone,
          countries: request.countries,
          topics: request.topics,
          createdBy: request.userId,
        },
        deps.now(),
      );
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
                : { status: 'not-posted', detail: outcome.status === 'no-poster' ? 'this process does not post to this platform' : 'a digest is already being posted' };
      }
      const fresh = deps.store.subscription(subscription.id) ?? subscription;
      return { ok: true, created, resumed, subscription: view(fresh), ...(first && { first }) };
    },

    unsubscribe(channel: BriefingChannel, id?: number): number {
      return deps.store.unsubscribe(channel.platform, channel.channelId, id);
    },

    channelSchedule(channel: BriefingChannel): SubscriptionView[] {
      return deps.store.channelSubscriptions(channel.platform, channel.channelId).map(view);
    },
  };
}

/** "Sat 28 Nov 2026, 08:00 CET" in the subscription's zone. */
export function formatLocal(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ', { locale: 'en-GB' });
}
