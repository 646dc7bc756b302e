import { Writable } from 'node:stream';
import { pino } from 'pino';
import { z } from 'zod';
import { allCommands } from '../../commands/index.js';
import { CommandRegistry } from '../../commands/registry.js';
import { defineCommand, type AnyCommand } from '../../commands/types.js';
import { reply } from '../../src/reply/model.js';
import type { SyncResult } from '../../src/adapters/discord/sync.js';
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from '../../src/adapters/discord/adapter.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/server.js';
import { testServices } from '../helpers/app.js';

export const TOKEN = 'fake-bot-token.for-tests.xxxxxxxxxxxx';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Test-only commands: an `ask` that echoes its question (the adapter's part is getting the question there), and probes for timing and rights. */
export const testCommands: AnyCommand[] = [
  defineCommand({
    name: 'ask',
    description: 'Ask a question in your own words',
    options: z.object({
      question: z.string().trim().min(1).max(6000).meta({ description: 'Your question', rest: true }),
    }),
    examples: ['ask who joined in 2017'],
    handler: ({ question }) => reply({ title: 'Echo', summary: `You asked: ${question}` }),
  }),
  defineCommand({
    name: 'slowpoke',
    description: 'Declared slow: deferred at once',
    options: z.object({}),
    examples: ['slowpoke'],
    slow: true,
    handler: async () => {
      await sleep(50);
      return reply({ title: 'Slow answer' });
    },
  }),
  defineCommand({
    name: 'sluggish',
    description: 'Not declared slow, but takes longer than the defer threshold',
    options: z.object({}),
    examples: ['sluggish'],
    handler: async () => {
      await sleep(400);
      return reply({ title: 'Late answer' });
    },
  }),
  defineCommand({
    name: 'guarded',
    description: 'Changes channel settings',
    options: z.object({}),
    examples: ['guarded'],
    adminOnly: true,
    handler: () => reply({ tone: 'success', title: 'Channel setting changed' }),
  }),
  defineCommand({
    name: 'explode',
    description: 'A handler that throws',
    options: z.object({}),
    examples: ['explode'],
    handler: () => {
      throw new Error('boom');
    },
  }),
];

export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  /** What start-up registration did (undefined when it was off or failed). */
  registration: SyncResult | undefined;
  logs: Record<string, unknown>[];
  registry: CommandRegistry;
  stop(): Promise<void>;
}

function testLogger(logs: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

export async function startHarness(
  options: {
    fake?: FakeDiscordOptions;
    adapter?: Partial<DiscordAdapterOptions>;
    commands?: AnyCommand[];
    reuseFake?: FakeDiscord;
  } = {},
): Promise<Harness> {
  const fake = options.reuseFake ?? (await startFakeDiscord(options.fake));
  const logs: Record<string, unknown>[] = [];
  const logger = testLogger(logs);
  const names = new Set((options.commands ?? testCommands).map((c) => c.name));
  const registry = new CommandRegistry(
    [...allCommands().filter((c) => !names.has(c.name)), ...(options.commands ?? testCommands)],
    (err, command) => logger.error({ err, command }, 'command handler failed'),
  );
  const adapter = createDiscordAdapter(
    { registry, services: testServices(), logger },
    {
      token: TOKEN,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
      deferAfterMs: 150,
      restRetries: 0,
      restTimeoutMs: 3000,
      ...options.adapter,
    },
  );
  const { registration } = await adapter.start();
  return {
    fake,
    adapter,
    registration,
    logs,
    registry,
    async stop() {
      await adapter.stop();
      if (!options.reuseFake) await fake.close();
    },
  };
}

/** A /sco chat-input interaction payload. */
export function chatInput(
  sub: string,
  options: { name: string; type: number; value: unknown }[] = [],
  command = 'sco',
) {
  return {
    type: 2 as const,
    data: { id: '1100000000000000500', name: command, type: 1, options: [{ name: sub, type: 1, options }] },
  };
}

export const STRING = 3;
