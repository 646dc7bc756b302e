import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    users: [{ id: 'UADMIN', is_admin: true }, { id: 'UOWNER', is_owner: true }, { id: 'UMEMBER' }, { id: 'UCREATOR' }],
    channels: [{ id: 'CTEAM', creator: 'UCREATOR' }],
  });
});
afterAll(() => h.close());
beforeEach(() => h.fake.reset());

type Message = { response_type?: string; blocks?: { type: string; text?: { text: string } }[] };
const title = (messages: Record<string, unknown>[]) =>
  (messages[0] as Message).blocks?.find((b) => b.type === 'header')?.text?.text;

describe('admin-only commands check the asker with users.info and conversations.info', () => {
  it('refuses a member who is neither a workspace admin nor the channel creator, ephemerally', async () => {
    const { messages } = await h.slash('admin-probe', { userId: 'UMEMBER', channelId: 'CTEAM' });
    expect(title(messages)).toMatch(/Only channel admins/);
    expect((messages[0] as Message).response_type).toBe('ephemeral');
    expect(h.fake.callsTo('users.info').map((c) => c.body.user)).toEqual(['UMEMBER']);
    expect(h.fake.callsTo('conversations.info').map((c) => c.body.channel)).toEqual(['CTEAM']);
  });

  it('allows a workspace admin', async () => {
    const { messages } = await h.slash('admin-probe', { userId: 'UADMIN', channelId: 'CTEAM' });
    expect(title(messages)).toBe('Channel settings changed');
  });

  it('allows a workspace owner', async () => {
    const { messages } = await h.slash('admin-probe', { userId: 'UOWNER', channelId: 'CTEAM' });
    expect(title(messages)).toBe('Channel settings changed');
  });

  it("allows the channel's creator", async () => {
    const { messages } = await h.slash('admin-probe', { userId: 'UCREATOR', channelId: 'CTEAM' });
    expect(title(messages)).toBe('Channel settings changed');
  });

  it('refuses when Slack cannot say who the user is (unknown user)', async () => {
    const { messages } = await h.slash('admin-probe', { userId: 'UNOBODY', channelId: 'CTEAM' });
    expect(title(messages)).toMatch(/Only channel admins/);
  });

  it('caches the lookups briefly: a second admin command costs no further users.info call', async () => {
    h.fake.addUser({ id: 'UADMIN2', is_admin: true });
    await h.slash('admin-probe', { userId: 'UADMIN2', channelId: 'CTEAM' });
    await h.slash('admin-probe', { userId: 'UADMIN2', channelId: 'CTEAM' });
    expect(h.fake.callsTo('users.info').map((c) => c.body.user)).toEqual(['UADMIN2']);
  });

  it('guards the real /sco subscribe: a member is refused, the channel creator subscribes the channel', async () => {
    const refused = await h.slash('subscribe daily 08:00 first:false', { userId: 'UMEMBER', channelId: 'CTEAM' });
    expect(title(refused.messages)).toMatch(/Only channel admins/);
    const allowed = await h.slash('subscribe daily 08:00 first:false', { userId: 'UCREATOR', channelId: 'CTEAM' });
    expect(title(allowed.messages)).not.toMatch(/Only channel admins|⚠️/);
    const listed = await h.slash('schedule', { userId: 'UMEMBER', channelId: 'CTEAM' });
    expect(JSON.stringify(listed.messages)).toMatch(/08:00/);
  });

  it('waits out a rate-limited users.info (429, Retry-After) and still answers', async () => {
    h.fake.addUser({ id: 'UADMIN3', is_admin: true });
    h.fake.failNext({ method: 'users.info', status: 429, retryAfterSeconds: 1 });
    const { messages } = await h.slash('admin-probe', { userId: 'UADMIN3', channelId: 'CTEAM' });
    expect(title(messages)).toBe('Channel settings changed');
    expect(h.fake.callsTo('users.info').map((c) => c.status)).toEqual([429, 200]);
  });

  it('does not look anyone up for commands that are not admin-only', async () => {
    await h.slash('members', { userId: 'UMEMBER', channelId: 'CTEAM' });
    expect(h.fake.callsTo('users.info')).toHaveLength(0);
    expect(h.fake.callsTo('conversations.info')).toHaveLength(0);
  });
});
