import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackPoster, createSlackWebClient } from '../../src/adapters/slack/poster.js';
import { DeliveryError } from '../../src/briefing/types.js';
import { reply } from '../../src/reply/model.js';
import { blockTextLength, type SlackBlock } from '../../src/adapters/slack/render.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';

const TOKEN = 'xoxb-test-poster-token';
let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack({ token: TOKEN, channels: [{ id: 'CARCHIVED', is_archived: true }] });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const poster = (opts: { token?: string; timeoutMs?: number; retries?: number } = {}) =>
  createSlackPoster({
    client: createSlackWebClient({
      token: opts.token ?? TOKEN,
      apiUrl: fake.apiUrl,
      timeoutMs: opts.timeoutMs ?? 2000,
      retries: opts.retries ?? 1,
    }),
  });

const digest = reply({
  title: 'Weekly SCO digest',
  summary: 'Two events this week.',
  sections: [{ heading: 'Events', items: ['Astana summit', 'Tianjin summit'] }],
});

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('Slack channel poster', () => {
  it('posts a reply as Block Kit with a text fallback and no mention parsing, returning the message ts', async () => {
    const { messageIds } = await poster().post('C100', digest);
    const [message] = fake.messages('C100');
    expect(messageIds).toEqual([message!.ts]);
    expect(message!.text).toContain('Weekly SCO digest');
    expect(message!.body.link_names).toBe('false');
    expect(message!.body.parse).toBeUndefined();
    expect(JSON.stringify(message!.blocks)).toContain('Astana summit');
  });

  it('splits a very long digest across several messages, each under 12,000 characters', async () => {
    const items = Array.from({ length: 120 }, (_, i) => `Event ${i}: ${'x'.repeat(240)}`);
    const { messageIds } = await poster().post('C101', reply({ title: 'Long digest', sections: [{ items }] }));
    const messages = fake.messages('C101');
    expect(messageIds.length).toBeGreaterThan(1);
    expect(messageIds).toEqual(messages.map((m) => m.ts));
    for (const m of messages) {
      const chars = (m.blocks as SlackBlock[]).reduce((n, b) => n + blockTextLength(b), 0) + (m.text?.length ?? 0);
      expect(chars).toBeLessThan(12_000);
    }
    const all = messages.map((m) => JSON.stringify(m.blocks)).join('');
    for (const i of [0, 59, 119]) expect(all).toContain(`Event ${i}:`);
  });

  it('waits out a 429 with Retry-After and then delivers', async () => {
    fake.failNext({ method: 'chat.postMessage', status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const { messageIds } = await poster().post('C102', digest);
    expect(messageIds).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('surfaces not_in_channel as forbidden', async () => {
    fake.failNext({ method: 'chat.postMessage', error: 'not_in_channel' });
    const err = await failure(poster().post('C103', digest));
    expect([err.failure, err.code, err.pausesSubscription]).toEqual(['forbidden', 'not_in_channel', true]);
  });

  it('surfaces an archived channel as channel-gone', async () => {
    const err = await failure(poster().post('CARCHIVED', digest));
    expect([err.failure, err.code]).toEqual(['channel-gone', 'is_archived']);
  });

  it('surfaces channel_not_found as channel-gone', async () => {
    fake.failNext({ method: 'chat.postMessage', error: 'channel_not_found' });
    expect((await failure(poster().post('CGONE', digest))).failure).toBe('channel-gone');
  });

  it('surfaces a bad token as auth', async () => {
    const err = await failure(poster({ token: 'xoxb-wrong' }).post('C104', digest));
    expect([err.failure, err.code]).toEqual(['auth', 'invalid_auth']);
  });

  it('retries a 500 and surfaces repeated 500s as transient', async () => {
    fake.failNext({ method: 'chat.postMessage', status: 500, times: 2 });
    const err = await failure(poster({ retries: 1 }).post('C105', digest));
    expect([err.failure, err.code]).toEqual(['transient', '500']);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('surfaces a hung request as a transient timeout', async () => {
    fake.failNext({ method: 'chat.postMessage', hangMs: 800 });
    const err = await failure(poster({ timeoutMs: 200, retries: 0 }).post('C106', digest));
    expect([err.failure, err.code]).toEqual(['transient', 'timeout']);
  });
});
