import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/briefing/digest.js';
import type { Subscription } from '../../src/briefing/store.js';
import type { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { facts, pictures } from '../helpers/app.js';
import { asReplyImage } from '../../src/pictures/types.js';
import { formatDate } from '../../src/base/dates.js';
import { subscriptionInput, useTempStore } from './helpers.js';

/**
 * A digest carries the membership timeline when a country joined, left or changed category
 * since the channel's last digest — here the partner merger that data/ dates 1 September 2025.
 */

let store: SqliteBriefingStore;
useTempStore((s) => (store = s));

/** A subscription whose channel last received a digest at `lastAt`. */
async function subscribedAndDelivered(lastAt: string, overrides: Parameters<typeof subscriptionInput>[0] = {}): Promise<Subscription> {
  const { subscription } = await store.subscribe(subscriptionInput(overrides), new Date('2025-01-01T00:00:00Z'));
  const at = new Date(lastAt);
  const claim = (await store.claim({ subscriptionId: subscription.id, slot: at, kind: 'scheduled', worker: 'w', now: at, leaseMs: 60_000 }))!;
  await store.markDelivered(claim.id, 'w', ['m1'], at);
  return subscription;
}

const digestAt = (subscription: Subscription, now: string) =>
  composeDigest(facts(), store, { subscription, kind: 'scheduled', covers: 1, now: new Date(now) }, undefined, { timeline: () => asReplyImage(pictures().timeline()) });

describe('the timeline in a digest', () => {
  const merger = facts().orgFact('partner-category-merge')!;

  it('goes with the first digest after partners changed, and its alt text names the change', async () => {
    const sub = await subscribedAndDelivered('2025-08-30T08:00:00Z');
    const digest = await digestAt(sub, '2025-09-02T08:00:00Z');
    expect(digest.sections.map((s) => s.heading)).toContain('Changes in membership and partners');
    expect(digest.image).toBeDefined();
    expect(digest.image!.name).toBe(pictures().timeline().name);
    expect(digest.image!.alt).toContain(`${formatDate(merger.date!)}: ${merger.label}`);
    const png = typeof digest.image!.data === 'function' ? await digest.image!.data() : digest.image!.data;
    expect(Buffer.from(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('stays out when nothing in membership changed since the last digest', async () => {
    const sub = await subscribedAndDelivered('2025-09-05T08:00:00Z');
    expect((await digestAt(sub, '2025-09-12T08:00:00Z')).image).toBeUndefined();
  });

  it('stays out of a channel that follows only countries whose status did not change then', async () => {
    const sub = await subscribedAndDelivered('2025-08-30T08:00:00Z', { countries: ['IN'] });
    expect((await digestAt(sub, '2025-09-02T08:00:00Z')).image).toBeUndefined();
  });

  it('stays out of a digest narrowed to topics without membership', async () => {
    const sub = await subscribedAndDelivered('2025-08-30T08:00:00Z', { topics: ['events'] });
    expect((await digestAt(sub, '2025-09-02T08:00:00Z')).image).toBeUndefined();
  });

  it('stays out of a channel’s first digest, which has no last digest to compare with', async () => {
    const { subscription } = await store.subscribe(subscriptionInput({ channelId: 'fresh' }), new Date('2025-01-01T00:00:00Z'));
    expect((await digestAt(subscription, '2025-09-02T08:00:00Z')).image).toBeUndefined();
  });
});
