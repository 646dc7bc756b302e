import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClearStateStore } from '@slack/oauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type RunningAdapter } from '../../src/wiring/adapters.js';
import { createApp, type App } from '../../src/wiring/app.js';
import { loadConfig } from '../../src/base/config.js';
import { createLogger } from '../../src/base/log.js';
import { eventBody, slashCommandBody } from '../fakes/slack/payloads.js';
import { signedPost, startFakeSlack, type FakeSlack } from '../fakes/slack/server.js';
import { facts } from '../helpers/app.js';

/**
 * Multi-workspace mode end to end: `npm start`'s Slack wiring with SLACK_CLIENT_ID, the real
 * Bolt OAuth installer, and the fake Slack as Slack (oauth.v2.access and the Web API, all at
 * SLACK_API_URL). Two workspaces install through /slack/install and /slack/oauth_redirect; each
 * is answered and sent digests with its own token; one uninstalls; forged and replayed states
 * are refused; neither workspace can see or remove the other's subscriptions.
 */

const CLIENT_ID = '1111111111.2222222222';
const CLIENT_SECRET = 'client-secret-for-tests';
const STATE_SECRET = 'state-secret-for-tests-0123456789';
const SIGNING_SECRET = 'signing-secret-for-tests-0123';
const TOKEN_KEY = 'a1'.repeat(32);
const [TA, TB] = ['TALPHA', 'TBRAVO'];
const ADMIN = 'UADMIN';
/** A channel both workspaces see (Slack Connect): the same id on both sides. */
const SHARED = 'CSHARED';

let fake: FakeSlack;
let dir: string;
let app: App;
let slack: RunningAdapter;
let base: string;
let clock = new Date('2026-11-27T06:00:00Z');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  fake = await startFakeSlack({
    oauthClient: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
    users: [{ id: ADMIN, is_admin: true }],
  });
  dir = mkdtempSync(join(tmpdir(), 'sco-slack-oauth-'));
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_PATH: join(dir, 'state.sqlite'),
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: STATE_SECRET,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_TOKEN_KEY: TOKEN_KEY,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: String(port),
  });
  if (!config.ok) throw new Error(config.problems.join('; '));
  app = await createApp(config.config, { facts: facts(), logger: createLogger({ level: 'silent' }), now: () => clock });
  slack = await startSlack(app, { host: '127.0.0.1' });
  app.briefings.usePosters([slack.poster]);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await slack?.stop();
  await app?.close();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The browser's part: open the install page, follow "Add to Slack" (the fake stands in for Slack's page), come back with the code. */
async function install(team: string): Promise<{ status: number; state: string }> {
  const page = await fetch(`${base}/slack/install`);
  expect(page.status).toBe(200);
  const cookie = page.headers.get('set-cookie') ?? '';
  const href = /href="(https:[^"]+)"/.exec(await page.text())![1]!.replace(/&amp;/g, '&');
  const authorize = new URL(href);
  const state = authorize.searchParams.get('state')!;
  expect(cookie).toContain(`slack-app-oauth-state=${state}`);
  expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(authorize.searchParams.get('scope')!.split(',')).toContain('chat:write');
  const status = await redirect(fake.approveInstall(team), state);
  return { status, state };
}

/** Slack sends the browser back with ?code&state; the browser carries the state cookie the install page set. */
async function redirect(code: string, state: string, cookieState: string = state): Promise<number> {
  const res = await fetch(
    `${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
    {
      headers: { cookie: `slack-app-oauth-state=${cookieState}` },
      redirect: 'manual',
    },
  );
  await res.text();
  return res.status;
}

let responses = 0;
async function slash(team: string, channel: string, text: string): Promise<string> {
  const id = `oauth-${++responses}`;
  const res = await signedPost(
    `${base}/slack/events`,
    slashCommandBody({ text, teamId: team, channelId: channel, userId: ADMIN, responseUrl: fake.responseUrl(id) }),
    { secret: SIGNING_SECRET },
  );
  expect(res.status).toBe(200);
  await fake.waitFor((c) => c.responseId === id, 10_000);
  return JSON.stringify(fake.responses(id));
}

const event = (team: string, body: Record<string, unknown>) =>
  signedPost(`${base}/slack/events`, eventBody(body, team), {
    secret: SIGNING_SECRET,
    contentType: 'application/json',
  });

describe('Slack installs through OAuth', () => {
  it('installs two workspaces through /slack/install and /slack/oauth_redirect, exchanging each code at SLACK_API_URL', async () => {
    expect((await install(TA)).status).toBe(200);
    expect((await install(TB)).status).toBe(200);
    const exchanges = fake.callsTo('oauth.v2.access');
    expect(exchanges).toHaveLength(2);
    expect(exchanges.every((c) => c.body.client_id === CLIENT_ID && c.error === undefined)).toBe(true);
    expect([...fake.installs.keys()].sort()).toEqual([TA, TB]);
  });

  it('keeps each token in the database sealed, never in the clear', () => {
    const db = new Database(join(dir, 'state.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT workspace, team_id, sealed FROM slack_installations ORDER BY workspace').all() as {
      workspace: string;
      team_id: string;
      sealed: string;
    }[];
    db.close();
    expect(rows.map((r) => r.workspace)).toEqual([`T:${TA}`, `T:${TB}`]);
    for (const row of rows) {
      const token = fake.installs.get(row.team_id)!.botToken;
      expect(row.sealed).toMatch(/^v1\./);
      expect(row.sealed).not.toContain(token);
      expect(Buffer.from(row.sealed.split('.')[3]!, 'base64url').toString('latin1')).not.toContain(token);
    }
  });

  it("answers a mention in each workspace with that workspace's own token", async () => {
    for (const team of [TA, TB]) {
      const ts = `1700000${team.length}.${team === TA ? '000100' : '000200'}`;
      expect(
        (
          await event(team, {
            type: 'app_mention',
            user: 'UASKER',
            text: `<@UB${team}> who are the members?`,
            channel: `C${team}`,
            ts,
          })
        ).status,
      ).toBe(200);
      const reply = await fake.waitFor(
        (c) => c.method === 'chat.postMessage' && c.body.channel === `C${team}` && c.body.thread_ts === ts,
        10_000,
      );
      expect(reply.teamId).toBe(team);
      expect(reply.token).toBe(fake.installs.get(team)!.botToken);
    }
  });

  it("checks the admin with the asker's workspace token, and posts the first digest with it", async () => {
    for (const team of [TA, TB]) {
      const answer = await slash(team, `C${team}`, 'subscribe daily 08:00 UTC');
      expect(answer).toMatch(/Subscribed: daily 08:00/);
      expect(
        fake
          .callsTo('users.info')
          .filter((c) => c.body.user === ADMIN)
          .map((c) => c.teamId),
      ).toContain(team);
      const first = fake.messages(`C${team}`);
      expect(first.length).toBeGreaterThan(0);
      expect(first.every((m) => m.teamId === team)).toBe(true);
    }
  });

  it("shows and removes nothing of another workspace's subscriptions, even in a channel they share", async () => {
    expect(await slash(TA, SHARED, 'subscribe weekly monday 09:00 UTC first:false')).toMatch(/Subscribed: weekly/);
    const mine = await app.briefings.store.channelSubscriptions('slack', SHARED, TA);
    expect(mine).toHaveLength(1);
    const id = mine[0]!.id;

    expect(await slash(TB, SHARED, 'schedule')).toMatch(/No scheduled digests here/);
    expect(await slash(TB, SHARED, `unsubscribe ${id}`)).toMatch(new RegExp(`This channel has no subscription #${id}`));
    expect(await slash(TB, SHARED, 'unsubscribe')).toMatch(/Nothing to unsubscribe/);
    expect(await slash(TB, `C${TB}`, `unsubscribe ${id}`)).toMatch(/Nothing to unsubscribe/);
    // The same schedule from the other side is refused rather than taking TA's over.
    expect(await slash(TB, SHARED, 'subscribe weekly monday 09:00 UTC first:false')).toMatch(
      /Another workspace sharing this channel/,
    );
    expect(await app.briefings.store.subscription(id)).toMatchObject({ workspaceId: TA, channelId: SHARED });
    expect(await slash(TA, SHARED, 'schedule')).toMatch(new RegExp(`#${id}`));
  });

  it("posts each workspace's scheduled digest with its own token", async () => {
    const before = fake.messages().length;
    clock = new Date('2026-11-28T08:00:30Z');
    const report = await app.briefings.scheduler.tick(clock);
    expect(report.outcomes.filter((o) => o.status === 'delivered')).toHaveLength(2);
    const posted = fake.messages().slice(before);
    for (const team of [TA, TB]) {
      const here = posted.filter((m) => m.channel === `C${team}`);
      expect(here.length).toBeGreaterThan(0);
      expect(here.every((m) => m.teamId === team)).toBe(true);
    }
  });

  it("forgets a workspace's tokens when it uninstalls and pauses its subscriptions with the reason, while the other's keep running", async () => {
    fake.revokeTokens(TA);
    expect((await event(TA, { type: 'app_uninstalled' })).status).toBe(200);
    await expect
      .poll(async () => (await app.briefings.store.channelSubscriptions('slack', `C${TA}`, TA))[0]?.pausedReason, { timeout: 5000 })
      .toBe('the app was uninstalled from this workspace');
    expect((await app.briefings.store.channelSubscriptions('slack', SHARED, TA))[0]!.pausedReason).toBe(
      'the app was uninstalled from this workspace',
    );
    const db = new Database(join(dir, 'state.sqlite'), { readonly: true });
    expect(
      (db.prepare('SELECT workspace FROM slack_installations').all() as { workspace: string }[]).map(
        (r) => r.workspace,
      ),
    ).toEqual([`T:${TB}`]);
    db.close();

    // A mention from the uninstalled workspace finds no installation: nothing is posted there.
    const callsBefore = fake.calls.length;
    expect(
      (
        await event(TA, {
          type: 'app_mention',
          user: 'UASKER',
          text: `<@UB${TA}> still there?`,
          channel: `C${TA}`,
          ts: '1700009999.000001',
        })
      ).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls.slice(callsBefore).filter((c) => c.method === 'chat.postMessage')).toEqual([]);

    const before = fake.messages().length;
    clock = new Date('2026-11-29T08:00:30Z');
    const report = await app.briefings.scheduler.tick(clock);
    expect(report.outcomes.map((o) => o.status)).toEqual(['delivered']);
    const posted = fake.messages().slice(before);
    expect(new Set(posted.map((m) => m.channel))).toEqual(new Set([`C${TB}`]));
    expect(posted.every((m) => m.teamId === TB)).toBe(true);
    expect(await slash(TB, `C${TB}`, 'schedule')).toMatch(/Last delivery: scheduled digest, delivered/);
  });

  it('pauses the subscriptions of a workspace whose bot token is revoked (tokens_revoked)', async () => {
    fake.revokeTokens(TB);
    expect((await event(TB, { type: 'tokens_revoked', tokens: { oauth: [], bot: [`UB${TB}`] } })).status).toBe(200);
    await expect
      .poll(async () => (await app.briefings.store.channelSubscriptions('slack', `C${TB}`, TB))[0]?.pausedReason, { timeout: 5000 })
      .toBe("this workspace revoked the app's access");
  });

  it('refuses a forged state, a replayed state and a state without its browser cookie, without exchanging the code', async () => {
    const exchanges = () => fake.callsTo('oauth.v2.access').length;
    const before = exchanges();
    // Made up: not signed with SLACK_STATE_SECRET.
    expect(await redirect(fake.approveInstall('TFORGED'), 'forged-state')).toBe(400);
    // Made by Bolt's own state store, but under another secret (the cookie matches: only the signature stops it).
    const alien = await new ClearStateStore('not-our-state-secret-0123456789').generateStateParam(
      { scopes: ['chat:write'] },
      new Date(),
    );
    expect(await redirect(fake.approveInstall('TFORGED'), alien)).toBe(400);
    // A state that has already been used for an install: good once only.
    const { state } = await install('TREPLAY');
    expect(await redirect(fake.approveInstall('TREPLAY2'), state)).toBe(400);
    // A genuine, unused state, but from another browser (no matching cookie).
    const page = await fetch(`${base}/slack/install`);
    const fresh = new URL(/href="(https:[^"]+)"/.exec(await page.text())![1]!.replace(/&amp;/g, '&')).searchParams.get(
      'state',
    )!;
    expect(await redirect(fake.approveInstall('TOTHER'), fresh, 'some-other-state')).toBe(400);
    // Only the one honest install exchanged a code.
    expect(exchanges()).toBe(before + 1);
    expect(fake.installs.has('TFORGED')).toBe(false);
    expect(fake.installs.has('TREPLAY2')).toBe(false);
  });
});
