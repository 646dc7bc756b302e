import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.js';
import { BROADCAST, everythingSent, startHarness, type Harness } from './harness.js';

/** The real `ask` command behind mentions and DMs (the other Slack tests use a double that repeats the question). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { commands: allCommands() });
});
afterAll(() => h.close());

describe('mentions reach the real ask command', () => {
  it('answers "when did Iran join the SCO?" in the thread, with the accession date and a source', async () => {
    await h.event({
      type: 'app_mention',
      user: 'U0001',
      channel: 'C0400',
      text: '<@UBOT> when did Iran join the SCO?',
      ts: '1700004000.000001',
    });
    const call = await h.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(call.body.thread_ts).toBe('1700004000.000001');
    const blocks = JSON.stringify(call.body.blocks);
    expect(blocks).toMatch(/4 July 2023/);
    expect(blocks).toMatch(/Sources/);
  });

  it('answers /sco ask the same way, and a hostile question stays inert', async () => {
    const { messages } = await h.slash('ask when did Iran join <!channel> <@U123>?');
    expect(messages.length).toBeGreaterThan(0);
    expect(everythingSent(h.fake)).not.toMatch(BROADCAST);
  });
});
