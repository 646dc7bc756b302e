import { describe, expect, it } from 'vitest';
import { createShardedPoster, shardOf } from '../../src/adapters/slack/sharded-poster.js';
import { reply } from '../../src/reply/model.js';
import { testPoster } from './helpers.js';

describe('the sharded poster', () => {
  it('always sends a channel through the same shard and spreads channels over all shards', async () => {
    const shards = [testPoster('slack'), testPoster('slack'), testPoster('slack'), testPoster('slack')];
    const poster = createShardedPoster(shards);
    const channels = Array.from({ length: 200 }, (_, i) => `C${i}`);
    for (const c of channels) await poster.post(c, reply({ title: 'x' }));
    await poster.post('C7', reply({ title: 'again' }));
    const holder = shards.filter((s) => s.posts.some((p) => p.channelId === 'C7'));
    expect(holder).toHaveLength(1);
    expect(holder[0]!.posts.filter((p) => p.channelId === 'C7')).toHaveLength(2);
    for (const s of shards) expect(s.posts.length).toBeGreaterThan(25);
    expect(shardOf('C7', 4)).toBe(shards.indexOf(holder[0]!));
  });

  it('refuses shards of different platforms', () => {
    expect(() => createShardedPoster([testPoster('slack'), testPoster('discord')])).toThrow(/same platform/);
  });
});
