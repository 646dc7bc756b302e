import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createAfterAckQueue } from '../../src/adapters/slack/after-ack.js';

describe('after-ack work queue', () => {
  it('starts no job in the turn that acked, then one job per event-loop turn', async () => {
    const started: number[] = [];
    const q = createAfterAckQueue();
    for (let i = 0; i < 3; i++) q.run(async () => void started.push(i));
    expect(started).toEqual([]);
    await nextTurn();
    expect(started).toEqual([0]);
    await q.idle();
    expect(started).toEqual([0, 1, 2]);
  });

  it('keeps at most maxInFlight jobs running', async () => {
    let running = 0;
    let peak = 0;
    const q = createAfterAckQueue({ maxInFlight: 2 });
    for (let i = 0; i < 10; i++) {
      q.run(async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    }
    await q.idle();
    expect(peak).toBe(2);
  });

  it('reports a failing job and goes on with the rest', async () => {
    const errors: unknown[] = [];
    const done: string[] = [];
    const q = createAfterAckQueue({ onError: (e) => errors.push(e) });
    q.run(async () => {
      throw new Error('boom');
    });
    q.run(async () => void done.push('next'));
    await q.idle();
    expect((errors[0] as Error).message).toBe('boom');
    expect(done).toEqual(['next']);
  });

  it('drops work past maxQueued and reports it, so an overload can grow neither the queue nor the work in flight', async () => {
    const started: number[] = [];
    const dropped: number[] = [];
    const q = createAfterAckQueue({ maxQueued: 2, onDrop: (queued) => dropped.push(queued) });
    for (let i = 0; i < 4; i++) q.run(async () => void started.push(i));
    expect(q.pending).toBe(2);
    expect(started).toEqual([]);
    expect(dropped).toEqual([2, 2]);
    await q.idle();
    expect(started.sort()).toEqual([0, 1]);
  });
});
