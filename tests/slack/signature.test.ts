import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventBody, slashCommandBody } from '../fakes/slack/payloads.js';
import { signedPost, signRequest } from '../fakes/slack/server.js';
import { SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

const settle = () => new Promise((r) => setTimeout(r, 300));
const slashBody = (id: string) => slashCommandBody({ text: 'members', responseUrl: h.fake.responseUrl(id) });
const mentionBody = () =>
  eventBody({
    type: 'app_mention',
    user: 'U0001',
    channel: 'C0001',
    text: '<@UBOT> who are the members?',
    ts: '1700000001.000001',
  });

describe('request signatures, checked by Bolt', () => {
  it('runs a correctly signed slash command (control case)', async () => {
    const res = await signedPost(h.eventsUrl, slashBody('ok'), { secret: SECRET });
    expect(res.status).toBe(200);
    await h.fake.waitFor((c) => c.responseId === 'ok');
  });

  it('rejects a slash command signed with the wrong secret with 401, and no handler runs', async () => {
    const res = await signedPost(h.eventsUrl, slashBody('forged'), { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a signature over a different body (tampered text) with 401', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const signature = signRequest(SECRET, ts, slashCommandBody({ text: 'help', responseUrl: h.fake.responseUrl('x') }));
    const res = await signedPost(h.eventsUrl, slashBody('tampered'), { secret: SECRET, timestamp: ts, signature });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a correctly signed request whose timestamp is more than 5 minutes old with 401', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await signedPost(h.eventsUrl, slashBody('stale'), { secret: SECRET, timestamp: sixMinutesAgo });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a forged mention event with 401, and nothing is posted', async () => {
    const res = await signedPost(h.eventsUrl, mentionBody(), {
      secret: 'forged-secret-value',
      contentType: 'application/json',
    });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it('rejects a stale mention event with 401, and nothing is posted', async () => {
    const res = await signedPost(h.eventsUrl, mentionBody(), {
      secret: SECRET,
      contentType: 'application/json',
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toEqual([]);
  });

  it("answers Slack's signed url_verification challenge", async () => {
    const res = await signedPost(
      h.eventsUrl,
      JSON.stringify({ type: 'url_verification', challenge: 'c-42', token: 'x' }),
      { secret: SECRET, contentType: 'application/json' },
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain('c-42');
  });
});
