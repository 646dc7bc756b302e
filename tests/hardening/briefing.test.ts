import Database from 'better-sqlite3';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import type { ChannelPoster, PostOptions } from '../../src/briefing/types.js';
import { isDeadLocalWorker, newWorkerId } from '../../src/briefing/worker-id.js';
import { createBriefingService } from '../../src/briefing/service.js';
import type { Reply } from '../../src/reply/model.js';
import { clock, makeScheduler, subscriptionInput, transient, useTempStore } from '../briefing/helpers.js';

/** Issue 12, findings 4 (store side), 5, 11 (delivery logs) and 12. */

let store: SqliteBriefingStore;
let dbPath: string;
useTempStore((s, path) => {
  store = s;
  dbPath = path;
});

const SUBSCRIBED = '2026-11-26T12:00:00Z';
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 40)));

/** A poster that posts a reply as `parts` messages, honouring fromPart and onPart, with a hook after each accepted part. */
function partPoster(parts = 1) {
  const sent: { channelId: string; part: number }[] = [];
  let id = 0;
  const poster: ChannelPoster & { sent: typeof sent; afterPart?: (part: number) => void; failAt?: (part: number) => Error | undefined } = {
    platform: 'console',
    sent,
    async post(channelId: string, _reply: Reply, options: PostOptions = {}) {
      const ids: string[] = [];
      for (let part = options.fromPart ?? 0; part < parts; part++) {
        const err = poster.failAt?.(part);
        if (err) throw err;
        sent.push({ channelId, part });
        const messageId = `m${++id}`;
        ids.push(messageId);
        options.onPart?.(part, messageId);
        poster.afterPart?.(part);
      }
      return { messageIds: ids };
    },
  };
  return poster;
}

describe('finding 5: a platform-accepted post is never posted again', () => {
  it('retries only the bookkeeping when the database is locked (SQLITE_BUSY) right after a successful post', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    store.db.pragma('busy_timeout = 5');
    const locker = new Database(dbPath);
    const poster = partPoster();
    poster.afterPart = () => {
      locker.exec('BEGIN IMMEDIATE');
      setTimeout(() => locker.exec('COMMIT'), 100);
    };
    const t = clock('2026-11-27T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now, { sleep: realSleep });
    await scheduler.tick();
    poster.afterPart = undefined;
    // Later ticks, past the lease, must not post it again.
    t.advance(5 * 60_000);
    await scheduler.tick();
    t.advance(10 * 60_000);
    await scheduler.tick();
    // Nor another process, once the claim's lease has run out.
    await expect.poll(() => locker.inTransaction).toBe(false);
    await makeScheduler(SqliteBriefingStore.open(dbPath), [poster], t.now, { worker: 'other:2:x' }).scheduler.tick();
    locker.close();
    expect(poster.sent).toHaveLength(1);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered', messageIds: ['m1'] }]);
  });

  it('keeps a post made before the database turned read-only, and records it once it can write again', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = partPoster();
    poster.afterPart = () => store.db.pragma('query_only = ON');
    const t = clock('2026-11-27T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now, { sleep: realSleep });
    await scheduler.tick();
    poster.afterPart = undefined;
    t.advance(5 * 60_000);
    await scheduler.tick(); // still read-only: nothing posted, nothing lost
    store.db.pragma('query_only = OFF');
    t.advance(5 * 60_000);
    await scheduler.tick();
    await makeScheduler(SqliteBriefingStore.open(dbPath), [poster], t.now, { worker: 'other:2:x' }).scheduler.tick();
    expect(poster.sent).toHaveLength(1);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered', messageIds: ['m1'] }]);
  });

  it('resumes a multi-part digest from its first unposted part after a failure', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = partPoster(3);
    let failures = 1;
    poster.failAt = (part) => (part === 2 && failures-- > 0 ? transient() : undefined);
    const { scheduler } = makeScheduler(store, [poster], () => new Date('2026-11-27T07:00:05Z'));
    await scheduler.tick();
    expect(poster.sent.map((s) => s.part)).toEqual([0, 1, 2]);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered', messageIds: ['m1', 'm2', 'm3'] }]);
  });

  it('resumes from the first unposted part when another worker takes over a dead one’s claim', async () => {
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = partPoster(3);
    // The first worker posted two parts and died before the third.
    poster.failAt = (part) => (part === 2 ? new Error('process died') : undefined);
    const t = clock('2026-11-27T07:00:05Z');
    await makeScheduler(store, [poster], t.now, { worker: 'gone:1:a' }).scheduler.tick();
    expect((await store.allDeliveries())[0]!.messageIds).toEqual(['m1', 'm2']);
    poster.failAt = undefined;
    store.db.prepare(`UPDATE briefing_deliveries SET status = 'claimed', lease_until = ?`).run('2026-11-27T07:00:00.000Z');
    t.advance(60_000);
    await makeScheduler(store, [poster], t.now, { worker: 'next:2:b' }).scheduler.tick();
    expect(poster.sent.map((s) => s.part)).toEqual([0, 1, 2]);
    expect(await store.allDeliveries()).toMatchObject([{ subscriptionId: subscription.id, status: 'delivered', messageIds: ['m1', 'm2', 'm3'] }]);
  });
});

describe('finding 4: subscriptions cannot flood a channel', () => {
  const service = () => {
    const { scheduler } = makeScheduler(store, [], () => new Date(SUBSCRIBED));
    return createBriefingService({ store, scheduler, defaultZone: 'UTC', now: () => new Date(SUBSCRIBED) });
  };
  const request = (schedule: string, channelId = 'D-dm-of-U1') => ({
    platform: 'slack' as const, channelId, userId: 'U1', schedule, countries: [], topics: [], first: false,
  });

  it('refuses a sixth subscription in one channel or DM, and says why; changing an existing one still works', async () => {
    const s = service();
    for (let h = 0; h < 5; h++) expect((await s.subscribe(request(`daily 0${h}:00`))).ok).toBe(true);
    const sixth = await s.subscribe(request('daily 06:00'));
    expect(sixth).toMatchObject({ ok: false, error: expect.stringMatching(/already has 5 subscriptions.*at most 5/) });
    expect((await s.subscribe(request('daily 03:00 Asia/Kolkata'))).ok).toBe(false);
    expect((await s.subscribe({ ...request('daily 02:00'), topics: ['news'] })).ok).toBe(true);
    expect((await s.subscribe(request('daily 06:00', 'C-other'))).ok).toBe(true);
    expect(await store.channelSubscriptions('slack', 'D-dm-of-U1')).toHaveLength(5);
  });

  it('refuses a schedule more often than hourly, with the reason', async () => {
    const refused = await service().subscribe(request('*/15 * * * *'));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/at most once an hour/) });
  });
});

describe('finding 11: delivery logs are pruned', () => {
  it('deletes attempt logs and finished deliveries past the retention, keeping each subscription’s latest delivery', async () => {
    await store.subscribe(subscriptionInput(), new Date('2026-08-01T00:00:00Z'));
    const poster = partPoster();
    const t = clock('2026-08-02T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now, { deliveryLogRetentionMs: 30 * 86_400_000 });
    await scheduler.tick();
    t.set('2026-08-03T07:00:05Z');
    await scheduler.tick();
    expect(await store.allDeliveries()).toHaveLength(2);
    t.set('2026-11-27T07:00:05Z');
    await scheduler.tick();
    const left = await store.allDeliveries();
    // The August deliveries are gone but the latest one before today; today's is there.
    expect(left.map((d) => d.slot.toISOString())).toEqual(['2026-11-27T07:00:00.000Z']);
    expect(store.db.prepare('SELECT count(*) AS n FROM briefing_delivery_log WHERE at < ?').get('2026-10-28') as { n: number }).toEqual({ n: 0 });
    // The next slot is still computed from the latest claim, so nothing is caught up twice.
    t.set('2026-11-27T07:30:00Z');
    await scheduler.tick();
    expect(poster.sent).toHaveLength(3);
  });
});

describe('finding 12: a worker that looks dead is only taken over from the same machine and PID namespace', () => {
  it('does not take a live claim held by a process in another container with the same hostname', async () => {
    // Another container: same hostname, a pid that does not exist here, its own boot/namespace id.
    expect(isDeadLocalWorker(`${hostname()}:999999:0123abcd`)).toBe(false);
    expect(isDeadLocalWorker(`${hostname()}:999999:otherscope:0123abcd`)).toBe(false);
  });

  it('still takes over at once from a dead process of this machine and namespace', async () => {
    const mine = newWorkerId();
    const [host, , scope, random] = mine.split(':');
    expect(isDeadLocalWorker(`${host}:999999:${scope}:${random}`)).toBe(true);
    expect(isDeadLocalWorker(mine)).toBe(false);
  });
});
