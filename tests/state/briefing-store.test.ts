import { describe, expect, it } from 'vitest';
import { openBriefingStore } from '../../src/briefing/open-store.js';
import { OtherWorkspaceError, type SubscriptionInput } from '../../src/briefing/store.js';
import { ENGINES, useEngine } from './engines.js';

/**
 * The briefing store's contract: the same behaviour on SQLite and on PostgreSQL. Every test here
 * runs once per engine, each on a new empty database.
 */

const T0 = new Date('2026-11-26T12:00:00.123Z');
const at = (iso: string) => new Date(iso);
const at0 = at;
const LEASE = 60_000;

function input(overrides: Partial<SubscriptionInput> = {}): SubscriptionInput {
  return {
    platform: 'discord',
    channelId: 'C1',
    label: 'daily 08:00',
    cron: '0 8 * * *',
    timezone: 'Europe/Berlin',
    countries: ['CN', 'IN'],
    topics: ['events'],
    createdBy: 'U1',
    ...overrides,
  };
}

describe.each(ENGINES)('the briefing store on %s', (engine) => {
  const s = useEngine(engine, openBriefingStore);
  const store = () => s.value;
  const claimSlot = (subscriptionId: number, slot: string, worker = 'w1', now = at(slot)) =>
    store().claim({ subscriptionId, slot: at(slot), kind: 'scheduled', worker, now, leaseMs: LEASE });

  describe('subscriptions', () => {
    it('stores a new subscription with everything it was given and reads it back the same', async () => {
      const { subscription, created, resumed } = await store().subscribe(
        input({ workspaceId: 'T9', label: 'daily 08:00 — «ШОС» 📰' }),
        T0,
      );
      expect(created).toBe(true);
      expect(resumed).toBe(0);
      expect(subscription).toMatchObject({
        platform: 'discord',
        channelId: 'C1',
        workspaceId: 'T9',
        label: 'daily 08:00 — «ШОС» 📰',
        cron: '0 8 * * *',
        timezone: 'Europe/Berlin',
        countries: ['CN', 'IN'],
        topics: ['events'],
        createdBy: 'U1',
      });
      expect(subscription.createdAt.toISOString()).toBe(T0.toISOString());
      expect(subscription.anchorAt.toISOString()).toBe(T0.toISOString());
      expect(subscription.pausedAt).toBeUndefined();
      expect(await store().subscription(subscription.id)).toEqual(subscription);
      expect(await store().subscription(subscription.id + 1000)).toBeUndefined();
    });

    it('updates the subscription with the same schedule and zone instead of adding a second', async () => {
      const first = await store().subscribe(input(), T0);
      const again = await store().subscribe(
        input({ label: 'daily at eight', countries: ['RU'], topics: [] }),
        at('2026-11-27T00:00:00Z'),
      );
      expect(again.created).toBe(false);
      expect(again.subscription.id).toBe(first.subscription.id);
      expect(again.subscription).toMatchObject({ label: 'daily at eight', countries: ['RU'], topics: [] });
      // Updating is not resubscribing: the anchor stays where it was.
      expect(again.subscription.anchorAt.toISOString()).toBe(T0.toISOString());
      expect(await store().channelSubscriptions('discord', 'C1')).toHaveLength(1);
    });

    it('keeps a different schedule or zone on the same channel as a second subscription', async () => {
      await store().subscribe(input(), T0);
      await store().subscribe(input({ cron: '0 9 * * 1' }), T0);
      await store().subscribe(input({ timezone: 'Asia/Kolkata' }), T0);
      await store().subscribe(input({ channelId: 'C2' }), T0);
      const list = await store().channelSubscriptions('discord', 'C1');
      expect(list.map((x) => [x.cron, x.timezone])).toEqual([
        ['0 8 * * *', 'Europe/Berlin'],
        ['0 9 * * 1', 'Europe/Berlin'],
        ['0 8 * * *', 'Asia/Kolkata'],
      ]);
    });

    it('resumes every paused subscription of the channel on subscribing, from now on', async () => {
      const a = (await store().subscribe(input(), T0)).subscription;
      const b = (await store().subscribe(input({ cron: '0 9 * * *' }), T0)).subscription;
      const other = (await store().subscribe(input({ channelId: 'C2' }), T0)).subscription;
      await store().pause(a.id, 'the bot has no access to the channel (50001)', at('2026-11-27T08:00:00Z'));
      await store().pause(b.id, 'gone', at('2026-11-27T08:00:00Z'));
      await store().pause(other.id, 'gone', at('2026-11-27T08:00:00Z'));
      const later = at('2026-11-28T10:00:00Z');
      const result = await store().subscribe(input({ cron: '30 7 * * *' }), later);
      expect(result).toMatchObject({ created: true, resumed: 2 });
      for (const id of [a.id, b.id]) {
        const sub = (await store().subscription(id))!;
        expect(sub.pausedAt).toBeUndefined();
        expect(sub.pausedReason).toBeUndefined();
        expect(sub.anchorAt.toISOString()).toBe(later.toISOString());
      }
      expect((await store().subscription(other.id))!.pausedReason).toBe('gone');
    });

    it('lists active subscriptions of the asked platforms only, in the order they were made', async () => {
      const d1 = (await store().subscribe(input({ channelId: 'D1' }), T0)).subscription;
      const s1 = (await store().subscribe(input({ platform: 'slack', channelId: 'S1' }), T0)).subscription;
      const d2 = (await store().subscribe(input({ channelId: 'D2' }), T0)).subscription;
      await store().subscribe(input({ platform: 'console', channelId: 'X' }), T0);
      await store().pause(d2.id, 'gone', T0);
      expect((await store().activeSubscriptions(['discord', 'slack'])).map((x) => x.id)).toEqual([d1.id, s1.id]);
      expect((await store().activeSubscriptions(['slack'])).map((x) => x.id)).toEqual([s1.id]);
      expect(await store().activeSubscriptions([])).toEqual([]);
    });

    it("unsubscribes one subscription of the channel by id, or all of them, and never another channel's", async () => {
      const a = (await store().subscribe(input(), T0)).subscription;
      await store().subscribe(input({ cron: '0 9 * * *' }), T0);
      const other = (await store().subscribe(input({ channelId: 'C2' }), T0)).subscription;
      expect(await store().unsubscribe('discord', 'C1', other.id)).toBe(0);
      expect(await store().unsubscribe('discord', 'C1', a.id)).toBe(1);
      expect(await store().channelSubscriptions('discord', 'C1')).toHaveLength(1);
      expect(await store().unsubscribe('discord', 'C1')).toBe(1);
      expect(await store().unsubscribe('discord', 'C1')).toBe(0);
      expect(await store().subscription(other.id)).toBeDefined();
    });

    it("keeps each workspace's subscriptions to itself in a channel two workspaces share", async () => {
      const mine = (await store().subscribe(input({ workspaceId: 'TA' }), T0)).subscription;
      await store().pause(mine.id, 'paused in TA', at('2026-11-27T08:00:00Z'));
      // TB sees none of TA's, cannot remove TA's by id, and its own subscribe resumes nothing of TA's.
      expect(await store().channelSubscriptions('discord', 'C1', 'TB')).toEqual([]);
      expect(await store().unsubscribe('discord', 'C1', mine.id, 'TB')).toBe(0);
      expect(await store().unsubscribe('discord', 'C1', undefined, 'TB')).toBe(0);
      const theirs = await store().subscribe(input({ workspaceId: 'TB', cron: '0 9 * * *' }), T0);
      expect(theirs).toMatchObject({ created: true, resumed: 0 });
      expect((await store().subscription(mine.id))!.pausedReason).toBe('paused in TA');
      // The same schedule from TB is refused rather than taking TA's subscription over.
      await expect(store().subscribe(input({ workspaceId: 'TB' }), T0)).rejects.toBeInstanceOf(OtherWorkspaceError);
      expect((await store().channelSubscriptions('discord', 'C1', 'TA')).map((x) => x.id)).toEqual([mine.id]);
      expect(await store().unsubscribe('discord', 'C1', mine.id, 'TA')).toBe(1);
    });

    it("pauses every running subscription of one workspace with the reason, and nobody else's", async () => {
      const a1 = (await store().subscribe(input({ workspaceId: 'TA' }), T0)).subscription;
      const a2 = (await store().subscribe(input({ workspaceId: 'TA', channelId: 'C2' }), T0)).subscription;
      const b = (await store().subscribe(input({ workspaceId: 'TB', channelId: 'C3' }), T0)).subscription;
      const slack = (await store().subscribe(input({ workspaceId: 'TA', platform: 'slack', channelId: 'C4' }), T0))
        .subscription;
      await store().pause(a2.id, 'channel gone', at('2026-11-27T08:00:00Z'));
      expect(await store().pauseWorkspace('discord', 'TA', 'uninstalled', at('2026-11-28T08:00:00Z'))).toBe(1);
      expect((await store().subscription(a1.id))!.pausedReason).toBe('uninstalled');
      expect((await store().subscription(a2.id))!.pausedReason).toBe('channel gone');
      expect((await store().subscription(b.id))!.pausedAt).toBeUndefined();
      expect((await store().subscription(slack.id))!.pausedAt).toBeUndefined();
    });

    it("removes a subscription's deliveries and their log with it", async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z'))!;
      await store().logAttempt({ deliveryId: claim.id, attempt: 1, at: T0, worker: 'w1', outcome: 'transient', ms: 5 });
      await store().unsubscribe('discord', 'C1');
      expect(await store().allDeliveries()).toEqual([]);
      expect(await store().attempts(claim.id)).toEqual([]);
    });

    it('keeps the first reason and time when a paused subscription is paused again', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      await store().pause(sub.id, 'first reason', at('2026-11-27T08:00:00Z'));
      await store().pause(sub.id, 'second reason', at('2026-11-28T08:00:00Z'));
      const paused = (await store().subscription(sub.id))!;
      expect(paused.pausedReason).toBe('first reason');
      expect(paused.pausedAt!.toISOString()).toBe('2026-11-27T08:00:00.000Z');
      expect(paused.countries).toEqual(['CN', 'IN']);
    });

    it('counts slots as due after the anchor, then after the latest claimed slot', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      expect((await store().dueAfter(sub)).toISOString()).toBe(T0.toISOString());
      await claimSlot(sub.id, '2026-11-27T07:00:00Z');
      await claimSlot(sub.id, '2026-11-28T07:00:00Z');
      expect((await store().dueAfter(sub)).toISOString()).toBe('2026-11-28T07:00:00.000Z');
      // A resubscribe moves the anchor past old slots: the anchor wins.
      const moved = { ...sub, anchorAt: at('2026-11-29T00:00:00Z') };
      expect((await store().dueAfter(moved)).toISOString()).toBe('2026-11-29T00:00:00.000Z');
    });
    it("refuses a new subscription past the channel's limit, counted atomically even when many arrive at once", async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store().subscribeWithin(input({ cron: `0 ${i} * * *` }), T0, 3)),
      );
      expect(results.filter((r) => 'subscription' in r)).toHaveLength(3);
      expect(results.filter((r) => 'limitReached' in r)).toEqual(
        Array.from({ length: 5 }, () => ({ limitReached: 3 })),
      );
      expect(await store().countChannelSubscriptions('discord', 'C1')).toBe(3);
      // Changing one that exists is not a new one: allowed at the limit.
      const first = (await store().channelSubscriptions('discord', 'C1'))[0]!;
      const update = await store().subscribeWithin(input({ cron: first.cron, label: 'changed' }), T0, 3);
      expect(update).toMatchObject({ created: false, subscription: { id: first.id, label: 'changed' } });
      expect(await store().countChannelSubscriptions('discord', 'C2')).toBe(0);
    });

    it("knows every subscription's latest claimed slot at once", async () => {
      const a = (await store().subscribe(input(), T0)).subscription;
      const b = (await store().subscribe(input({ channelId: 'C2' }), T0)).subscription;
      await store().subscribe(input({ channelId: 'C3' }), T0);
      await claimSlot(a.id, '2026-11-27T07:00:00Z');
      await claimSlot(a.id, '2026-11-28T07:00:00Z');
      await claimSlot(b.id, '2026-11-27T07:00:00Z');
      const last = await store().lastSlots();
      expect([...last.entries()].map(([id, d]) => [id, d.toISOString()]).sort()).toEqual(
        [
          [a.id, '2026-11-28T07:00:00.000Z'],
          [b.id, '2026-11-27T07:00:00.000Z'],
        ].sort(),
      );
    });
  });

  describe('claims', () => {
    it('claims a slot once: the first claim holds it with a lease, a second finds it taken', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const now = at('2026-11-27T07:00:05.250Z');
      const claim = await store().claim({
        subscriptionId: sub.id,
        slot: at('2026-11-27T07:00:00Z'),
        kind: 'catch-up',
        covers: 3,
        worker: 'w1',
        now,
        leaseMs: LEASE,
      });
      expect(claim).toMatchObject({
        subscriptionId: sub.id,
        kind: 'catch-up',
        covers: 3,
        status: 'claimed',
        worker: 'w1',
        attempts: 0,
        messageIds: [],
      });
      expect(claim!.claimedAt.toISOString()).toBe(now.toISOString());
      expect(claim!.leaseUntil.getTime()).toBe(now.getTime() + LEASE);
      expect(
        await store().claim({
          subscriptionId: sub.id,
          slot: at('2026-11-27T07:00:00Z'),
          kind: 'scheduled',
          worker: 'w2',
          now,
          leaseMs: LEASE,
        }),
      ).toBeUndefined();
      expect(await store().delivery(claim!.id)).toEqual(claim);
      expect((await claimSlot(sub.id, '2026-11-28T07:00:00Z'))!.covers).toBe(1);
    });

    it('gives a slot to exactly one of twenty workers claiming it at the same moment', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => claimSlot(sub.id, '2026-11-27T07:00:00Z', `w${i}`)),
      );
      const winners = results.filter((r) => r !== undefined);
      expect(winners).toHaveLength(1);
      expect(await store().allDeliveries()).toHaveLength(1);
    });

    it('lists open claims whose lease ran out, oldest slot first, and not finished or still-leased ones', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const late = (await claimSlot(sub.id, '2026-11-28T07:00:00Z'))!;
      const early = (await claimSlot(sub.id, '2026-11-27T07:00:00Z'))!;
      const done = (await claimSlot(sub.id, '2026-11-26T07:00:00Z'))!;
      await store().markDelivered(done.id, 'w1', ['m1'], T0);
      const fresh = (await claimSlot(sub.id, '2026-11-29T07:00:00Z'))!;
      const expired = await store().expiredClaims(at('2026-11-29T07:00:30Z'));
      expect(expired.map((d) => d.id)).toEqual([early.id, late.id]);
      expect(expired.map((d) => d.id)).not.toContain(fresh.id);
    });

    it('lists the open claims a worker holds', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const mine = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      await claimSlot(sub.id, '2026-11-28T07:00:00Z', 'w2');
      const finished = (await claimSlot(sub.id, '2026-11-29T07:00:00Z', 'w1'))!;
      await store().markFailed(finished.id, 'gone', T0);
      expect((await store().heldBy('w1')).map((d) => d.id)).toEqual([mine.id]);
    });

    it('lets one worker take over an abandoned claim, only while it is as that worker saw it', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'dead'))!;
      const now = at('2026-11-27T08:00:00Z');
      expect(await store().takeOver(claim, 'w2', now, LEASE)).toBe(true);
      const taken = (await store().delivery(claim.id))!;
      expect(taken).toMatchObject({ worker: 'w2', status: 'claimed' });
      expect(taken.leaseUntil.getTime()).toBe(now.getTime() + LEASE);
      // w3 saw the claim before w2 took it: its view is stale, so it gets nothing.
      expect(await store().takeOver(claim, 'w3', now, LEASE)).toBe(false);
    });

    it('gives an abandoned claim to exactly one of ten workers taking it over at once', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'dead'))!;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store().takeOver(claim, `w${i}`, at('2026-11-27T08:00:00Z'), LEASE)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = `w${results.indexOf(true)}`;
      expect((await store().delivery(claim.id))!.worker).toBe(winner);
    });

    it('renews the lease before each attempt and counts it, for the holder only', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      const until = at('2026-11-27T07:30:00Z');
      expect(await store().renewLease(claim.id, 'w1', until)).toBe(true);
      expect(await store().renewLease(claim.id, 'w1', until)).toBe(true);
      expect(await store().renewLease(claim.id, 'w2', until)).toBe(false);
      const renewed = (await store().delivery(claim.id))!;
      expect(renewed.attempts).toBe(2);
      expect(renewed.leaseUntil.toISOString()).toBe(until.toISOString());
      await store().markRetry(claim.id, 'w1', until, 'transient 500: boom');
      // A claim given back for a later round is not renewed until someone takes it again.
      expect(await store().renewLease(claim.id, 'w1', until)).toBe(false);
    });

    it('records a delivery with its message ids, only for the worker that holds it', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      await store().markRetry(claim.id, 'w1', at('2026-11-27T07:05:00Z'), 'transient 502: Bad Gateway');
      await store().takeOver((await store().delivery(claim.id))!, 'w1', at('2026-11-27T07:06:00Z'), LEASE);
      await store().markDelivered(claim.id, 'w2', ['not-mine'], T0);
      expect((await store().delivery(claim.id))!.status).toBe('claimed');
      const finished = at('2026-11-27T07:06:01.500Z');
      await store().markDelivered(claim.id, 'w1', ['111', '222'], finished);
      const d = (await store().delivery(claim.id))!;
      expect(d).toMatchObject({ status: 'delivered', messageIds: ['111', '222'] });
      expect(d.finishedAt!.toISOString()).toBe(finished.toISOString());
      expect(d.error).toBeUndefined();
    });

    it('gives a claim back for a later round with its last error, and lets another worker take it then', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      const retryAt = at('2026-11-27T07:05:00Z');
      await store().markRetry(claim.id, 'w1', retryAt, 'transient 503: "unavailable"');
      const given = (await store().delivery(claim.id))!;
      expect(given).toMatchObject({ status: 'retry', error: 'transient 503: "unavailable"' });
      expect(given.leaseUntil.toISOString()).toBe(retryAt.toISOString());
      expect(await store().expiredClaims(at('2026-11-27T07:04:00Z'))).toEqual([]);
      expect((await store().expiredClaims(at('2026-11-27T07:06:00Z'))).map((d) => d.id)).toEqual([claim.id]);
      expect(await store().takeOver(given, 'w2', at('2026-11-27T07:06:00Z'), LEASE)).toBe(true);
    });

    it('marks a claim failed, and marks missed only a claim that is still open', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const a = (await claimSlot(sub.id, '2026-11-27T07:00:00Z'))!;
      const b = (await claimSlot(sub.id, '2026-11-28T07:00:00Z'))!;
      await store().markFailed(a.id, 'forbidden 50001: Missing Access', at('2026-11-27T07:00:01Z'));
      await store().markMissed(a.id, 'not delivered within the grace window', at('2026-11-29T00:00:00Z'));
      await store().markMissed(b.id, 'not delivered within the grace window', at('2026-11-29T00:00:00Z'));
      expect(await store().delivery(a.id)).toMatchObject({
        status: 'failed',
        error: 'forbidden 50001: Missing Access',
      });
      const missed = (await store().delivery(b.id))!;
      expect(missed).toMatchObject({ status: 'missed', error: 'not delivered within the grace window' });
      expect(missed.finishedAt!.toISOString()).toBe('2026-11-29T00:00:00.000Z');
    });

    it('releases only an unattempted claim of its own worker, freeing the slot', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      expect(await store().release(claim.id, 'w2')).toBe(false);
      expect(await store().release(claim.id, 'w1')).toBe(true);
      const again = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w2'))!;
      await store().renewLease(again.id, 'w2', at('2026-11-27T07:10:00Z'));
      expect(await store().release(again.id, 'w2')).toBe(false);
    });

    it('keeps the parts posted so far, for the holder only, and records a delivery with its attempt in one step', async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      await store().recordParts(claim.id, 'w1', ['p1']);
      await store().recordParts(claim.id, 'w2', ['not', 'mine']);
      expect((await store().delivery(claim.id))!).toMatchObject({ status: 'claimed', messageIds: ['p1'] });
      const at = at0('2026-11-27T07:00:03Z');
      await store().recordDelivered(
        { deliveryId: claim.id, attempt: 1, at, worker: 'w1', outcome: 'ok', detail: 'p1,p2', ms: 40 },
        'w1',
        ['p1', 'p2'],
        at,
      );
      expect((await store().delivery(claim.id))!).toMatchObject({ status: 'delivered', messageIds: ['p1', 'p2'] });
      expect(await store().attempts(claim.id)).toMatchObject([{ outcome: 'ok', detail: 'p1,p2' }]);
    });

    it("counts the open claims of every worker: the shared queue's depth", async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      expect(await store().openClaimCount()).toBe(0);
      const a = (await claimSlot(sub.id, '2026-11-27T07:00:00Z', 'w1'))!;
      const b = (await claimSlot(sub.id, '2026-11-28T07:00:00Z', 'w2'))!;
      await claimSlot(sub.id, '2026-11-29T07:00:00Z', 'w3');
      await store().markRetry(b.id, 'w2', T0, 'later');
      expect(await store().openClaimCount()).toBe(3);
      await store().markDelivered(a.id, 'w1', ['m'], T0);
      expect(await store().openClaimCount()).toBe(2);
    });
  });

  describe('the log and what the channel sees', () => {
    it("keeps every attempt in order, and lists a subscription's failures newest first", async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      const claim = (await claimSlot(sub.id, '2026-11-27T07:00:00Z'))!;
      const log = (attempt: number, outcome: 'ok' | 'transient' | 'forbidden', secs: number, code?: string) =>
        store().logAttempt({
          deliveryId: claim.id,
          attempt,
          at: at(`2026-11-27T07:00:${String(secs).padStart(2, '0')}Z`),
          worker: 'w1',
          outcome,
          ...(code && { code, detail: `${code} — détail` }),
          ms: 12.6,
        });
      await log(1, 'transient', 1, '500');
      await log(2, 'forbidden', 2, '50001');
      await log(3, 'ok', 3);
      const all = await store().attempts(claim.id);
      expect(all.map((a) => [a.attempt, a.outcome, a.ms])).toEqual([
        [1, 'transient', 13],
        [2, 'forbidden', 13],
        [3, 'ok', 13],
      ]);
      expect(all[0]).toMatchObject({ code: '500', detail: '500 — détail', worker: 'w1' });
      expect(all[2]!.code).toBeUndefined();
      const failures = await store().recentFailures(sub.id, 5);
      expect(failures.map((f) => f.code)).toEqual(['50001', '500']);
      expect(await store().recentFailures(sub.id, 1)).toHaveLength(1);
    });

    it('knows when the channel last received a digest, from any of its subscriptions', async () => {
      const a = (await store().subscribe(input(), T0)).subscription;
      const b = (await store().subscribe(input({ cron: '0 9 * * *' }), T0)).subscription;
      expect(await store().lastDeliveredAt('discord', 'C1')).toBeUndefined();
      const c1 = (await claimSlot(a.id, '2026-11-27T07:00:00Z'))!;
      const c2 = (await claimSlot(b.id, '2026-11-27T08:00:00Z'))!;
      const c3 = (await claimSlot(b.id, '2026-11-28T08:00:00Z'))!;
      await store().markDelivered(c1.id, 'w1', ['1'], at('2026-11-27T07:00:02Z'));
      await store().markDelivered(c2.id, 'w1', ['2'], at('2026-11-27T08:00:03Z'));
      await store().markFailed(c3.id, 'gone', at('2026-11-28T08:00:01Z'));
      expect((await store().lastDeliveredAt('discord', 'C1'))!.toISOString()).toBe('2026-11-27T08:00:03.000Z');
      expect(await store().lastDeliveredAt('discord', 'C2')).toBeUndefined();
      expect(await store().lastDeliveredAt('slack', 'C1')).toBeUndefined();
    });

    it("lists a subscription's recent deliveries newest slot first, as many as asked", async () => {
      const sub = (await store().subscribe(input(), T0)).subscription;
      for (const day of ['27', '29', '28']) await claimSlot(sub.id, `2026-11-${day}T07:00:00Z`);
      expect((await store().recentDeliveries(sub.id, 2)).map((d) => d.slot.toISOString())).toEqual([
        '2026-11-29T07:00:00.000Z',
        '2026-11-28T07:00:00.000Z',
      ]);
      expect(await store().recentDeliveries(sub.id)).toHaveLength(3);
      expect((await store().allDeliveries()).map((d) => d.slot.getUTCDate())).toEqual([27, 29, 28]);
    });

    it("prunes old attempt logs and finished deliveries, keeping each subscription's latest slot and latest delivered digest", async () => {
      const sub = (await store().subscribe(input(), at0('2026-09-01T00:00:00Z'))).subscription;
      const days = ['01', '02', '03', '04'];
      const ids: number[] = [];
      for (const d of days) {
        const c = (await claimSlot(sub.id, `2026-10-${d}T07:00:00Z`))!;
        ids.push(c.id);
        await store().logAttempt({
          deliveryId: c.id,
          attempt: 1,
          at: at0(`2026-10-${d}T07:00:01Z`),
          worker: 'w1',
          outcome: 'ok',
          ms: 1,
        });
      }
      await store().markDelivered(ids[0]!, 'w1', ['a'], at0('2026-10-01T07:00:01Z'));
      await store().markDelivered(ids[1]!, 'w1', ['b'], at0('2026-10-02T07:00:01Z'));
      await store().markFailed(ids[2]!, 'gone', at0('2026-10-03T07:00:01Z'));
      await store().markFailed(ids[3]!, 'gone', at0('2026-10-04T07:00:01Z'));
      const pruned = await store().pruneDeliveries(at0('2026-11-01T00:00:00Z'));
      expect(pruned).toEqual({ logs: 4, deliveries: 2 });
      // Kept: the latest slot (4 Oct, failed) and the latest delivered (2 Oct): the digest window and the next slot are read from them.
      expect((await store().allDeliveries()).map((d) => d.id)).toEqual([ids[1], ids[3]]);
      expect((await store().dueAfter(sub)).toISOString()).toBe('2026-10-04T07:00:00.000Z');
      expect((await store().lastDeliveredAt('discord', 'C1'))!.toISOString()).toBe('2026-10-02T07:00:01.000Z');
      expect(await store().pruneDeliveries(at0('2026-11-01T00:00:00Z'))).toEqual({ logs: 0, deliveries: 0 });
    });
  });
});
