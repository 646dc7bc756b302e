import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { FactStore } from '../src/facts/store.js';
import { createRegistry } from '../commands/index.js';
import type { CommandContext } from '../commands/types.js';
import { summarise, table } from './stats.js';

/**
 * Per-command handler latency (through the registry: validation + handler) with the full
 * store, then start-up time to ready and memory, measured in child processes.
 */
const CALLS = 10_000;
const WARMUP = 500;

const facts = FactStore.load();
const registry = createRegistry();
const ctx: CommandContext = {
  platform: 'console',
  userId: 'bench',
  channelId: 'bench',
  canAdminister: async () => true,
  services: { facts, now: () => new Date() },
};

const cases: [string, string, Record<string, unknown>][] = [
  ['help', 'help', {}],
  ['members', 'members', {}],
  ['members all', 'members', { status: 'all' }],
  ['country (name)', 'country', { name: 'Iran' }],
  ['country (misspelt)', 'country', { name: 'Kazakstan' }],
  ['country (native)', 'country', { name: 'Беларусь' }],
  ['country (unknown)', 'country', { name: 'Narnia' }],
  ['events', 'events', {}],
  ['events India', 'events', { country: 'India' }],
  ['brief', 'brief', {}],
  ['sources Qingdao', 'sources', { topic: 'Qingdao' }],
  ['about', 'about', {}],
];

const rows: (string | number)[][] = [];
let worstP99 = 0;
for (const [label, name, raw] of cases) {
  for (let i = 0; i < WARMUP; i++) await registry.run(name, raw, ctx);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    await registry.run(name, raw, ctx);
    samples.push(performance.now() - t0);
  }
  const s = summarise(samples);
  worstP99 = Math.max(worstP99, s.p99);
  rows.push([label, s.n, s.p50 * 1000, s.p99 * 1000, s.p99 <= 1 ? 'ok' : 'OVER']);
}
process.stdout.write(`Handler latency, ${CALLS} calls each (µs)\n`);
process.stdout.write(`${table(['command', 'calls', 'p50 µs', 'p99 µs', 'p99 ≤ 1 ms'], rows)}\n`);
process.stdout.write(`worst p99: ${(worstP99 * 1000).toFixed(0)} µs\n\n`);

// Start-up: a fresh process loads config and data, builds the registry and reports when ready.
const probe = `
const t0 = performance.now();
const { loadConfig } = await import('./src/config.ts');
const { createApp } = await import('./src/app.ts');
const { createLogger } = await import('./src/log.ts');
const c = loadConfig();
if (!c.ok) throw new Error(c.problems.join());
const app = createApp(c.config, { logger: createLogger({ level: 'silent' }) });
await app.registry.run('members', {}, { platform: 'console', userId: 'b', channelId: 'b', canAdminister: async () => true, services: app.services });
const ready = performance.now();
global.gc?.();
console.log(JSON.stringify({ sinceProcessStart: ready, appBuild: ready - t0, rss: process.memoryUsage().rss }));
`;
const baseline = `console.log(JSON.stringify({ sinceProcessStart: performance.now(), rss: process.memoryUsage().rss }));`;
const RUNS = 7;
const measure = (code: string) => {
  const out: { sinceProcessStart: number; appBuild?: number; rss: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' } });
    if (r.status !== 0) throw new Error(r.stderr);
    out.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!));
  }
  return out;
};
const app = measure(probe);
const bare = measure(baseline);
const med = (xs: number[]) => summarise(xs).p50;
const appReady = med(app.map((a) => a.sinceProcessStart));
const bareReady = med(bare.map((a) => a.sinceProcessStart));
const appBuild = med(app.map((a) => a.appBuild ?? 0));
const rss = med(app.map((a) => a.rss)) / 2 ** 20;
const bareRss = med(bare.map((a) => a.rss)) / 2 ** 20;
process.stdout.write(`Start-up, median of ${RUNS} fresh processes (node + tsx)\n`);
process.stdout.write(
  `${table(
    ['measure', 'bot', 'bare node+tsx', 'ratio', 'target'],
    [
      ['process start → ready (ms)', appReady, bareReady, appReady / bareReady, '≤ 500 ms'],
      ['load data + build registry (ms)', appBuild, '-', '-', ''],
      ['RSS at ready (MB)', rss, bareRss, rss / bareRss, '≤ 100 MB'],
    ],
  )}\n`,
);
