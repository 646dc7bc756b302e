import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

interface Block {
  type: string;
  text?: { type: string; text: string; verbatim?: boolean };
  fields?: { text: string }[];
}
type Message = { response_type?: string; text?: string; blocks?: Block[] };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const header = (m: Record<string, unknown> | undefined) =>
  (m as Message | undefined)?.blocks?.find((b) => b.type === 'header')?.text?.text;
const allText = (messages: Record<string, unknown>[]) => messages.map((m) => JSON.stringify(m)).join('\n');

describe('/sco slash command through the real Bolt receiver', () => {
  it('acks with HTTP 200 and an empty body, then answers /sco alone with the help list at the response_url', async () => {
    const { http, messages } = await h.slash('');
    expect(http.status).toBe(200);
    expect(http.text).toBe('');
    expect(header(messages[0])).toContain('SCO Briefing Bot');
    expect(allText(messages)).toContain('/sco country');
  });

  it('answers /sco members with an in-channel Block Kit reply', async () => {
    const { messages } = await h.slash('members');
    const m = messages[0] as Message;
    expect(m.response_type).toBe('in_channel');
    expect(m.text).toBeTruthy();
    expect(header(m)).toMatch(/member/i);
    expect(allText(messages)).toMatch(/India/);
    expect(m.blocks!.filter((b) => b.text?.type === 'mrkdwn').every((b) => b.text!.verbatim === true)).toBe(true);
  });

  it('answers /sco country iran with a header titled Iran', async () => {
    const { messages } = await h.slash('country iran');
    expect(header(messages[0])).toMatch(/Iran/);
    expect(allText(messages)).toMatch(/Tehran/);
  });

  it('parses key:value options with quotes the same way: /sco country name:"Iran"', async () => {
    const { messages } = await h.slash('country name:"Iran"');
    expect(header(messages[0])).toMatch(/Iran/);
  });

  it('answers every registered sub-command from its first example with a header and a text fallback', async () => {
    for (const command of h.registry.commands) {
      const example = command.examples[0];
      if (!example || command.adminOnly) continue;
      const { http, messages } = await h.slash(example);
      expect(http.status, example).toBe(200);
      expect(messages.length, example).toBeGreaterThan(0);
      for (const m of messages as Message[]) {
        expect(m.text, example).toBeTruthy();
        expect(m.blocks!.length, example).toBeGreaterThan(0);
        expect(m.blocks!.length, example).toBeLessThanOrEqual(50);
      }
      expect(header(messages[0]), example).toBeTruthy();
    }
  });

  it('answers an unknown sub-command with a short ephemeral error and a suggestion', async () => {
    const { messages } = await h.slash('membrs');
    const m = messages[0] as Message;
    expect(m.response_type).toBe('ephemeral');
    expect(allText(messages)).toContain('/sco members');
    expect(allText(messages).length).toBeLessThan(2000);
  });

  it('answers bad options with an ephemeral usage error', async () => {
    const { messages } = await h.slash('members status:bogus');
    expect((messages[0] as Message).response_type).toBe('ephemeral');
    expect(allText(messages)).toMatch(/status must be one of/);
  });

  it('acks before the work is delivered: the HTTP 200 arrives while the response_url is still hanging', async () => {
    h.fake.failNext({ method: 'response_url', hangMs: 1500 });
    const { http, messages, ackMs, replyMs } = await h.slash('members', { timeoutMs: 4000 });
    expect(http.status).toBe(200);
    expect(messages.length).toBeGreaterThan(0);
    expect(ackMs).toBeLessThan(1000);
    expect(replyMs).toBeGreaterThanOrEqual(1400);
  });

  it('keeps running after respond() fails: the next command is answered', async () => {
    h.fake.failNext({ method: 'response_url', status: 500 });
    await h.slash('members');
    const { messages } = await h.slash('country kz');
    expect(header(messages[0])).toMatch(/Kazakhstan/);
  });
});
