import { createServices } from '../../src/wiring/services.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/adapter.js';
import { createLogger } from '../../src/base/log.js';
import { CommandRegistry } from '../../commands/registry.js';
import { FactStore } from '../../src/facts/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';
import { startFakeSocketMode, type FakeSocketMode } from '../fakes/slack/socket.js';
import { testCommands, TOKEN } from './harness.js';

const APP_TOKEN = 'xapp-1-test-app-token';
let fake: FakeSlack;
let socket: FakeSocketMode;
let adapter: SlackAdapter;

beforeAll(async () => {
  fake = await startFakeSlack({ token: TOKEN });
  socket = await startFakeSocketMode(fake);
  adapter = createSlackAdapter({
    registry: new CommandRegistry(testCommands()),
    services: createServices({ facts: FactStore.load(), now: () => new Date() }),
    logger: createLogger({ level: 'silent' }),
    botToken: TOKEN,
    appToken: APP_TOKEN,
    apiUrl: fake.apiUrl,
  });
  const started = await adapter.start();
  expect(started.eventsUrl).toBeUndefined();
  await socket.connected();
});
afterAll(async () => {
  await adapter.stop();
  await socket.close();
  await fake.close();
});

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects through apps.connections.open with the app token instead of listening on a port', () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('acks a /sco command envelope over the socket and answers at the response_url', async () => {
    const ack = await socket.send('slash_commands', {
      command: '/sco',
      text: 'country iran',
      user_id: 'U0001',
      channel_id: 'C0001',
      team_id: 'T0001',
      response_url: fake.responseUrl('socket-1'),
      trigger_id: '1.2.3',
      api_app_id: 'A0001',
    });
    expect(ack.envelope_id).toBeTruthy();
    const answer = await fake.waitFor((c) => c.responseId === 'socket-1');
    expect(answer.body.response_type).toBe('in_channel');
    expect(JSON.stringify(answer.body.blocks)).toMatch(/Iran/);
  });

  it('answers a mention event over the socket in its thread', async () => {
    await socket.send('events_api', {
      type: 'event_callback',
      team_id: 'T0001',
      api_app_id: 'A0001',
      event_id: 'EvSOCKET1',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U0001', channel: 'C0300', text: '<@UBOT> who joined in 2023?', ts: '1700003000.000001', event_ts: '1700003000.000001' },
    });
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0300');
    expect(post.body.thread_ts).toBe('1700003000.000001');
    expect(JSON.stringify(post.body.blocks)).toContain('You asked: who joined in 2023?');
  });
});
