import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../src/adapters/slack/adapter.js';
import type { Logger } from '../../src/base/log.js';
import { createApp } from '../../src/wiring/app.js';
import { loadConfig } from '../../src/base/config.js';
import { createLogger } from '../../src/base/log.js';
import { reply } from '../../src/reply/model.js';
import { CommandRegistry } from '../../commands/registry.js';
import { allCommands } from '../../commands/index.js';
import { defineCommand, type AnyCommand } from '../../commands/types.js';
import { eventBody, slashCommandBody } from '../fakes/slack/payloads.js';
import {
  signedPost,
  startFakeSlack,
  type FakeSlack,
  type FakeSlackOptions,
  type SignedResponse,
} from '../fakes/slack/server.js';

/**
 * The real Bolt app on 127.0.0.1 with its Web API pointed at the loopback fake, driven by
 * signed requests. `ask` is replaced by a command that repeats the question (so tests see
 * exactly what reached it), and two probes exercise escaping and the admin check.
 */

export const SECRET = 'test-signing-secret-0123456789';
export const TOKEN = 'xoxb-test-bot-token';

/** Repeats the question: shows what the adapter passed to `ask`. */
const echoAsk = defineCommand({
  name: 'ask',
  description: 'Repeats the question (test double for the ask command)',
  options: z.object({ question: z.string().trim().min(1).max(6000).meta({ description: 'Question', rest: true }) }),
  examples: ['ask anything'],
  handler: ({ question }) => reply({ title: `Q: ${question}`, summary: `You asked: ${question}` }),
});

/** Puts user text in every part of a reply: title, summary, heading, field, item, source, suggestion. */
const echo = defineCommand({
  name: 'echo',
  description: 'Repeats text in every part of a reply (escaping probe)',
  options: z.object({ text: z.string().min(1).max(6000).meta({ description: 'Text', rest: true }) }),
  examples: ['echo hi'],
  handler: ({ text }) =>
    reply({
      title: text,
      summary: text,
      sections: [{ heading: text, text, fields: [{ label: text, value: text }], items: [text] }],
      sources: [{ id: 's', publisher: text, title: text, url: `https://example.org/?q=${text}` }],
      suggestions: [text],
      footer: text,
    }),
});

/** An admin-only command, as subscribe/unsubscribe are. */
const adminProbe = defineCommand({
  name: 'admin-probe',
  description: 'Changes channel settings (admin check probe)',
  options: z.object({}),
  adminOnly: true,
  examples: ['admin-probe'],
  handler: () => reply({ title: 'Channel settings changed' }),
});

export function testCommands(): AnyCommand[] {
  return [...allCommands().filter((c) => c.name !== 'ask'), echoAsk, echo, adminProbe];
}

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  eventsUrl: string;
  registry: CommandRegistry;
  /** Sends a signed `/sco <text>`; resolves with the HTTP answer and the first message at the response_url. */
  slash(
    text: string,
    opts?: { userId?: string; channelId?: string; timeoutMs?: number; triggerId?: string },
  ): Promise<SlashResult>;
  /** Sends a signed event callback. */
  event(event: Record<string, unknown>): Promise<SignedResponse>;
  close(): Promise<void>;
}

interface SlashResult {
  http: SignedResponse;
  responseId: string;
  /** Every message posted to this command's response_url. */
  messages: Record<string, unknown>[];
  /** Until the HTTP answer (the ack). */
  ackMs: number;
  /** Until the first message reached the response_url. */
  replyMs: number;
}

let responseCounter = 0;

export async function startHarness(
  fakeOptions: FakeSlackOptions = {},
  adapterOptions: {
    adminCacheMs?: number;
    commands?: AnyCommand[];
    logger?: Logger;
    extra?: Partial<SlackAdapterOptions>;
  } = {},
): Promise<Harness> {
  const fake = await startFakeSlack({ token: TOKEN, ...fakeOptions });
  const logger = adapterOptions.logger ?? createLogger({ level: 'silent' });
  // Subscriptions and news go to a throw-away database, never the repo's var/.
  const dir = mkdtempSync(join(tmpdir(), 'sco-slack-'));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_PATH: join(dir, 'state.sqlite') });
  if (!config.ok) throw new Error(config.problems.join('; '));
  const core = await createApp(config.config, { logger });
  const registry = new CommandRegistry(adapterOptions.commands ?? testCommands());
  const adapter = createSlackAdapter({
    registry,
    services: core.services,
    logger,
    botToken: TOKEN,
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    timeoutMs: 2000,
    ...(adapterOptions.adminCacheMs !== undefined && { adminCacheMs: adapterOptions.adminCacheMs }),
    ...adapterOptions.extra,
  });
  const { eventsUrl } = await adapter.start({ port: 0, host: '127.0.0.1' });
  return {
    fake,
    adapter,
    eventsUrl: eventsUrl!,
    registry,
    async slash(text, opts = {}) {
      const responseId = `r${++responseCounter}`;
      const body = slashCommandBody({
        text,
        responseUrl: fake.responseUrl(responseId),
        ...(opts.userId && { userId: opts.userId }),
        ...(opts.channelId && { channelId: opts.channelId }),
        ...(opts.triggerId && { triggerId: opts.triggerId }),
      });
      const started = Date.now();
      const http = await signedPost(eventsUrl!, body, { secret: SECRET });
      const ackMs = Date.now() - started;
      if (http.status === 200) await fake.waitFor((c) => c.responseId === responseId, opts.timeoutMs ?? 5000);
      const replyMs = Date.now() - started;
      // Let a multi-message reply finish arriving.
      await new Promise((r) => setTimeout(r, 30));
      return { http, responseId, messages: fake.responses(responseId), ackMs, replyMs };
    },
    event: (event) =>
      signedPost(eventsUrl!, eventBody(event, fake.teamId), { secret: SECRET, contentType: 'application/json' }),
    async close() {
      await adapter.stop();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything the fake received, as one string: what Slack would have been asked to show. */
export function everythingSent(fake: FakeSlack): string {
  return fake.calls.map((c) => JSON.stringify(c.body)).join('\n');
}

/** Slack control sequences that notify people, and bare broadcast words. */
export const BROADCAST = /<!(channel|everyone|here|subteam)|<@[UW]|(^|[^\u200B])@(channel|everyone|here)\b/i;
