import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pLimit from 'p-limit';
import { startHarness, BROADCAST, everythingSent, type Harness } from '../slack/harness.js';
import { limitViolations } from '../slack/limits.js';
import { allCommands } from '../../commands/index.js';
import { hostileLine, hostileText, sample, SEED, UNSAFE_OUTPUT } from './generate.js';

/**
 * Issue 12, hostile suite: generated slash commands, mentions and DMs through the real Bolt app
 * against the fake Slack. Every request is acked within 3 s, nothing sent pings anyone or breaks
 * a Block Kit limit (what Slack would refuse), and the app still answers afterwards.
 */
const SLASH = 1000;
const EVENTS = 400;

let h: Harness;
beforeAll(async () => {
  // The real commands, ask included.
  h = await startHarness({ users: [{ id: 'U0001' }] }, { commands: allCommands() });
});
afterAll(() => h.close());

function checkSent(context: string): void {
  const sent = everythingSent(h.fake);
  expect(sent, context).not.toMatch(BROADCAST);
  for (const call of h.fake.calls) {
    if (call.method !== 'response_url' && call.method !== 'chat.postMessage' && call.method !== 'chat.postEphemeral') continue;
    expect(call.status, context).toBe(200);
    expect(call.error, context).toBeUndefined();
    expect(limitViolations(call.body), `${context}: ${call.method}`).toEqual([]);
    expect(JSON.stringify(call.body), context).not.toMatch(UNSAFE_OUTPUT);
  }
}

describe(`the Slack adapter under hostile input (seed ${SEED})`, () => {
  it(`acks ${SLASH} hostile slash commands within 3 s and answers each within Slack's limits, pinging no one`, async () => {
    const lines = sample(hostileLine, SLASH, 1);
    const limit = pLimit(16);
    const results = await Promise.all(lines.map((line, i) => limit(async () => ({ i, line, r: await h.slash(line.slice(0, 8000), { timeoutMs: 10_000 }) }))));
    for (const { i, line, r } of results) {
      const context = `seed ${SEED}, slash ${i}: ${JSON.stringify(line.slice(0, 200))}`;
      expect(r.http.status, context).toBe(200);
      expect(r.ackMs, context).toBeLessThan(3000);
      expect(r.messages.length, context).toBeGreaterThan(0);
    }
    checkSent(`seed ${SEED}, slash commands`);
  }, 60_000);

  it(`answers ${EVENTS} hostile mentions and DMs in their threads without pinging anyone`, async () => {
    h.fake.reset();
    const texts = sample(hostileText, EVENTS, 2).map((t) => t.slice(0, 4000));
    const limit = pLimit(16);
    await Promise.all(
      texts.map((text, i) =>
        limit(async () => {
          const dm = i % 2 === 1;
          const ts = `1700100000.${String(i).padStart(6, '0')}`;
          const res = await h.event(
            dm ? { type: 'message', channel_type: 'im', user: 'U0001', channel: 'D0900', text, ts } : { type: 'app_mention', user: 'U0001', channel: 'C0900', text: `<@UBOT> ${text}`, ts },
          );
          expect(res.status, `seed ${SEED}, event ${i}`).toBe(200);
        }),
      ),
    );
    const answered = () => h.fake.callsTo('chat.postMessage').length + h.fake.callsTo('chat.postEphemeral').length;
    // Every event gets its answer (each in one message at least).
    await expect.poll(answered, { timeout: 20_000 }).toBeGreaterThanOrEqual(EVENTS);
    checkSent(`seed ${SEED}, events`);
  }, 60_000);
});
