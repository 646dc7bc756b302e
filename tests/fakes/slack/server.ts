import { buffer } from 'node:stream/consumers';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export { signedPost, signRequest, type SignedResponse } from './signed.js';

/**
 * A loopback fake of the Slack Web API (auth.test, chat.postMessage, chat.postEphemeral,
 * users.info, conversations.info, apps.connections.open, files.getUploadURLExternal,
 * files.completeUploadExternal, oauth.v2.access), of the upload URLs it hands out, and of
 * response_url endpoints. It records every call, keeps posted messages and shared files per
 * channel, and injects faults on demand, so the real WebClient and Bolt can be driven without
 * reaching Slack.
 *
 * Installs: `approveInstall(team)` stands for a person approving the app on Slack's authorize
 * page and returns the one-time code Slack would put in the redirect; `oauth.v2.access` trades it
 * (with the right client id and secret) for a bot token of that workspace. Every call is recorded
 * with the workspace its token belongs to, and `revokeTokens(team)` makes that workspace's tokens
 * fail with token_revoked, as after an uninstall.
 */

interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  is_bot?: boolean;
  name?: string;
}

interface FakeChannel {
  id: string;
  creator?: string;
  is_archived?: boolean;
  name?: string;
  /** A direct message with the bot: conversations.info answers is_im with the other member as `user`. */
  is_im?: boolean;
  user?: string;
  /** Whether the bot is in the channel (default true); sharing a file where it is not fails with not_in_channel. */
  is_member?: boolean;
}

export interface FakeSlackOptions {
  /** The only bot token accepted; any xoxb- token when absent. */
  token?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  users?: FakeUser[];
  channels?: FakeChannel[];
  /** Reject chat.postMessage to channels not listed (channel_not_found); accept any by default. */
  strictChannels?: boolean;
  /** The app's credentials oauth.v2.access accepts. */
  oauthClient?: { clientId: string; clientSecret: string };
}

/** A workspace the app was installed in through oauth.v2.access. */
interface FakeInstall {
  teamId: string;
  teamName: string;
  botToken: string;
  botUserId: string;
  revoked: boolean;
}

interface FakeCall {
  /** Web API method (e.g. chat.postMessage), 'response_url', or 'upload' (bytes sent to an upload URL). */
  method: string;
  /** The response_url id, for method 'response_url'. */
  responseId?: string;
  /** Parsed body: form fields (with blocks/attachments JSON-decoded) or the JSON document. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** HTTP status the fake answered with. */
  status: number;
  /** Slack error code when the fake answered ok:false. */
  error?: string;
  /** The token the call carried, and the workspace it belongs to (installed tokens only). */
  token?: string;
  teamId?: string;
  at: number;
}

interface Fault {
  /** Web API method, or 'response_url'. */
  method: string;
  /** HTTP status to answer with (429 adds Retry-After). */
  status?: number;
  retryAfterSeconds?: number;
  /** Answer 200 { ok: false, error }. */
  error?: string;
  /** Wait this long before answering (to trip client timeouts). */
  hangMs?: number;
  /** How many consecutive calls the fault applies to (default 1). */
  times?: number;
}

interface PostedMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown;
  thread_ts?: string;
  /** The workspace whose token posted it (installed tokens only). */
  teamId?: string;
  body: Record<string, unknown>;
}

/** A file as Slack holds it after files.getUploadURLExternal, the upload, and files.completeUploadExternal. */
interface UploadedFile {
  id: string;
  filename: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  alt_txt?: string;
  /** The bytes received at the upload URL (undefined until they arrive). */
  data?: Buffer;
  /** Set by files.completeUploadExternal. */
  title?: string;
  channel?: string;
  thread_ts?: string;
  completed: boolean;
}

export interface FakeSlack {
  readonly url: string;
  /** Base for slackApiUrl, ending with /api/. */
  readonly apiUrl: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  responseUrl(id: string): string;
  /** Every call received, in order. */
  readonly calls: readonly FakeCall[];
  callsTo(method: string): FakeCall[];
  /** Messages accepted by chat.postMessage for a channel (all channels when omitted). */
  messages(channel?: string): PostedMessage[];
  /** Bodies posted to a response_url. */
  responses(id: string): Record<string, unknown>[];
  /** Files completed and shared into a channel (all channels when omitted), in order. */
  files(channel?: string): UploadedFile[];
  addUser(user: FakeUser): void;
  addChannel(channel: FakeChannel): void;
  /** What apps.connections.open hands out (Socket Mode); see socket.ts. */
  setSocketModeUrl(url: string): void;
  failNext(fault: Fault): void;
  /** How many injected faults are still waiting for a call (of this method, or any). */
  faultsPending(method?: string): number;
  /** Resolves with the first call (already received or arriving) that matches; rejects after timeoutMs. */
  waitFor(match: (call: FakeCall) => boolean, timeoutMs?: number): Promise<FakeCall>;
  /** A person approved the install in `teamId`: the one-time code Slack hands to the redirect URL. */
  approveInstall(teamId: string, teamName?: string): string;
  /** Workspaces installed through oauth.v2.access, by team id. */
  readonly installs: ReadonlyMap<string, FakeInstall>;
  /** The workspace's tokens stop working (token_revoked), as when the app is uninstalled. */
  revokeTokens(teamId: string): void;
  /** Forget calls, messages and pending faults (users and channels stay). */
  reset(): void;
  close(): Promise<void>;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'files']);
/** files.getUploadURLExternal refuses longer alt text with alt_txt_too_large. */
const ALT_TXT_MAX = 1000;

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = opts.botUserId ?? 'UBOT';
  const botId = opts.botId ?? 'BBOT';
  const teamId = opts.teamId ?? 'T0001';
  const users = new Map((opts.users ?? []).map((u) => [u.id, u]));
  const channels = new Map((opts.channels ?? []).map((c) => [c.id, c]));
  const calls: FakeCall[] = [];
  const posted: PostedMessage[] = [];
  const uploads = new Map<string, UploadedFile>();
  let fileCounter = 0;
  const faults: Fault[] = [];
  const waiters = new Set<{ match: (c: FakeCall) => boolean; resolve: (c: FakeCall) => void }>();
  let tsCounter = 0;
  const codes = new Map<string, { teamId: string; teamName: string }>();
  const installs = new Map<string, FakeInstall>();
  const byToken = new Map<string, FakeInstall>();

  const record = (call: FakeCall) => {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.match(call)) {
        waiters.delete(w);
        w.resolve(call);
      }
    }
  };

  const takeFault = (method: string): Fault | undefined => {
    const i = faults.findIndex((f) => f.method === method);
    if (i < 0) return undefined;
    const fault = faults[i]!;
    if ((fault.times ?? 1) <= 1) faults.splice(i, 1);
    else faults[i] = { ...fault, times: (fault.times ?? 1) - 1 };
    return fault;
  };

  let socketModeUrl: string | undefined;
  const authError = (req: IncomingMessage, method: string, body: Record<string, unknown>): string | undefined => {
    // The code exchange authenticates the app (client id and secret), not a token.
    if (method === 'oauth.v2.access') return undefined;
    const token = tokenOf(req, body);
    if (!token) return 'not_authed';
    // Socket Mode's connection call takes the app-level token.
    if (method === 'apps.connections.open') return token.startsWith('xapp-') ? undefined : 'invalid_auth';
    const installed = byToken.get(token);
    if (installed) return installed.revoked ? 'token_revoked' : undefined;
    if (opts.token ? token !== opts.token : !token.startsWith('xoxb-')) return 'invalid_auth';
    return undefined;
  };

  const exchange = (req: IncomingMessage, body: Record<string, unknown>): Record<string, unknown> => {
    const basic = req.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString().split(':')
      : [];
    const clientId = String(body.client_id ?? basic[0] ?? '');
    const clientSecret = String(body.client_secret ?? basic[1] ?? '');
    if (!opts.oauthClient || clientId !== opts.oauthClient.clientId) return { ok: false, error: 'invalid_client_id' };
    if (clientSecret !== opts.oauthClient.clientSecret) return { ok: false, error: 'bad_client_secret' };
    const grant = codes.get(String(body.code ?? ''));
    // A code is good once.
    if (!grant) return { ok: false, error: 'invalid_code' };
    codes.delete(String(body.code));
    const install: FakeInstall = {
      teamId: grant.teamId,
      teamName: grant.teamName,
      botToken: `xoxb-${grant.teamId}-${randomBytes(6).toString('hex')}`,
      botUserId: `UB${grant.teamId}`,
      revoked: false,
    };
    installs.set(grant.teamId, install);
    byToken.set(install.botToken, install);
    return {
      ok: true,
      app_id: 'A0001',
      authed_user: { id: `UINSTALLER${grant.teamId}` },
      scope: 'commands,chat:write,app_mentions:read,im:history,im:read,users:read,channels:read,groups:read',
      token_type: 'bot',
      access_token: install.botToken,
      bot_user_id: install.botUserId,
      team: { id: grant.teamId, name: grant.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  };

  const api = (
    method: string,
    body: Record<string, unknown>,
    installed: FakeInstall | undefined,
  ): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return installed
          ? {
              ok: true,
              url: 'https://fake.slack.test/',
              team: installed.teamName,
              user: 'sco',
              team_id: installed.teamId,
              user_id: installed.botUserId,
              bot_id: `B${installed.teamId}`,
            }
          : {
              ok: true,
              url: 'https://fake.slack.test/',
              team: 'Fake',
              user: 'sco',
              team_id: teamId,
              user_id: botUserId,
              bot_id: botId,
            };
      case 'chat.postMessage': {
        const channel = String(body.channel ?? '');
        const known = channels.get(channel);
        if (!channel || (opts.strictChannels && !known)) return { ok: false, error: 'channel_not_found' };
        if (known?.is_archived) return { ok: false, error: 'is_archived' };
        if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
        const ts = `1700000000.${String(++tsCounter).padStart(6, '0')}`;
        const message: PostedMessage = { channel, ts, body };
        if (typeof body.text === 'string') message.text = body.text;
        if (body.blocks !== undefined) message.blocks = body.blocks;
        if (typeof body.thread_ts === 'string') message.thread_ts = body.thread_ts;
        if (installed) message.teamId = installed.teamId;
        posted.push(message);
        return {
          ok: true,
          channel,
          ts,
          message: { type: 'message', text: body.text, ts, ...(message.thread_ts && { thread_ts: message.thread_ts }) },
        };
      }
      case 'chat.postEphemeral': {
        const channel = String(body.channel ?? '');
        if (!channel || (opts.strictChannels && !channels.has(channel)))
          return { ok: false, error: 'channel_not_found' };
        if (!body.user) return { ok: false, error: 'user_not_in_channel' };
        return { ok: true, message_ts: `1700000000.${String(++tsCounter).padStart(6, '0')}` };
      }
      case 'users.info': {
        const user = users.get(String(body.user ?? ''));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            is_admin: false,
            is_owner: false,
            is_primary_owner: false,
            is_bot: false,
            name: user.id.toLowerCase(),
            team_id: teamId,
            ...user,
          },
        };
      }
      case 'conversations.info': {
        const channel = channels.get(String(body.channel ?? ''));
        if (!channel) return { ok: false, error: 'channel_not_found' };
        return {
          ok: true,
          channel: { name: channel.id.toLowerCase(), is_channel: true, is_archived: false, ...channel },
        };
      }
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        if (typeof body.filename !== 'string' || !body.filename || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: 'missing_argument' };
        if (typeof body.alt_txt === 'string' && body.alt_txt.length > ALT_TXT_MAX)
          return { ok: false, error: 'alt_txt_too_large' };
        const id = `F${String(++fileCounter).padStart(8, '0')}`;
        uploads.set(id, {
          id,
          filename: body.filename,
          length,
          ...(typeof body.alt_txt === 'string' && { alt_txt: body.alt_txt }),
          completed: false,
        });
        return { ok: true, upload_url: `${url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = Array.isArray(body.files) ? (body.files as { id?: string; title?: string }[]) : [];
        if (list.length === 0) return { ok: false, error: 'invalid_arguments' };
        const files = list.map((f) => uploads.get(String(f.id ?? '')));
        // Slack completes only files whose bytes arrived, in full, at their upload URL.
        if (files.some((f) => !f?.data || f.data.length !== f.length)) return { ok: false, error: 'file_not_found' };
        const channel = typeof body.channel_id === 'string' ? body.channel_id : undefined;
        if (channel) {
          const known = channels.get(channel);
          if (opts.strictChannels && !known) return { ok: false, error: 'channel_not_found' };
          if (known?.is_archived) return { ok: false, error: 'is_archived' };
          if (known?.is_member === false) return { ok: false, error: 'not_in_channel' };
        }
        list.forEach((f, i) => {
          const file = files[i]!;
          file.completed = true;
          if (typeof f.title === 'string') file.title = f.title;
          if (channel) file.channel = channel;
          if (typeof body.thread_ts === 'string') file.thread_ts = body.thread_ts;
        });
        return { ok: true, files: files.map((f) => ({ id: f!.id, title: f!.title ?? f!.filename })) };
      }
      case 'apps.connections.open':
        return socketModeUrl ? { ok: true, url: socketModeUrl } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const bytes = await buffer(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const uploadMatch = /^\/upload\/([\w]+)$/.exec(path);
    if (uploadMatch && req.method === 'POST') return receiveUpload(uploadMatch[1]!, bytes, req, res);
    const raw = bytes.toString('utf8');
    const body = parseBody(raw, req.headers['content-type']);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(path);
    const responseMatch = /^\/response\/([^/]+)$/.exec(path);
    if (req.method !== 'POST' || (!apiMatch && !responseMatch)) {
      res.writeHead(404).end();
      return;
    }
    const method = apiMatch ? apiMatch[1]! : 'response_url';
    const call: FakeCall = { method, body, headers: req.headers, status: 200, at: Date.now() };
    if (responseMatch) call.responseId = decodeURIComponent(responseMatch[1]!);

    const fault = takeFault(method);
    if (fault?.hangMs) await new Promise((r) => setTimeout(r, fault.hangMs));
    if (res.destroyed || req.socket.destroyed) {
      call.status = 0;
      record(call);
      return;
    }
    if (fault?.status) {
      call.status = fault.status;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.status === 429) headers['retry-after'] = String(fault.retryAfterSeconds ?? 1);
      record(call);
      res
        .writeHead(fault.status, headers)
        .end(JSON.stringify({ ok: false, error: fault.status === 429 ? 'ratelimited' : 'fatal_error' }));
      return;
    }
    if (fault?.error) {
      call.error = fault.error;
      record(call);
      sendJson(res, { ok: false, error: fault.error });
      return;
    }
    if (responseMatch) {
      record(call);
      sendJson(res, { ok: true });
      return;
    }
    const token = tokenOf(req, body);
    const installed = token ? byToken.get(token) : undefined;
    if (token) call.token = token;
    if (installed) call.teamId = installed.teamId;
    const denied = authError(req, method, body);
    const result = denied
      ? { ok: false, error: denied }
      : method === 'oauth.v2.access'
        ? exchange(req, body)
        : api(method, body, installed);
    if (result.ok === false) call.error = String(result.error);
    record(call);
    sendJson(res, result);
  };

  /** An upload URL: raw bytes, or multipart with the bytes in a `file` field, as Slack accepts both. */
  const receiveUpload = async (id: string, bytes: Buffer, req: IncomingMessage, res: ServerResponse) => {
    const file = uploads.get(id);
    const call: FakeCall = {
      method: 'upload',
      body: { file_id: id, bytes: bytes.length },
      headers: req.headers,
      status: 200,
      at: Date.now(),
    };
    const fault = takeFault('upload');
    if (!file || fault?.status) {
      call.status = fault?.status ?? 404;
      record(call);
      res.writeHead(call.status).end();
      return;
    }
    const type = req.headers['content-type'] ?? '';
    let data = bytes;
    if (type.startsWith('multipart/form-data')) {
      const part = (await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData()).get(
        'file',
      );
      data = part && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : Buffer.alloc(0);
    }
    file.data = data;
    record(call);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${data.length}`);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    apiUrl: `${url}/api/`,
    botUserId,
    botId,
    teamId,
    responseUrl: (id) => `${url}/response/${encodeURIComponent(id)}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    messages: (channel) => posted.filter((m) => channel === undefined || m.channel === channel),
    responses: (id) => calls.filter((c) => c.method === 'response_url' && c.responseId === id).map((c) => c.body),
    files: (channel) =>
      [...uploads.values()].filter(
        (f) => f.completed && f.channel !== undefined && (channel === undefined || f.channel === channel),
      ),
    addUser: (user) => void users.set(user.id, user),
    addChannel: (channel) => void channels.set(channel.id, channel),
    setSocketModeUrl: (url) => void (socketModeUrl = url),
    failNext: (fault) => void faults.push(fault),
    faultsPending: (method) =>
      faults.filter((f) => !method || f.method === method).reduce((n, f) => n + (f.times ?? 1), 0),
    approveInstall(team, teamName = `Workspace ${team}`) {
      const code = `code-${team}-${randomBytes(6).toString('hex')}`;
      codes.set(code, { teamId: team, teamName });
      return code;
    },
    installs,
    revokeTokens(team) {
      const install = installs.get(team);
      if (install) install.revoked = true;
    },
    waitFor(match, timeoutMs = 3000) {
      const hit = calls.find(match);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (c: FakeCall) => (clearTimeout(timer), resolve(c)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `fake Slack: no matching call within ${timeoutMs} ms (received: ${calls.map((c) => c.method).join(', ') || 'nothing'})`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    reset() {
      calls.length = 0;
      posted.length = 0;
      faults.length = 0;
      uploads.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenOf(req: IncomingMessage, body: Record<string, unknown>): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7) : typeof body.token === 'string' ? body.token : undefined;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : { value: parsed };
    } catch {
      return { raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // Left as the string Slack would have refused.
      }
    }
    out[key] = value;
  }
  return out;
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
