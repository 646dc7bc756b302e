import { createServices } from '../src/wiring/services.js';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { FactStore } from '../src/facts/store.js';
import { createRegistry } from '../commands/index.js';
import { createDiscordAdapter } from '../src/adapters/discord/adapter.js';
import { renderReply } from '../src/adapters/discord/render.js';
import { startFakeDiscord, type FakeDiscord } from '../tests/fakes/discord/server.js';
import { summarise, table } from './stats.js';

/**
 * Interaction round trip (INTERACTION_CREATE sent by the fake → callback received by it):
 * our adapter answering /sco <command> (options, registry, handler, renderer) against a bare
 * discord.js client that answers every interaction with a fixed, pre-rendered copy of the same
 * reply. Each has its own fake (the fake dispatches to every connected client); the two are
 * measured alternately in the same run, so machine noise falls on both.
 */
const N = Number(process.env.DISCORD_BENCH_N ?? 1000);
const WARMUP = 100;
const COMMAND = process.env.DISCORD_BENCH_COMMAND ?? 'about';
const TOKEN = 'bench-token.not-a-secret.xxxxxxxxxxxx';

const facts = FactStore.load();
const registry = createRegistry();
const services = createServices({ facts, now: () => new Date() });

const oursFake = await startFakeDiscord();
const bareFake = await startFakeDiscord();

const ours = createDiscordAdapter(
  { registry, services, logger: pino({ level: 'silent' }) },
  { token: TOKEN, applicationId: oursFake.applicationId, guildId: oursFake.guildId, apiUrl: oursFake.apiUrl },
);
await ours.start();

const fixed = renderReply(await registry.run(COMMAND, {}, { platform: 'discord', userId: 'b', channelId: 'b', canAdminister: async () => true, services }))[0]!;
const bare = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api: bareFake.apiUrl } });
bare.on(Events.InteractionCreate, (i) => {
  if (i.isChatInputCommand()) void i.reply({ embeds: fixed.embeds, allowedMentions: { parse: [] } }).catch(() => {});
});
const bareReady = new Promise((r) => bare.once(Events.ClientReady, r));
await bare.login(TOKEN);
await bareReady;

const interaction = { type: 2 as const, data: { id: '1100000000000000500', name: 'sco', type: 1, options: [{ name: COMMAND, type: 1, options: [] }] } };

async function roundTrip(fake: FakeDiscord): Promise<number> {
  const t0 = performance.now();
  const { callback } = fake.sendInteraction(interaction);
  const cb = await callback;
  const ms = performance.now() - t0;
  const body = cb.body as { type?: number; data?: { embeds?: unknown[] } };
  if (body.type !== 4 || !body.data?.embeds?.length) throw new Error(`unexpected callback ${JSON.stringify(body).slice(0, 200)}`);
  return ms;
}

for (let i = 0; i < WARMUP; i++) {
  await roundTrip(oursFake);
  await roundTrip(bareFake);
}
const oursSamples: number[] = [];
const bareSamples: number[] = [];
for (let i = 0; i < N; i++) {
  // Alternate which goes first so neither always runs right after the other.
  if (i % 2 === 0) {
    oursSamples.push(await roundTrip(oursFake));
    bareSamples.push(await roundTrip(bareFake));
  } else {
    bareSamples.push(await roundTrip(bareFake));
    oursSamples.push(await roundTrip(oursFake));
  }
}

const o = summarise(oursSamples);
const b = summarise(bareSamples);
process.stdout.write(`Discord interaction round trip, /sco ${COMMAND}, ${N} interactions each after ${WARMUP} warm-up (ms)\n`);
process.stdout.write(
  `${table(
    ['client', 'n', 'p50 ms', 'p99 ms', 'mean ms'],
    [
      ['our adapter', o.n, o.p50, o.p99, o.mean],
      ['bare discord.js, fixed reply', b.n, b.p50, b.p99, b.mean],
    ],
  )}\n`,
);
const r50 = o.p50 / b.p50;
const r99 = o.p99 / b.p99;
process.stdout.write(`ratio adapter/bare: p50 ${r50.toFixed(2)}, p99 ${r99.toFixed(2)} (target ≤ 1.2: ${r50 <= 1.2 && r99 <= 1.2 ? 'met' : 'NOT met'})\n`);

await ours.stop();
await bare.destroy();
await oursFake.close();
await bareFake.close();
