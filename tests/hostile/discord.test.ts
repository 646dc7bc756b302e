import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pLimit from 'p-limit';
import type { APIEmbed } from 'discord.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/adapter.js';
import { createRegistry } from '../../commands/index.js';
import { optionSpecs } from '../../commands/options.js';
import { createLogger } from '../../src/base/log.js';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../fakes/discord/server.js';
import { chatInput, STRING } from '../discord/harness.js';
import { testServices } from '../helpers/app.js';
import { discordViolations } from './discord-limits.js';
import { hostileText, sample, SEED, UNSAFE_OUTPUT } from './generate.js';

/**
 * Issue 12, hostile suite: generated options and messages through discord.js against the fake
 * gateway and REST API. Every interaction is answered within 3 s, every body stays inside
 * Discord's limits with mentions off, and no feed- or user-given text becomes a masked link.
 */
const INTERACTIONS = 500;
const MESSAGES = 200;
const registry = createRegistry();
/** Sub-commands and the text option each takes, clipped to the length Discord itself enforces. */
const TARGETS = ['ask', 'country', 'news', 'sources', 'events'].map((sub) => {
  const spec = optionSpecs(registry.get(sub)!).find((s) => s.kind === 'string')!;
  return { sub, option: spec.name, max: Math.min(spec.maxLength ?? 6000, 6000) };
});

let fake: FakeDiscord;
let adapter: DiscordAdapter;
beforeAll(async () => {
  fake = await startFakeDiscord({ heartbeatIntervalMs: 5_000 });
  adapter = createDiscordAdapter(
    { registry, services: testServices(), logger: createLogger({ level: 'silent' }) },
    { token: 'fake-bot-token.for-hostile.xxxxxxxxxxxx', applicationId: fake.applicationId, guildId: fake.guildId, apiUrl: fake.apiUrl, registerCommands: false, restRetries: 0 },
  );
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

const answers = (r: RecordedRequest) =>
  (r.method === 'POST' || r.method === 'PATCH') && (r.path.startsWith('/interactions/') || r.path.startsWith('/webhooks/') || r.path.startsWith('/channels/'));

function checkBodies(context: string): void {
  const bodies = fake.requests.filter(answers).map((r) => {
    const b = r.body as { type?: number; data?: Record<string, unknown> } & Record<string, unknown>;
    return r.path.endsWith('/callback') ? b.data : b;
  });
  expect(bodies.length, context).toBeGreaterThan(0);
  for (const body of bodies.filter((b): b is Record<string, unknown> => b !== undefined && (b.embeds !== undefined || b.content !== undefined))) {
    expect(discordViolations(body), context).toEqual([]);
    const text = JSON.stringify(body);
    expect(text, context).not.toMatch(UNSAFE_OUTPUT);
    // No masked link to anything a stranger wrote (the renderer's own citation links go to the data's sources).
    const texts = ((body.embeds ?? []) as APIEmbed[]).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]);
    for (const t of texts) expect(/(?<!\\)\[[^\]\n]*\]\(\s*<?https?:\/\/evil/.exec(t) ? JSON.stringify(t.slice(0, 600)) : undefined, context).toBeUndefined();
  }
}

describe(`the Discord adapter under hostile input (seed ${SEED})`, () => {
  it(`answers ${INTERACTIONS} hostile slash-command interactions within 3 s, inside every limit, pinging no one`, async () => {
    const values = sample(hostileText, INTERACTIONS, 3);
    const limit = pLimit(12);
    await Promise.all(
      values.map((value, i) =>
        limit(async () => {
          const t = TARGETS[i % TARGETS.length]!;
          const sent = fake.sendInteraction(chatInput(t.sub, [{ name: t.option, type: STRING, value: value.slice(0, t.max) || 'x' }]));
          const at = Date.now();
          const callback = await sent.callback;
          expect(callback.at - at, `seed ${SEED}, interaction ${i} (${t.sub}): ${JSON.stringify(value.slice(0, 200))}`).toBeLessThan(3000);
        }),
      ),
    );
    // Deferred answers finish with an edit; give them a moment.
    await new Promise((r) => setTimeout(r, 500));
    checkBodies(`seed ${SEED}, interactions`);
  }, 60_000);

  it(`answers ${MESSAGES} hostile DMs and mentions, pinging no one`, async () => {
    fake.requests.length = 0;
    const texts = sample(hostileText, MESSAGES, 4).map((t) => t.slice(0, 2000));
    for (const [i, text] of texts.entries()) {
      if (i % 2 === 0) fake.sendMessage({ content: text || 'x', dm: true });
      else fake.sendMessage({ content: `<@${fake.botUser.id}> ${text}`, mentions: [fake.botUser] });
    }
    await expect.poll(() => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(MESSAGES);
    checkBodies(`seed ${SEED}, messages`);
  }, 60_000);
});
