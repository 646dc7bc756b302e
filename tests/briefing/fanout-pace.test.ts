import { describe, expect, it } from 'vitest';
import type { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { makeScheduler, subscriptionInput, testPoster, type TestPoster, useTempStore } from './helpers.js';

/** How a large fan-out is paced: per-platform concurrency, and posting while the rest is still being claimed. */

let store: SqliteBriefingStore;
useTempStore((s) => (store = s));

const SUBSCRIBED = '2026-11-26T12:00:00Z';
const DUE = () => new Date('2026-11-27T07:00:05Z');

/** Wraps a poster so it reports its peak number of posts in flight. */
function slow(poster: TestPoster) {
  const seen = { active: 0, peak: 0 };
  const post = poster.post.bind(poster);
  poster.post = async (channelId, r) => {
    seen.peak = Math.max(seen.peak, ++seen.active);
    // Long enough that claiming the rest (a yield per claim) finishes before the first post does.
    await new Promise((res) => setTimeout(res, 40));
    seen.active--;
    return post(channelId, r);
  };
  return seen;
}

describe('fan-out pacing', () => {
  it('lets a platform post with its own concurrency while the others keep DELIVERY_CONCURRENCY', async () => {
    for (let i = 0; i < 12; i++) {
      await store.subscribe(subscriptionInput({ platform: 'discord', channelId: `D${i}` }), new Date(SUBSCRIBED));
      await store.subscribe(subscriptionInput({ platform: 'slack', channelId: `S${i}` }), new Date(SUBSCRIBED));
    }
    const discord = testPoster('discord');
    const slack = testPoster('slack');
    const d = slow(discord);
    const s = slow(slack);
    await makeScheduler(store, [discord, slack], DUE, { concurrency: 2, platformConcurrency: { slack: 6 } }).scheduler.tick();
    expect(discord.posts).toHaveLength(12);
    expect(slack.posts).toHaveLength(12);
    expect(d.peak).toBe(2);
    expect(s.peak).toBe(6);
  });

  it('starts posting before every due subscription is claimed', async () => {
    for (let i = 0; i < 50; i++) await store.subscribe(subscriptionInput({ channelId: `C${i}` }), new Date(SUBSCRIBED));
    const poster = testPoster();
    let claimedAtFirstPost: number | undefined;
    const post = poster.post.bind(poster);
    poster.post = async (channelId, r) => {
      claimedAtFirstPost ??= (await store.allDeliveries()).length;
      return post(channelId, r);
    };
    await makeScheduler(store, [poster], DUE).scheduler.tick();
    expect(poster.posts).toHaveLength(50);
    expect(claimedAtFirstPost).toBeLessThan(10);
  });
});
