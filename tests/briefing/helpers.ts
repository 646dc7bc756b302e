import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelPoster } from '../../src/briefing/types.js';
import { DeliveryError } from '../../src/briefing/types.js';
import { reply, type Reply } from '../../src/reply/model.js';
import type { SubscriptionInput } from '../../src/briefing/store.js';
import { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { BriefingScheduler, type SchedulerOptions } from '../../src/briefing/scheduler.js';

/** A poster that records what it posted; `failWith` decides, per call, whether this one fails. */
export interface TestPoster extends ChannelPoster {
  posts: { channelId: string; reply: Reply; id: string }[];
  calls: number;
  failWith?: (channelId: string, call: number) => DeliveryError | Error | undefined;
}

export function testPoster(platform: ChannelPoster['platform'] = 'console'): TestPoster {
  const poster: TestPoster = {
    platform,
    posts: [],
    calls: 0,
    async post(channelId, r) {
      const call = ++poster.calls;
      const err = poster.failWith?.(channelId, call);
      if (err) throw err;
      const id = `m${call}`;
      poster.posts.push({ channelId, reply: r, id });
      return { messageIds: [id] };
    },
  };
  return poster;
}

export const transient = () => new DeliveryError('transient', '500', 'Internal Server Error');
export const forbidden = () => new DeliveryError('forbidden', '50001', 'Missing Access');

/** A fresh database for each test of the file: `let store; useTempStore((s) => (store = s));`. */
export function useTempStore(set: (store: SqliteBriefingStore, path: string) => void): void {
  let db: ReturnType<typeof tempDbPath>;
  let store: SqliteBriefingStore;
  beforeEach(() => {
    db = tempDbPath();
    store = SqliteBriefingStore.open(db.path);
    set(store, db.path);
  });
  afterEach(() => {
    store.close();
    db.cleanup();
  });
}

export function tempDbPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sco-briefing-'));
  return { path: join(dir, 'state.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function subscriptionInput(overrides: Partial<SubscriptionInput> = {}): SubscriptionInput {
  return {
    platform: 'console',
    channelId: 'C1',
    label: 'daily 08:00',
    cron: '0 8 * * *',
    timezone: 'Europe/Berlin',
    countries: [],
    topics: [],
    createdBy: 'U1',
    ...overrides,
  };
}

/** A settable clock. */
export function clock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = new Date(iso).getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export function makeScheduler(store: SqliteBriefingStore, posters: ChannelPoster[], now: () => Date, overrides: Partial<SchedulerOptions> = {}) {
  const sleeps: number[] = [];
  const scheduler = new BriefingScheduler({
    store,
    posters: new Map(posters.map((p) => [p.platform, p])),
    digest: ({ subscription, kind, covers }) => reply({ title: `digest for ${subscription.channelId}`, summary: `${kind} covering ${covers}` }),
    policy: { attempts: 4, backoffMs: 100, maxBackoffMs: 1_000, leaseMs: 60_000, retryRoundMs: 5 * 60_000 },
    graceMs: 6 * 3_600_000,
    concurrency: 4,
    now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { scheduler, sleeps };
}
