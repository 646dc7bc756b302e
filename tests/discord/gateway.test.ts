import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, chatInput, STRING, type Harness } from './harness.js';
import type { RecordedRequest } from '../fakes/discord/server.js';

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } };
type CallbackBody = { type: number; data?: { embeds?: Embed[]; allowed_mentions?: unknown; flags?: number; choices?: { name: string; value: string }[] } };
type MessageBody = { embeds: Embed[]; allowed_mentions: unknown; message_reference?: { message_id: string } };

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

describe('Discord adapter against the fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
    process.off('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    expect(unhandled).toEqual([]);
  });

  const after = (req: RecordedRequest, match: (r: RecordedRequest) => boolean) => h.fake.waitForRequest((r) => r.at >= req.at && r !== req && match(r), 5000);
  const textOf = (e: Embed) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');

  it('logs in through GET /gateway/bot and IDENTIFY with the Guilds, GuildMessages and DirectMessages intents', () => {
    expect(h.fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(h.fake.identifies[0]).toMatchObject({ intents: 1 + 512 + 4096 });
    expect(h.adapter.client.isReady()).toBe(true);
  });

  it('registers one /sco command with typed sub-commands, and /sco-admin for Manage Channels', () => {
    const put = h.fake.requests.find((r) => r.method === 'PUT' && r.path === `/applications/${h.fake.applicationId}/guilds/${h.fake.guildId}/commands`);
    expect(put).toBeDefined();
    const body = put!.body as { name: string; default_member_permissions?: string; options: { name: string; options: Record<string, unknown>[] }[] }[];
    expect(body.map((c) => c.name)).toEqual(['sco', 'sco-admin']);
    const sco = body[0]!;
    expect(sco.default_member_permissions).toBeUndefined();
    const country = sco.options.find((o) => o.name === 'country')!;
    expect(country.options[0]).toMatchObject({ name: 'name', type: 3, required: true, autocomplete: true });
    const members = sco.options.find((o) => o.name === 'members')!;
    expect(members.options[0]).toMatchObject({ name: 'status', type: 3, required: false, choices: [{ name: 'member', value: 'member' }, { name: 'partner', value: 'partner' }, { name: 'all', value: 'all' }] });
    expect(sco.options.some((o) => o.name === 'guarded')).toBe(false);
    const admin = body[1]!;
    expect(admin.default_member_permissions).toBe('16');
    expect(admin.options.map((o) => o.name)).toContain('guarded');
    expect(admin.options.every((o) => h.registry.get(o.name)?.adminOnly === true)).toBe(true);
    expect(sco.options.every((o) => h.registry.get(o.name)?.adminOnly !== true)).toBe(true);
    expect(h.registration).toMatchObject({ changed: true });
  });

  it('answers a chat-input /sco country with an embed titled Iran, its sources as links and the as-of date', async () => {
    const cb = await h.fake.sendInteraction(chatInput('country', [{ name: 'name', type: STRING, value: 'iran' }])).callback;
    const body = cb.body as CallbackBody;
    expect(body.type).toBe(4);
    const embed = body.data!.embeds![0]!;
    expect(embed.title).toMatch(/^Iran/);
    expect(body.data!.embeds!.flatMap((e) => e.fields ?? []).find((f) => f.name === 'Sources')?.value).toMatch(/\[[^\]]+\]\(https?:\/\/[^)]+\)/);
    expect(body.data!.embeds!.at(-1)!.footer?.text).toMatch(/^Facts checked to \d{1,2} \w+ \d{4}, \d+ \w+ ago/);
    expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    expect(body.data!.flags ?? 0).toBe(0);
  });

  it('offers at most 25 countries starting with what was typed in autocomplete', async () => {
    const cb = await h.fake.sendInteraction({
      type: 4,
      data: { id: '1', name: 'sco', type: 1, options: [{ name: 'country', type: 1, options: [{ name: 'name', type: STRING, value: 'kaz', focused: true }] }] },
    }).callback;
    const body = cb.body as CallbackBody;
    expect(body.type).toBe(8);
    expect(body.data!.choices!.map((c) => c.name)).toContain('Kazakhstan');
    expect(body.data!.choices!.length).toBeLessThanOrEqual(25);

    const all = (await h.fake.sendInteraction({
      type: 4,
      data: { id: '1', name: 'sco', type: 1, options: [{ name: 'country', type: 1, options: [{ name: 'name', type: STRING, value: '', focused: true }] }] },
    }).callback).body as CallbackBody;
    expect(all.data!.choices!.length).toBeGreaterThan(0);
    expect(all.data!.choices!.length).toBeLessThanOrEqual(25);
    for (const c of all.data!.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('defers a command declared slow and then edits @original with the answer', async () => {
    const sent = h.fake.sendInteraction(chatInput('slowpoke'));
    const cb = await sent.callback;
    expect((cb.body as CallbackBody).type).toBe(5);
    const edit = await after(cb, (r) => r.method === 'PATCH' && r.path === `/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original`);
    expect((edit.body as MessageBody).embeds[0]!.title).toBe('Slow answer');
    expect((edit.body as MessageBody).allowed_mentions).toEqual({ parse: [] });
  });

  it('defers a handler that has not answered within the threshold, then edits @original', async () => {
    const dispatchedAt = Date.now();
    const sent = h.fake.sendInteraction(chatInput('sluggish'));
    const cb = await sent.callback;
    expect((cb.body as CallbackBody).type).toBe(5);
    // Acknowledged well inside Discord's 3 s, although the handler takes 400 ms longer than the 150 ms threshold.
    expect(cb.at - dispatchedAt).toBeLessThan(400);
    const edit = await after(cb, (r) => r.method === 'PATCH' && r.path.endsWith(`/${sent.token}/messages/@original`));
    expect((edit.body as MessageBody).embeds[0]!.title).toBe('Late answer');
  });

  it('answers a mention with a reply to that message, the mention stripped from the question', async () => {
    const { id } = h.fake.sendMessage({ content: `<@${h.fake.botUser.id}>   when did Iran join?`, mentions: [h.fake.botUser] });
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${h.fake.channelId}/messages` && (r.body as MessageBody).message_reference?.message_id === id);
    const body = post.body as MessageBody;
    expect(body.embeds[0]!.description).toBe('You asked: when did Iran join?');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a direct message without a mention, and ignores guild chatter that does not mention it', async () => {
    h.fake.sendMessage({ content: 'just chatting about Kazakhstan' });
    const { id } = h.fake.sendMessage({ content: 'who are the members?', dm: true });
    const post = await h.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${h.fake.dmChannelId}/messages` && (r.body as MessageBody).message_reference?.message_id === id);
    expect((post.body as MessageBody).embeds[0]!.description).toBe('You asked: who are the members?');
    // The guild message was dispatched first; it got no answer.
    expect(h.fake.messages.get(h.fake.channelId)?.some((m) => JSON.stringify(m.embeds).includes('just chatting'))).toBeFalsy();
  });

  it('refuses an admin command to a member without Manage Channels even though Discord let it through', async () => {
    const refused = (await h.fake.sendInteraction({ ...chatInput('guarded', [], 'sco-admin'), permissions: '3072' }).callback).body as CallbackBody;
    expect(refused.data!.flags).toBe(64);
    expect(refused.data!.embeds![0]!.title).toBe('Only channel admins can do that');

    const allowed = (await h.fake.sendInteraction({ ...chatInput('guarded', [], 'sco-admin'), permissions: String(16 | 1024) }).callback).body as CallbackBody;
    expect(allowed.data!.embeds![0]!.title).toBe('Channel setting changed');
    expect(allowed.data!.flags ?? 0).toBe(0);
  });

  it('answers a failing handler with an ephemeral error and a log line', async () => {
    const body = (await h.fake.sendInteraction(chatInput('explode')).callback).body as CallbackBody;
    expect(body.data!.flags).toBe(64);
    expect(body.data!.embeds![0]!.title).toBe('Something went wrong');
    expect(h.logs.some((l) => l.msg === 'command handler failed' && l.command === 'explode')).toBe(true);
  });

  it('answers a bad option with a short ephemeral usage error', async () => {
    const body = (await h.fake.sendInteraction(chatInput('members', [{ name: 'status', type: STRING, value: 'emperors' }])).callback).body as CallbackBody;
    expect(body.data!.flags).toBe(64);
    expect(textOf(body.data!.embeds![0]!)).toMatch(/status must be one of member, partner, all/);
  });

  it('logs a callback that Discord refuses, tries an error reply, and keeps answering', async () => {
    h.fake.failNext({ method: 'POST', pathPrefix: '/interactions/', status: 500, times: 2 });
    h.fake.sendInteraction(chatInput('about'));
    await expect.poll(() => h.logs.some((l) => l.msg === 'discord interaction failed'), { timeout: 5000 }).toBe(true);
    const next = (await h.fake.sendInteraction(chatInput('about')).callback).body as CallbackBody;
    expect(next.data!.embeds![0]!.title).toBe('About SCO Briefing Bot');
  });

  describe('hostile input', () => {
    const hostile = [
      '@everyone @here <@&1100000000000000777> <@1100000000000000100> <@!1100000000000000100>',
      'Iran\u200b\u200c\u200d\u2060\ufeff joined?',
      '\u202eetirwer\u202c \u2067ایران\u2069 \u200fsco',
      '@everyone '.repeat(500),
    ];

    it.each(hostile.map((q) => [q.slice(0, 30), q]))('answers ask %j through a slash command without pinging anyone', async (_label, question) => {
      const body = (await h.fake.sendInteraction(chatInput('ask', [{ name: 'question', type: STRING, value: question }])).callback).body as CallbackBody;
      expect(body.type).toBe(4);
      expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    });

    it('answers a mention carrying role and user mentions, RTL marks and 5,000 characters without pinging anyone', async () => {
      const content = `<@${h.fake.botUser.id}> ${hostile.join(' ')} ${'x'.repeat(5000)}`.slice(0, 6000);
      const { id } = h.fake.sendMessage({ content, mentions: [h.fake.botUser, { id: '1100000000000000100', username: 'victim' }] });
      const post = await h.fake.waitForRequest((r) => r.path.startsWith('/channels/') && (r.body as MessageBody | undefined)?.message_reference?.message_id === id);
      expect((post.body as MessageBody).allowed_mentions).toEqual({ parse: [], replied_user: false });
    });

    it('a country name of 5,000 characters gets a short error, not a crash', async () => {
      const body = (await h.fake.sendInteraction(chatInput('country', [{ name: 'name', type: STRING, value: 'Ir'.repeat(2500) }])).callback).body as CallbackBody;
      expect(body.data!.flags).toBe(64);
      expect(JSON.stringify(body).length).toBeLessThan(6000);
    });
  });

  it('sent allowed_mentions { parse: [] } on every message body the fake received', () => {
    const bodies = h.fake.requests
      .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && (r.path.startsWith('/interactions/') || r.path.startsWith('/webhooks/') || r.path.startsWith('/channels/')))
      .map((r) => r.body as { type?: number; data?: { allowed_mentions?: { parse: unknown[] } }; allowed_mentions?: { parse: unknown[] } })
      .filter((b) => b.type !== 5 && b.type !== 8);
    expect(bodies.length).toBeGreaterThan(15);
    for (const b of bodies) expect((b.data ?? b).allowed_mentions?.parse).toEqual([]);
  });
});
