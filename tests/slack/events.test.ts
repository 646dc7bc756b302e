import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventBody } from '../fakes/slack/payloads.js';
import { signedPost, signRequest } from '../fakes/slack/server.js';
import { SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const settle = () => new Promise((r) => setTimeout(r, 300));
const posted = () => h.fake.waitFor((c) => c.method === 'chat.postMessage');
const blocksText = (body: Record<string, unknown>) => JSON.stringify(body.blocks);

describe('mentions and direct messages reach ask, answered in the thread', () => {
  it('answers an app_mention in a thread under the mention, with the bot mention stripped from the question', async () => {
    const res = await h.event({
      type: 'app_mention',
      user: 'U0001',
      channel: 'C0100',
      text: '<@UBOT> when did Iran join?',
      ts: '1700000100.000100',
    });
    expect(res.status).toBe(200);
    const call = await posted();
    expect(call.body.channel).toBe('C0100');
    expect(call.body.thread_ts).toBe('1700000100.000100');
    expect(blocksText(call.body)).toContain('You asked: when did Iran join?');
    expect(blocksText(call.body)).not.toContain('UBOT');
    expect(call.body.link_names).toBe('false');
  });

  it('answers a mention inside an existing thread in that same thread', async () => {
    await h.event({
      type: 'app_mention',
      user: 'U0001',
      channel: 'C0100',
      text: 'hey <@UBOT|sco> members?',
      ts: '1700000200.000200',
      thread_ts: '1700000150.000150',
    });
    const call = await posted();
    expect(call.body.thread_ts).toBe('1700000150.000150');
    expect(blocksText(call.body)).toContain('You asked: hey members?');
  });

  it('answers a bare mention with the help list', async () => {
    await h.event({ type: 'app_mention', user: 'U0001', channel: 'C0100', text: '<@UBOT>', ts: '1700000300.000300' });
    expect(blocksText((await posted()).body)).toContain('/sco country');
  });

  it('answers a direct message (message.im) in a thread in the DM', async () => {
    await h.event({
      type: 'message',
      channel_type: 'im',
      user: 'U0001',
      channel: 'D0001',
      text: 'who is the secretary-general?',
      ts: '1700000400.000400',
    });
    const call = await posted();
    expect(call.body.channel).toBe('D0001');
    expect(call.body.thread_ts).toBe('1700000400.000400');
    expect(blocksText(call.body)).toContain('You asked: who is the secretary-general?');
  });

  it('shows an error about a mention only to the asker (chat.postEphemeral in the thread)', async () => {
    await h.event({
      type: 'app_mention',
      user: 'U0009',
      channel: 'C0100',
      text: `<@UBOT> ${'why '.repeat(1600)}`,
      ts: '1700000600.000600',
    });
    const call = await h.fake.waitFor((c) => c.method === 'chat.postEphemeral');
    expect([call.body.user, call.body.channel, call.body.thread_ts]).toEqual(['U0009', 'C0100', '1700000600.000600']);
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a redelivered event (same event_id, X-Slack-Retry-Num) only once', async () => {
    const body = eventBody(
      { type: 'app_mention', user: 'U0001', channel: 'C0100', text: '<@UBOT> once?', ts: '1700000700.000700' },
      h.fake.teamId,
      'EvRETRY0001',
    );
    expect((await signedPost(h.eventsUrl, body, { secret: SECRET, contentType: 'application/json' })).status).toBe(200);
    await posted();
    const retry = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-retry-num': '1',
        'x-slack-retry-reason': 'http_timeout',
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': signRequest(SECRET, Math.floor(Date.now() / 1000), body),
      },
      body,
    });
    expect(retry.status).toBe(200);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a mention inside a direct message once (the message.im listener), not twice', async () => {
    await h.event({
      type: 'app_mention',
      user: 'U0001',
      channel: 'D0005',
      text: '<@UBOT> hi',
      ts: '1700000800.000800',
    });
    await h.event({
      type: 'message',
      channel_type: 'im',
      user: 'U0001',
      channel: 'D0005',
      text: '<@UBOT> hi',
      ts: '1700000800.000800',
    });
    await posted();
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores messages from other bots, from itself, and edits, so bots cannot loop', async () => {
    await h.event({
      type: 'message',
      channel_type: 'im',
      bot_id: 'BOTHER',
      user: 'UOTHERBOT',
      channel: 'D0002',
      text: 'hello bot',
      ts: '1700000500.000500',
    });
    await h.event({
      type: 'message',
      channel_type: 'im',
      subtype: 'bot_message',
      bot_id: 'BOTHER',
      channel: 'D0002',
      text: 'hello bot',
      ts: '1700000500.000501',
    });
    await h.event({
      type: 'message',
      channel_type: 'im',
      user: 'UBOT',
      channel: 'D0002',
      text: 'my own answer',
      ts: '1700000500.000502',
    });
    await h.event({
      type: 'app_mention',
      bot_id: 'BOTHER',
      user: 'UOTHERBOT',
      channel: 'C0100',
      text: '<@UBOT> loop?',
      ts: '1700000500.000503',
    });
    await h.event({
      type: 'message',
      channel_type: 'im',
      subtype: 'message_changed',
      channel: 'D0002',
      ts: '1700000500.000504',
      message: { text: 'edited', user: 'U0001' },
    });
    await h.event({
      type: 'message',
      channel_type: 'channel',
      user: 'U0001',
      channel: 'C0100',
      text: 'chatter in a channel',
      ts: '1700000500.000505',
    });
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
