import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { benchSetup } from './setup.js';
import { summarise, table } from './stats.js';

/**
 * Per-command handler latency (through the registry: validation + handler) with the full
 * store, then start-up time to ready and memory, measured in child processes.
 */
const CALLS = 10_000;
const WARMUP = 500;

const { registry, ctx } = benchSetup();

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

// Start-up: fresh processes build the app as `npm start` does and answer one command, run
// both as `npm start` runs them (through tsx) and as `npm run build` bundles them; bare node
// processes are the baseline of the same run.
// Bundled with the same options as `npm run build` (code splitting keeps lazy imports lazy).
const probeDir = join(process.cwd(), 'dist', 'bench-probe');
await build({
  entryPoints: ['bench/startup-probe.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outdir: probeDir,
  logLevel: 'warning',
});
const probeBundle = join(probeDir, 'startup-probe.js');
const RUNS = 7;
const env = { ...process.env, LOG_LEVEL: 'silent', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' };
const measure = (args: string[]) => {
  const ready: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { readyMs: number; rssBytes: number };
    ready.push(out.readyMs);
    rss.push(out.rssBytes / 2 ** 20);
  }
  return { ready: summarise(ready).p50, rss: summarise(rss).p50 };
};
const bareCode = 'console.log(JSON.stringify({ readyMs: performance.now(), rssBytes: process.memoryUsage().rss }))';
const viaTsx = measure(['--import', 'tsx', 'bench/startup-probe.ts']);
const bareTsx = measure(['--import', 'tsx', '--input-type=module', '-e', bareCode]);
const bundled = measure([probeBundle]);
const bareNode = measure(['-e', bareCode]);
process.stdout.write(`Start-up to ready, median of ${RUNS} fresh processes each\n`);
process.stdout.write(
  `${table(
    ['run as', 'ready ms', 'bare ms', 'ratio', 'RSS MB', 'bare RSS MB', 'targets'],
    [
      [
        'npm start (node --import tsx)',
        viaTsx.ready,
        bareTsx.ready,
        viaTsx.ready / bareTsx.ready,
        viaTsx.rss,
        bareTsx.rss,
        '≤ 500 ms, ≤ 100 MB',
      ],
      [
        'npm run build && npm run serve',
        bundled.ready,
        bareNode.ready,
        bundled.ready / bareNode.ready,
        bundled.rss,
        bareNode.rss,
        '≤ 500 ms, ≤ 100 MB',
      ],
    ],
  )}\n`,
);
