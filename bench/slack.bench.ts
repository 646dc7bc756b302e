import { fork, spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { App, LogLevel } from '@slack/bolt';
import { createSlackAdapter } from '../src/adapters/slack/adapter.js';
import { createApp } from '../src/wiring/app.js';
import { loadConfig } from '../src/base/config.js';
import { createLogger } from '../src/base/log.js';
import { startFakeSlack, signRequest } from '../tests/fakes/slack/server.js';
import { slashCommandBody } from '../tests/fakes/slack/payloads.js';
import { summarise, table } from './stats.js';

/**
 * Slack round trip: a signed `/sco country iran` → Bolt's HTTP 200 (the ack), through our app
 * (which then runs the command and respond()s to a loopback fake) against a bare Bolt app that
 * only acks, measured in the same run, alternating rounds. Then a burst of 500 concurrent
 * commands: how many were acked within Slack's 3 s. The apps and the fake run in a child
 * process so the load generator's own work does not colour the servers' timings.
 */
const SECRET = 'bench-signing-secret-0123456789';
const TOKEN = 'xoxb-bench-token';
const REQUESTS = 2000;
const CONCURRENCY = 50;
const ROUNDS = 8;
const WARMUP = 300;
const BURST = 500;
const ACK_WINDOW_MS = 3000;
const COMMAND = 'country iran';

type ServerInfo = { ours: string; bare: string; responseUrl: string };
type Msg =
  | { type: 'ready'; info: ServerInfo }
  | { type: 'responses'; count: number }
  | { type: 'fake'; apiUrl: string; responseUrl: string }
  | { type: 'cpu'; micros: number };


/** The fake Slack in a process of its own: in production respond() traffic leaves our process. */
async function serveFake(): Promise<void> {
  const fake = await startFakeSlack({ token: TOKEN });
  process.on('message', (m: string) => {
    if (m === 'count') process.send!({ type: 'responses', count: fake.callsTo('response_url').length } satisfies Msg);
    if (m === 'stop') void fake.close().then(() => process.exit(0));
  });
  process.send!({ type: 'fake', apiUrl: fake.apiUrl, responseUrl: fake.responseUrl('bench') } satisfies Msg);
}

async function serve(): Promise<void> {
  const fake = { apiUrl: process.env.FAKE_SLACK_API_URL! };
  const logger = createLogger({ level: 'silent' });
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  if (!config.ok) throw new Error(config.problems.join('; '));
  const core = await createApp(config.config, { logger });
  const ours = createSlackAdapter({ registry: core.registry, services: core.services, logger, botToken: TOKEN, signingSecret: SECRET, apiUrl: fake.apiUrl });
  const { eventsUrl } = await ours.start({ port: 0, host: '127.0.0.1' });

  const bare = new App({ token: TOKEN, signingSecret: SECRET, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: fake.apiUrl } });
  bare.command('/sco', async ({ ack }) => {
    await ack();
  });
  const bareServer = (await bare.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
  const barePort = (bareServer.address() as import('node:net').AddressInfo).port;

  process.on('message', (m: string) => {
    if (m === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies Msg);
    }
    if (m === 'stop') void Promise.all([ours.stop(), bare.stop()]).then(() => process.exit(0));
  });
  process.send!({ type: 'ready', info: { ours: eventsUrl!, bare: `http://127.0.0.1:${barePort}/slack/events`, responseUrl: '' } } satisfies Msg);
}

async function signedAck(url: string, body: string): Promise<{ ms: number; status: number }> {
  const ts = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signRequest(SECRET, ts, body),
  };
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const ms = performance.now() - started;
  await res.arrayBuffer();
  return { ms, status: res.status };
}

async function load(url: string, body: string, n: number, concurrency: number): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      const { ms, status } = await signedAck(url, body);
      if (status === 200) samples.push(ms);
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failures > 0) throw new Error(`${failures} requests to ${url} were not acked with 200`);
  return samples;
}

/**
 * On a machine with more than one CPU (and taskset), the apps get a CPU of their own and the
 * load generator and the fake share the rest, so their work does not land on the servers' timings.
 */
const PIN = cpus().length > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const pinnedTo = (role: 'servers' | 'others') =>
  role === 'servers' ? String(cpus().length - 1) : cpus().length > 2 ? `0-${cpus().length - 2}` : '0';

/**
 * The fake stands in for Slack's servers, which in production are not on our machine: it runs at
 * the lowest CPU priority, so the respond() traffic it absorbs does not slow the load generator
 * it shares a CPU with (that would be charged to our app's ack latency, never to the bare app's).
 */
const NICE = spawnSync('nice', ['-n', '19', 'true']).status === 0;

function start(args: string[], env: Record<string, string> = {}, role: 'servers' | 'others' = 'others', niceness = 0) {
  const file = fileURLToPath(import.meta.url);
  const options = { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[], env: { ...process.env, ...env } };
  const node = [process.execPath, '--import', 'tsx', file, ...args];
  const command = [...(PIN ? ['taskset', '-c', pinnedTo(role)] : []), ...(NICE && niceness ? ['nice', '-n', String(niceness)] : []), ...node];
  const child = command[0] !== process.execPath
    ? spawn(command[0]!, command.slice(1), options)
    : fork(file, args, { ...options, execArgv: ['--import', 'tsx'] });
  const messages: Msg[] = [];
  const waiters: ((m: Msg) => void)[] = [];
  child.on('message', (m: Msg) => (waiters.length ? waiters.shift()!(m) : messages.push(m)));
  const nextMessage = () => new Promise<Msg>((resolve) => (messages.length ? resolve(messages.shift()!) : waiters.push(resolve)));
  return { child, nextMessage };
}

async function drive(): Promise<void> {
  // The load generator stays off the servers' CPU too.
  if (PIN) spawnSync('taskset', ['-p', '-c', pinnedTo('others'), String(process.pid)]);
  const fakeProcess = start(['--fake'], {}, 'others', 19);
  const fakeInfo = await fakeProcess.nextMessage();
  if (fakeInfo.type !== 'fake') throw new Error('fake Slack did not start');
  const server = start(['--serve'], { FAKE_SLACK_API_URL: fakeInfo.apiUrl }, 'servers');
  const ready = await server.nextMessage();
  if (ready.type !== 'ready') throw new Error('bench server did not start');
  const { ours, bare } = ready.info;
  const { responseUrl } = fakeInfo;
  const body = slashCommandBody({ text: COMMAND, responseUrl });

  let sentToOurs = 0;
  const responsesReceived = async () => {
    fakeProcess.child.send('count');
    const m = await fakeProcess.nextMessage();
    return m.type === 'responses' ? m.count : NaN;
  };
  /** Waits until every command sent to our app has been answered at the fake, so its replies never overlap the other app's round. */
  const drained = async () => {
    const started = performance.now();
    while ((await responsesReceived()) < sentToOurs) {
      if (performance.now() - started > 30_000) throw new Error('our replies did not drain within 30 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.now() - started;
  };

  await load(bare, body, WARMUP, CONCURRENCY);
  await load(ours, body, WARMUP, CONCURRENCY);
  sentToOurs += WARMUP;
  await drained();

  const serverCpu = async () => {
    server.child.send('cpu');
    const m = await server.nextMessage();
    return m.type === 'cpu' ? m.micros / 1000 : NaN;
  };
  const samples = { bare: [] as number[], ours: [] as number[] };
  const cpuMs = { bare: 0, ours: 0 };
  const perRound = Math.ceil(REQUESTS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first so drift (GC, JIT, timers) falls on both alike.
    const order: ('bare' | 'ours')[] = round % 2 === 0 ? ['bare', 'ours'] : ['ours', 'bare'];
    for (const which of order) {
      const cpuBefore = await serverCpu();
      samples[which].push(...(await load(which === 'bare' ? bare : ours, body, perRound, CONCURRENCY)));
      if (which === 'ours') {
        sentToOurs += perRound;
        await drained();
      }
      cpuMs[which] += (await serverCpu()) - cpuBefore;
    }
  }
  const b = summarise(samples.bare);
  const o = summarise(samples.ours);

  await new Promise((r) => setTimeout(r, 500));
  const burstStarted = performance.now();
  const burst = await Promise.all(Array.from({ length: BURST }, () => signedAck(ours, body).catch(() => ({ ms: Infinity, status: 0 }))));
  const burstWall = performance.now() - burstStarted;
  const acked = burst.filter((r) => r.status === 200 && r.ms <= ACK_WINDOW_MS).length;
  const burstStats = summarise(burst.filter((r) => r.status === 200).map((r) => r.ms));
  // Every burst command is also answered at the fake's response_url; how long after the last ack?
  sentToOurs += BURST;
  const drainMs = await drained();
  const counted = await responsesReceived();
  server.child.send('stop');
  fakeProcess.child.send('stop');

  process.stdout.write(
    `Signed "/sco ${COMMAND}" → HTTP 200 (ack), ${ROUNDS * perRound} requests per app at concurrency ${CONCURRENCY}, ms` +
      `${PIN ? ` (apps pinned to CPU ${pinnedTo('servers')}, load and fake on ${pinnedTo('others')}${NICE ? ', the fake at nice 19' : ''})` : ''}\n` +
      `${table(
        ['app', 'n', 'p50', 'p99', 'mean'],
        [
          ['bare Bolt (ack only)', b.n, b.p50, b.p99, b.mean],
          ['SCO bot (ack, run, respond)', o.n, o.p50, o.p99, o.mean],
        ],
      )}\n` +
      `ratio ours/bare: p50 ${(o.p50 / b.p50).toFixed(2)}, p99 ${(o.p99 / b.p99).toFixed(2)} (target ≤ 1.2)\n` +
      `server CPU per command: bare ${(cpuMs.bare / b.n).toFixed(3)} ms (ack), ours ${(cpuMs.ours / o.n).toFixed(3)} ms (ack + command + Block Kit + respond), ratio ${(cpuMs.ours / o.n / (cpuMs.bare / b.n)).toFixed(2)}\n` +
      `burst: ${acked}/${BURST} concurrent commands acked within ${ACK_WINDOW_MS} ms (target all); ack p50 ${burstStats.p50.toFixed(1)} ms, p99 ${burstStats.p99.toFixed(1)} ms, wall ${burstWall.toFixed(0)} ms\n` +
      `burst replies: all ${BURST} respond() messages at the fake ${(burstWall + drainMs).toFixed(0)} ms after the burst began (${drainMs.toFixed(0)} ms after the last ack)\n` +
      `respond() messages received by the fake in total: ${counted} of ${sentToOurs} commands sent to our app\n`,
  );
}

// Which part of the bench this process plays (after every declaration above).
if (process.argv.includes('--fake')) await serveFake();
else if (process.argv.includes('--serve')) await serve();
else await drive();
