import { describe, expect, it } from 'vitest';
import { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { clock, forbidden, makeScheduler, subscriptionInput, testPoster, transient, useTempStore } from './helpers.js';

let store: SqliteBriefingStore;
let dbPath: string;
useTempStore((s, path) => {
  store = s;
  dbPath = path;
});

// Subscribed on Thu 26 Nov 2026 at 12:00 UTC for daily 08:00 Berlin (07:00 UTC).
const SUBSCRIBED = '2026-11-26T12:00:00Z';
const SLOT = '2026-11-27T07:00:00.000Z';

describe('claims', () => {
  it('lets only the first claim of a (subscription, slot) through, even from a second connection to the file', async () => {
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const other = SqliteBriefingStore.open(dbPath);
    const claim = (s: SqliteBriefingStore, worker: string) =>
      s.claim({
        subscriptionId: subscription.id,
        slot: new Date(SLOT),
        kind: 'scheduled',
        worker,
        now: new Date(SLOT),
        leaseMs: 60_000,
      });
    expect(await claim(store, 'a')).toBeDefined();
    expect(await claim(other, 'b')).toBeUndefined();
    expect(await claim(store, 'a')).toBeUndefined();
    other.close();
    expect(await store.allDeliveries()).toHaveLength(1);
  });
});

describe('the scheduler', () => {
  it('posts a due slot once, and neither a second tick nor a second scheduler on the same database posts it again', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const t = clock('2026-11-27T07:00:10Z');
    const a = testPoster();
    const b = testPoster();
    const first = makeScheduler(store, [a], t.now).scheduler;
    const second = makeScheduler(SqliteBriefingStore.open(dbPath), [b], t.now).scheduler;
    await first.tick();
    await first.tick();
    await second.tick();
    expect(a.posts.map((p) => p.reply.summary)).toEqual(['scheduled covering 1']);
    expect(b.posts).toHaveLength(0);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered', messageIds: ['m1'], kind: 'scheduled' }]);
  });

  it('posts nothing before the first slot', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = testPoster();
    await makeScheduler(store, [poster], () => new Date('2026-11-27T06:59:00Z')).scheduler.tick();
    expect(poster.posts).toHaveLength(0);
  });

  it('sends one catch-up digest for the slots missed while it was down, not one per slot', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = testPoster();
    const t = clock('2026-11-30T09:30:00Z'); // four 08:00 slots later (27, 28, 29, 30 Nov)
    const { scheduler } = makeScheduler(store, [poster], t.now);
    await scheduler.tick();
    expect(poster.posts.map((p) => p.reply.summary)).toEqual(['catch-up covering 4']);
    expect(await store.allDeliveries()).toMatchObject([
      { kind: 'catch-up', covers: 4, slot: new Date('2026-11-30T07:00:00Z') },
    ]);
    t.set('2026-12-01T07:00:30Z');
    await scheduler.tick();
    expect(poster.posts.map((p) => p.reply.summary)).toEqual(['catch-up covering 4', 'scheduled covering 1']);
  });

  it('retries 5xx failures with growing back-off and logs every attempt', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = testPoster();
    poster.failWith = (_c, call) => (call <= 2 ? transient() : undefined);
    const { scheduler, sleeps } = makeScheduler(store, [poster], () => new Date('2026-11-27T07:00:05Z'));
    await scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    expect(sleeps).toEqual([75, 150]); // 100 and 200 ms ceilings with equal jitter at random 0.5
    const [delivery] = await store.allDeliveries();
    expect((await store.attempts(delivery!.id)).map((a) => a.outcome)).toEqual(['transient', 'transient', 'ok']);
  });

  it('gives a delivery back after its attempts and delivers it in a later round within the grace window', async () => {
    await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = testPoster();
    let down = true;
    poster.failWith = () => (down ? transient() : undefined);
    const t = clock('2026-11-27T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now);
    await scheduler.tick();
    expect(await store.allDeliveries()).toMatchObject([{ status: 'retry', attempts: 4 }]);
    down = false;
    t.advance(2 * 60_000);
    await scheduler.tick(); // the retry round has not come yet
    expect(poster.posts).toHaveLength(0);
    t.advance(4 * 60_000);
    await scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered', attempts: 5 }]);
  });

  it('pauses the subscription on 403, keeps its settings, and stops posting until it is resumed', async () => {
    const { subscription } = await store.subscribe(
      subscriptionInput({ countries: ['IN'], topics: ['events'] }),
      new Date(SUBSCRIBED),
    );
    const poster = testPoster();
    poster.failWith = () => forbidden();
    const t = clock('2026-11-27T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now);
    await scheduler.tick();
    const paused = (await store.subscription(subscription.id))!;
    expect(paused.pausedReason).toMatch(/no access.*50001/);
    expect(paused).toMatchObject({
      cron: '0 8 * * *',
      timezone: 'Europe/Berlin',
      countries: ['IN'],
      topics: ['events'],
    });
    expect(poster.calls).toBe(1); // a 403 is not retried
    t.set('2026-11-28T07:00:05Z');
    await scheduler.tick();
    expect(poster.calls).toBe(1);

    poster.failWith = undefined;
    const again = await store.subscribe(subscriptionInput({ countries: ['IN'], topics: ['events'] }), t.now());
    expect(again).toMatchObject({ created: false, resumed: 1 });
    t.set('2026-11-29T07:00:05Z');
    await scheduler.tick();
    expect(poster.posts.map((p) => p.reply.summary)).toEqual(['scheduled covering 1']); // the paused days are not caught up
  });

  it('retries a claim left unrecorded by a dead worker within the grace window, and marks an older one missed', async () => {
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const claim = (slot: string, now: string) =>
      store.claim({
        subscriptionId: subscription.id,
        slot: new Date(slot),
        kind: 'scheduled',
        worker: 'elsewhere:1:x',
        now: new Date(now),
        leaseMs: 60_000,
      });
    await claim('2026-11-27T07:00:00Z', '2026-11-27T07:00:01Z');
    await claim('2026-11-28T07:00:00Z', '2026-11-28T07:00:01Z');
    const poster = testPoster();
    await makeScheduler(store, [poster], () => new Date('2026-11-28T09:00:00Z')).scheduler.tick();
    expect((await store.allDeliveries()).map((d) => d.status)).toEqual(['missed', 'delivered']);
    expect(poster.posts).toHaveLength(1);
  });

  it('does not take over a claim whose lease is still running (another process is posting it)', async () => {
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    await store.claim({
      subscriptionId: subscription.id,
      slot: new Date(SLOT),
      kind: 'scheduled',
      worker: 'elsewhere:1:x',
      now: new Date(SLOT),
      leaseMs: 600_000,
    });
    const poster = testPoster();
    await makeScheduler(store, [poster], () => new Date('2026-11-27T07:01:00Z')).scheduler.tick();
    expect(poster.calls).toBe(0);
  });

  it('posts at most DELIVERY_CONCURRENCY digests at once', async () => {
    for (let i = 0; i < 12; i++) await store.subscribe(subscriptionInput({ channelId: `C${i}` }), new Date(SUBSCRIBED));
    let active = 0;
    let peak = 0;
    const poster = testPoster();
    const post = poster.post.bind(poster);
    poster.post = async (channelId, r) => {
      peak = Math.max(peak, ++active);
      await new Promise((res) => setTimeout(res, 5));
      active--;
      return post(channelId, r);
    };
    await makeScheduler(store, [poster], () => new Date('2026-11-27T07:00:05Z'), { concurrency: 3 }).scheduler.tick();
    expect(poster.posts).toHaveLength(12);
    expect(peak).toBe(3);
  });

  it('on stop, gives back claims it never attempted so the next process posts them', async () => {
    for (let i = 0; i < 4; i++) await store.subscribe(subscriptionInput({ channelId: `C${i}` }), new Date(SUBSCRIBED));
    const poster = testPoster();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // Stop once a post is in flight, not after a fixed pause: a cold first tick can take longer than any pause.
    let inFlight!: () => void;
    const posting = new Promise<void>((r) => (inFlight = r));
    const post = poster.post.bind(poster);
    poster.post = async (c, r) => {
      inFlight();
      await gate;
      return post(c, r);
    };
    const t = clock('2026-11-27T07:00:05Z');
    const { scheduler } = makeScheduler(store, [poster], t.now, { concurrency: 1 });
    const ticking = scheduler.tick();
    await posting;
    const stopping = scheduler.stop(1_000);
    release();
    await stopping;
    await ticking;
    expect(poster.posts).toHaveLength(1); // the one in flight finished
    expect((await store.allDeliveries()).map((d) => d.status)).toEqual(['delivered']); // the other three claims were released

    const next = testPoster();
    await makeScheduler(store, [next], t.now).scheduler.tick();
    expect(next.posts.map((p) => p.channelId).sort()).toEqual(['C1', 'C2', 'C3']);
  });
});

describe('the scheduler across daylight-saving changes', () => {
  async function tickEvery(
    minutes: number,
    from: string,
    to: string,
    scheduler: { tick: (at?: Date) => Promise<unknown> },
  ) {
    for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += minutes * 60_000)
      await scheduler.tick(new Date(t));
  }

  it('posts an hourly Berlin digest once for the repeated 02:00 hour when the clocks go back', async () => {
    await store.subscribe(
      subscriptionInput({ label: 'cron 0 * * * *', cron: '0 * * * *' }),
      new Date('2026-10-24T23:30:00Z'),
    );
    const poster = testPoster();
    const { scheduler } = makeScheduler(store, [poster], () => new Date('2026-10-24T23:30:00Z'));
    await tickEvery(1, '2026-10-24T23:30:00Z', '2026-10-25T03:10:00Z', scheduler);
    // 02:00 CEST, 03:00 CET, 04:00 CET: local 02:00 CET (01:00 UTC) is the repeat and is skipped.
    expect((await store.allDeliveries()).map((d) => d.slot.toISOString())).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
    expect(poster.posts.map((p) => p.reply.summary)).toEqual([
      'scheduled covering 1',
      'scheduled covering 1',
      'scheduled covering 1',
    ]);
  });

  it('posts a New York 02:30 digest at 03:00 on the night the clocks go forward, then at 02:30 again', async () => {
    await store.subscribe(
      subscriptionInput({ label: 'daily 02:30', cron: '30 2 * * *', timezone: 'America/New_York' }),
      new Date('2026-03-08T05:00:00Z'),
    );
    const poster = testPoster();
    const { scheduler } = makeScheduler(store, [poster], () => new Date('2026-03-08T05:00:00Z'));
    await tickEvery(5, '2026-03-08T05:00:00Z', '2026-03-09T07:00:00Z', scheduler);
    expect((await store.allDeliveries()).map((d) => [d.slot.toISOString(), d.kind])).toEqual([
      ['2026-03-08T07:00:00.000Z', 'scheduled'], // 03:00 EDT
      ['2026-03-09T06:30:00.000Z', 'scheduled'], // 02:30 EDT
    ]);
  });
});

describe('a delivery whose claim changed hands', () => {
  it('does not post when another worker took the claim over after its lease ran out', async () => {
    const { deliver } = await import('../../src/briefing/deliver.js');
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const claim = (await store.claim({
      subscriptionId: subscription.id,
      slot: new Date(SLOT),
      kind: 'scheduled',
      worker: 'slow:1:a',
      now: new Date(SLOT),
      leaseMs: 1_000,
    }))!;
    expect(await store.takeOver(claim, 'other:2:b', new Date(Date.parse(SLOT) + 5_000), 60_000)).toBe(true);
    const poster = testPoster();
    const outcome = await deliver(
      {
        store,
        worker: 'slow:1:a',
        now: () => new Date(Date.parse(SLOT) + 6_000),
        sleep: async () => {},
        stopping: () => false,
      },
      { attempts: 3, backoffMs: 1, maxBackoffMs: 1, leaseMs: 60_000, retryRoundMs: 60_000 },
      poster,
      subscription,
      claim,
      { tone: 'info', title: 'x', sections: [], sources: [] },
    );
    expect(outcome).toEqual({ status: 'not-ours' });
    expect(poster.calls).toBe(0);
  });

  it('does not pause on bad credentials (auth): the delivery waits for a later round', async () => {
    const { DeliveryError } = await import('../../src/briefing/types.js');
    const { subscription } = await store.subscribe(subscriptionInput(), new Date(SUBSCRIBED));
    const poster = testPoster();
    poster.failWith = () => new DeliveryError('auth', 'invalid_auth', 'invalid_auth');
    await makeScheduler(store, [poster], () => new Date('2026-11-27T07:00:05Z')).scheduler.tick();
    expect(poster.calls).toBe(1);
    expect((await store.subscription(subscription.id))!.pausedReason).toBeUndefined();
    expect(await store.allDeliveries()).toMatchObject([
      { status: 'retry', error: expect.stringContaining('invalid_auth') },
    ]);
  });
});
