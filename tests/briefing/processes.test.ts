import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteBriefingStore } from '../../src/briefing/sqlite-store.js';
import { subscriptionInput, tempDbPath } from './helpers.js';

const WORKER = new URL('./fixtures/worker.ts', import.meta.url).pathname;
const NOW = '2026-11-27T07:00:20Z';

let db: ReturnType<typeof tempDbPath>;
beforeEach(() => {
  db = tempDbPath();
});
afterEach(() => db.cleanup());

function worker(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null>; waitFor: (text: string) => Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.filter((w) => out.includes(w.text))) w.resolve();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor: (text) => (out.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }))),
  };
}

const posted = (out: string) => out.split('\n').filter((l) => l.startsWith('POSTED ')).map((l) => l.split(' ')[1]!);

describe('two bot processes on one database', () => {
  it('post each of 40 due digests exactly once between them', async () => {
    const store = SqliteBriefingStore.open(db.path);
    for (let i = 0; i < 40; i++) await store.subscribe(subscriptionInput({ channelId: `C${i}` }), new Date('2026-11-26T12:00:00Z'));
    store.close();
    const startAt = String(Date.now() + 1_500);
    const a = worker(['tick', db.path, NOW, startAt]);
    const b = worker(['tick', db.path, NOW, startAt]);
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    const all = [...posted(a.output()), ...posted(b.output())];
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    const check = SqliteBriefingStore.open(db.path);
    expect((await check.allDeliveries()).filter((d) => d.status === 'delivered')).toHaveLength(40);
    check.close();
  }, 20_000);
});

describe('a crash between claim and send', () => {
  it('is delivered once after the restart', async () => {
    const store = SqliteBriefingStore.open(db.path);
    await store.subscribe(subscriptionInput({ channelId: 'C-crash' }), new Date('2026-11-26T12:00:00Z'));
    const crashing = worker(['hang', db.path, NOW]);
    await crashing.waitFor('POSTING C-crash');
    crashing.child.kill('SIGKILL');
    await crashing.exited;
    // The claim is there, unrecorded, its lease still running.
    expect(await store.allDeliveries()).toMatchObject([{ status: 'claimed', attempts: 1 }]);

    const restarted = worker(['tick', db.path, NOW]);
    expect(await restarted.exited).toBe(0);
    expect(posted(restarted.output())).toEqual(['C-crash']);
    expect(restarted.output()).toContain('recovered=1');

    const again = worker(['tick', db.path, NOW]);
    expect(await again.exited).toBe(0);
    expect(posted(again.output())).toEqual([]);
    expect(await store.allDeliveries()).toMatchObject([{ status: 'delivered' }]);
    store.close();
  }, 20_000);
});
