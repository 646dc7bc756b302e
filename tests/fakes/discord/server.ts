import { buffer } from 'node:stream/consumers';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A loopback fake of Discord: REST under /api/v10 and a gateway WebSocket, enough for the real
 * discord.js Client to log in, receive dispatches and answer them. It records every request so
 * tests can assert on the wire bodies (JSON, or multipart/form-data with payload_json and
 * files[n] when a message uploads a picture), and it can inject faults (429, 5xx, 403, 404, a hang).
 *
 * Sharding as Discord does it: IDENTIFY may carry `shard: [shard_id, shard_count]`; READY and
 * GUILD_CREATE then cover only that shard's guilds, and every guild event goes only to the
 * connection of shard `(guild_id >> 22) % shard_count`. Events without a guild (DMs) go to shard 0.
 */

const API_VERSION = '10';

export interface RecordedRequest {
  method: string;
  /** Decoded path below /api/v10, without the query: `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (undefined for no body); for a multipart upload, its payload_json. */
  body: unknown;
  /** Files of a multipart/form-data upload (fields files[n]), as Discord receives them. */
  files?: RecordedFile[];
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

interface RecordedFile {
  /** The form field: files[0], files[1], … */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

interface Fault {
  method?: string;
  /** Matches when the decoded path (below /api/v10) starts with this. */
  pathPrefix?: string;
  status: number;
  body?: unknown;
  /** For 429: seconds in Retry-After, `retry_after` and X-RateLimit-Reset-After. */
  retryAfterSeconds?: number;
  /** For 429: a global limit (X-RateLimit-Global). */
  global?: boolean;
  /** Do not answer for this long (a request that hangs; the client's timeout should fire). */
  hangMs?: number;
  /** How many matching requests this fault applies to (default 1). */
  times?: number;
  /** Create the message first, then answer with the fault: a post that landed although the client saw a failure. */
  afterCommit?: boolean;
}

interface PostedMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: unknown[];
  body: Record<string, unknown>;
  /** Files uploaded with the message. */
  files: RecordedFile[];
  /** The attachment objects Discord made of them (url, size, description). */
  attachments: Record<string, unknown>[];
}

interface StoredCommand extends Record<string, unknown> {
  id: string;
  name: string;
}

interface FakeGuild {
  id: string;
  /** Text channels of the guild. */
  channelIds: string[];
}

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  botUsername?: string;
  guildId?: string;
  /** Text channels that exist in the guild. */
  channelIds?: string[];
  /** More guilds the bot is in (after the one above). */
  guilds?: FakeGuild[];
  /** What GET /gateway/bot recommends as the shard count (default 1). */
  recommendedShards?: number;
  /** session_start_limit.max_concurrency: shards that may IDENTIFY at once (default 1; discord.js waits 5 s between the rest). */
  maxConcurrency?: number;
  heartbeatIntervalMs?: number;
  /** Commands Discord already has (global scope), as it would return them. */
  globalCommands?: Record<string, unknown>[];
}

interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

interface InteractionInit {
  /** 2 = application command, 4 = autocomplete. */
  type: 2 | 4;
  /** The guild it happens in (default: the first guild); its first channel unless channelId says otherwise. */
  guildId?: string;
  data: Record<string, unknown>;
  user?: FakeUser;
  /** Member permission bitfield as a decimal string; guild interactions only. Default: none beyond viewing. */
  permissions?: string;
  /** A DM interaction: no guild, no member. */
  dm?: boolean;
  channelId?: string;
  /** The user's client language (default en-US). */
  locale?: string;
}

interface SentInteraction {
  id: string;
  token: string;
  /** Resolves with the first callback request for this interaction. */
  callback: Promise<RecordedRequest>;
}

interface MessageInit {
  content: string;
  author?: FakeUser;
  /** Users the message mentions (Discord fills this from `<@id>` in content). */
  mentions?: FakeUser[];
  dm?: boolean;
  guildId?: string;
  channelId?: string;
}

/** One gateway event sent to one connection. */
interface Dispatched {
  event: string;
  /** The `id` of the dispatched object (an interaction's or a message's id). */
  id?: string;
  guildId?: string;
  /** The connection's shard: [shard_id, shard_count]. */
  shard: [number, number];
}

export interface FakeDiscord {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId: string;
  /** Every REST request received, in order. */
  readonly requests: RecordedRequest[];
  /** Messages created in each channel (POST /channels/{id}/messages), in order. */
  readonly messages: Map<string, PostedMessage[]>;
  /** Registered commands per scope: 'global' or a guild id. */
  readonly commands: Map<string, StoredCommand[]>;
  /** IDENTIFY payloads received. */
  readonly identifies: Record<string, unknown>[];
  /** Every guild the bot is in, the default one first. */
  readonly guilds: readonly FakeGuild[];
  /** Every event sent to a connection, with that connection's shard. */
  readonly dispatched: Dispatched[];
  failNext(fault: Fault): void;
  /** Make a channel answer 404 Unknown Channel ('gone') or 403 Missing Access ('forbidden'), or exist again ('ok'). */
  setChannelState(channelId: string, state: 'ok' | 'gone' | 'forbidden'): void;
  /** Resolves once `count` connections (default 1) have identified and been sent READY. */
  waitForReady(timeoutMs?: number, count?: number): Promise<void>;
  /** Resolves with the first recorded request (past or future) matching the predicate. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  dispatch(event: string, data: unknown): void;
  sendInteraction(init: InteractionInit): SentInteraction;
  sendMessage(init: MessageInit): { id: string };
  newId(): string;
  close(): Promise<void>;
}

let idCounter = 0n;
function snowflake(): string {
  // Monotonic, 19 digits, unique across fakes in one process.
  idCounter += 1n;
  return String(1_300_000_000_000_000_000n + BigInt(Date.now() % 1_000_000) * 1_000_000n + idCounter);
}

/** The shard Discord routes a guild's events to: (guild_id >> 22) % shard_count. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild id (a valid snowflake) that lands on `shard` of `shardCount`; `n` tells several apart. */
export function guildIdOnShard(shard: number, shardCount: number, n = 0): string {
  // The timestamp part (above bit 22) decides the shard; the low bits keep ids unique.
  const base = 1_300_000_000_000n + BigInt(n) * BigInt(shardCount);
  const stamp = base - (base % BigInt(shardCount)) + BigInt(shard);
  return String((stamp << 22n) | BigInt(n & 0xfff));
}

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = opts.applicationId ?? '1100000000000000001';
  const botUser: FakeUser = {
    id: opts.botUserId ?? applicationId,
    username: opts.botUsername ?? 'SCO Briefing',
    bot: true,
    global_name: null,
  };
  const guildId = opts.guildId ?? '1100000000000000002';
  const channelIds = opts.channelIds ?? ['1100000000000000003'];
  const channelId = channelIds[0]!;
  const guilds: FakeGuild[] = [{ id: guildId, channelIds }, ...(opts.guilds ?? [])];
  const guildOfChannel = new Map(guilds.flatMap((g) => g.channelIds.map((c) => [c, g.id] as const)));
  const dmChannelId = '1100000000000000009';
  const heartbeatInterval = opts.heartbeatIntervalMs ?? 41_250;
  const defaultUser: FakeUser = { id: '1100000000000000100', username: 'asker', global_name: 'Asker' };

  const requests: RecordedRequest[] = [];
  const messages = new Map<string, PostedMessage[]>();
  const commands = new Map<string, StoredCommand[]>();
  const identifies: Record<string, unknown>[] = [];
  const faults: Fault[] = [];
  const channelState = new Map<string, 'gone' | 'forbidden'>();
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const readyWaiters: (() => void)[] = [];
  let readyCount = 0;
  const sockets = new Set<WebSocket>();
  /** Identified connections and the shard each asked for. */
  const identified = new Map<WebSocket, [number, number]>();
  const dispatched: Dispatched[] = [];
  const hanging = new Set<ServerResponse>();
  let seq = 0;
  let commandVersion = 1n;

  if (opts.globalCommands)
    commands.set(
      'global',
      opts.globalCommands.map((c) => asStored(c)),
    );

  function asStored(def: Record<string, unknown>, scope?: string): StoredCommand {
    // Discord echoes the definition with its own fields added (and defaults filled in).
    commandVersion += 1n;
    return {
      type: 1,
      nsfw: false,
      default_member_permissions: null,
      dm_permission: true,
      contexts: null,
      integration_types: [0],
      description_localizations: null,
      name_localizations: null,
      ...def,
      id: typeof def.id === 'string' ? def.id : snowflake(),
      application_id: applicationId,
      version: String(commandVersion),
      ...(scope && scope !== 'global' && { guild_id: scope }),
      name: String(def.name),
    };
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { message: String(err), code: 0 });
    });
  });
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const gatewayUrl = `ws://127.0.0.1:${port}`;

  function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    const text = JSON.stringify(body);
    res
      .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
      .end(text);
  }

  /** Creates a channel message, or, like Discord, returns the earlier one when `enforce_nonce` repeats a nonce. */
  function createMessage(
    channel: string,
    b: Record<string, unknown>,
    files: RecordedFile[] = [],
  ): Record<string, unknown> {
    const list = messages.get(channel) ?? [];
    if (b.enforce_nonce === true && b.nonce !== undefined) {
      const earlier = list.find((p) => p.body.nonce === b.nonce);
      if (earlier) return messageObject(channel, earlier.body, { id: earlier.id, ...guildOf(channel) }, earlier.files);
    }
    const message = messageObject(channel, b, guildOf(channel), files);
    list.push({
      id: String(message.id),
      channel_id: channel,
      content: String(message.content),
      embeds: message.embeds as unknown[],
      body: b,
      files,
      attachments: message.attachments as Record<string, unknown>[],
    });
    messages.set(channel, list);
    return message;
  }

  function guildOf(channel: string): { guild_id?: string } {
    if (channel === dmChannelId) return {};
    return { guild_id: guildOfChannel.get(channel) ?? guildId };
  }

  /**
   * What Discord makes of uploaded files: an attachment per files[n], matched to the body's
   * `attachments` entry with id n (filename, description), and embeds' attachment://name
   * references replaced by the attachment's URL, as Discord does.
   */
  function attach(
    body: Record<string, unknown>,
    files: RecordedFile[],
  ): { attachments: Record<string, unknown>[]; embeds: unknown[] } {
    const declared = Array.isArray(body.attachments) ? (body.attachments as Record<string, unknown>[]) : [];
    const attachments = files.map((f) => {
      const index = /^files\[(\d+)\]$/.exec(f.field)?.[1];
      const meta = declared.find((a) => String(a.id) === index) ?? {};
      const filename = typeof meta.filename === 'string' ? meta.filename : f.filename;
      const id = snowflake();
      return {
        id,
        filename,
        size: f.data.length,
        url: `https://cdn.fake-discord.test/attachments/${id}/${filename}`,
        proxy_url: `https://media.fake-discord.test/attachments/${id}/${filename}`,
        content_type: f.contentType,
        ...(typeof meta.description === 'string' && { description: meta.description }),
      };
    });
    const byName = new Map(attachments.map((a) => [`attachment://${a.filename}`, a.url]));
    const embeds = (Array.isArray(body.embeds) ? body.embeds : []).map((e) => {
      const embed = e as { image?: { url?: string } };
      const url = embed.image?.url ? byName.get(embed.image.url) : undefined;
      return url ? { ...embed, image: { ...embed.image, url, proxy_url: url } } : embed;
    });
    return { attachments, embeds };
  }

  function takeFault(r: RecordedRequest): Fault | undefined {
    const i = faults.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === r.method) && (!f.pathPrefix || r.path.startsWith(f.pathPrefix)),
    );
    if (i < 0) return undefined;
    const fault = faults[i]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) faults.splice(i, 1);
    return fault;
  }

  function messageObject(
    channel: string,
    body: Record<string, unknown>,
    extra: Record<string, unknown> = {},
    files: RecordedFile[] = [],
  ): Record<string, unknown> {
    const { attachments, embeds } = attach(body, files);
    return {
      id: snowflake(),
      type: 0,
      channel_id: channel,
      author: { ...botUser, discriminator: '0', avatar: null },
      content: typeof body.content === 'string' ? body.content : '',
      embeds,
      attachments,
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...extra,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const prefix = `/api/v${API_VERSION}`;
    const { body, files } = await readBody(req);
    const path = url.pathname.startsWith(prefix)
      ? decodeURIComponent(url.pathname.slice(prefix.length))
      : decodeURIComponent(url.pathname);
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      ...(files.length > 0 && { files }),
      headers: req.headers,
      at: Date.now(),
    };
    requests.push(record);
    for (const w of [...waiters]) {
      if (w.match(record)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(record);
      }
    }
    if (!url.pathname.startsWith(prefix)) return json(res, 404, { message: '404: Not Found', code: 0 });

    const fault = takeFault(record);
    if (fault) {
      const landed = fault.afterCommit ? /^\/channels\/(\d+)\/messages$/.exec(record.path) : null;
      if (landed && record.method === 'POST') createMessage(landed[1]!, (body ?? {}) as Record<string, unknown>, files);
      if (fault.hangMs !== undefined) {
        hanging.add(res);
        await new Promise((r) => setTimeout(r, fault.hangMs));
        hanging.delete(res);
        if (res.destroyed || res.writableEnded) return;
      }
      if (fault.status === 429) {
        const after = fault.retryAfterSeconds ?? 0.05;
        return json(
          res,
          429,
          fault.body ?? { message: 'You are being rate limited.', retry_after: after, global: Boolean(fault.global) },
          {
            'retry-after': String(after),
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(after),
            'x-ratelimit-bucket': 'fakebucket',
            'x-ratelimit-scope': fault.global ? 'global' : 'user',
            ...(fault.global && { 'x-ratelimit-global': 'true' }),
          },
        );
      }
      return json(res, fault.status, fault.body ?? defaultErrorBody(fault.status));
    }

    const auth = req.headers.authorization;
    const needsAuth = !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
    if (needsAuth && !auth) return json(res, 401, { message: '401: Unauthorized', code: 0 });

    const m = (re: RegExp) => re.exec(path);
    let match: RegExpExecArray | null;

    if (record.method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      return json(res, 200, {
        url: gatewayUrl,
        shards: opts.recommendedShards ?? 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: opts.maxConcurrency ?? 1,
        },
      });
    }
    if (record.method === 'GET' && path === '/users/@me')
      return json(res, 200, { ...botUser, discriminator: '0', avatar: null });

    if ((match = m(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const scope = match[2] ?? 'global';
      if (record.method === 'GET') return json(res, 200, commands.get(scope) ?? []);
      if (record.method === 'PUT' && Array.isArray(body)) {
        const stored = (body as Record<string, unknown>[]).map((c) => asStored(c, scope));
        commands.set(scope, stored);
        return json(res, 200, stored);
      }
    }

    if ((match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && record.method === 'POST') {
      return record.query.with_response === 'true'
        ? json(res, 200, { interaction: { id: match[1], type: 2 }, resource: null })
        : json(res, 204, undefined);
    }

    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/))) {
      const b = (body ?? {}) as Record<string, unknown>;
      if (record.method === 'PATCH' || record.method === 'GET')
        return json(res, 200, messageObject(channelId, b, { webhook_id: match[1] }, files));
      if (record.method === 'DELETE') return json(res, 204, undefined);
    }
    if ((match = m(/^\/webhooks\/(\d+)\/([^/]+)$/)) && record.method === 'POST') {
      return json(
        res,
        200,
        messageObject(channelId, (body ?? {}) as Record<string, unknown>, { webhook_id: match[1] }, files),
      );
    }

    if ((match = m(/^\/channels\/(\d+)\/messages$/)) && record.method === 'POST') {
      const channel = match[1]!;
      const state = channelState.get(channel);
      if (state === 'gone') return json(res, 404, { message: 'Unknown Channel', code: 10003 });
      if (state === 'forbidden') return json(res, 403, { message: 'Missing Access', code: 50001 });
      return json(res, 200, createMessage(channel, (body ?? {}) as Record<string, unknown>, files));
    }
    if ((match = m(/^\/channels\/(\d+)$/)) && record.method === 'GET') {
      const channel = match[1]!;
      if (channel === dmChannelId)
        return json(res, 200, { id: channel, type: 1, recipients: [defaultUser], last_message_id: null });
      if (channelState.get(channel) === 'gone') return json(res, 404, { message: 'Unknown Channel', code: 10003 });
      return json(res, 200, textChannel(channel));
    }

    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  function textChannel(id: string): Record<string, unknown> {
    return {
      id,
      type: 0,
      guild_id: guildOfChannel.get(id) ?? guildId,
      name: `channel-${id.slice(-4)}`,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    };
  }

  function send(ws: WebSocket, payload: Record<string, unknown>): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  function guildCreate(guild: FakeGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: `Fake Guild ${guild.id.slice(-4)}`,
      icon: null,
      owner_id: '1100000000000000999',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          permissions: '1024',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: guild.channelIds.map(textChannel),
      threads: [],
      members: [
        {
          user: { ...botUser, discriminator: '0', avatar: null },
          roles: [],
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
      ],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => {
      sockets.delete(ws);
      identified.delete(ws);
    });
    ws.on('message', (data) => {
      let payload: { op: number; d: unknown };
      try {
        payload = JSON.parse(String(data)) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (payload.op === 1) return send(ws, { op: 11 });
      if (payload.op === 2) {
        const identify = payload.d as Record<string, unknown>;
        identifies.push(identify);
        const shard = validShard(identify.shard);
        if (!shard) {
          ws.close(4010, 'Invalid shard');
          return;
        }
        identified.set(ws, shard);
        const own = guilds.filter((g) => shardForGuild(g.id, shard[1]) === shard[0]);
        send(ws, {
          op: 0,
          t: 'READY',
          s: ++seq,
          d: {
            v: 10,
            user: { ...botUser, discriminator: '0', avatar: null, verified: true, flags: 0, mfa_enabled: false },
            guilds: own.map((g) => ({ id: g.id, unavailable: true })),
            session_id: `fake-session-${seq}`,
            resume_gateway_url: gatewayUrl,
            application: { id: applicationId, flags: 0 },
            shard,
            private_channels: [],
            relationships: [],
            user_settings: {},
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
          },
        });
        for (const g of own) send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guildCreate(g) });
        readyCount++;
        for (const r of readyWaiters.splice(0)) r();
        return;
      }
      if (payload.op === 6) {
        // A resumed session keeps the shard it identified with; a fake has only one shard per socket here.
        if (!identified.has(ws)) identified.set(ws, [0, 1]);
        send(ws, { op: 0, t: 'RESUMED', s: ++seq, d: {} });
      }
    });
    send(ws, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
  });

  /** Discord's rule: a guild's events go to its shard's connection; the rest (DMs) to shard 0. */
  function dispatch(event: string, data: unknown): void {
    const d = (data ?? {}) as { guild_id?: unknown; id?: unknown };
    const guild = typeof d.guild_id === 'string' ? d.guild_id : undefined;
    for (const [ws, shard] of identified) {
      const target = guild ? shardForGuild(guild, shard[1]) : 0;
      if (target !== shard[0]) continue;
      dispatched.push({
        event,
        shard,
        ...(typeof d.id === 'string' && { id: d.id }),
        ...(guild && { guildId: guild }),
      });
      send(ws, { op: 0, t: event, s: ++seq, d: data });
    }
  }

  function userObject(u: FakeUser): Record<string, unknown> {
    return {
      id: u.id,
      username: u.username,
      global_name: u.global_name ?? null,
      discriminator: '0',
      avatar: null,
      ...(u.bot && { bot: true }),
    };
  }

  function waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (r: RecordedRequest) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.push(waiter);
    });
  }

  const fake: FakeDiscord = {
    apiUrl,
    gatewayUrl,
    applicationId,
    botUser,
    guildId,
    channelId,
    dmChannelId,
    requests,
    messages,
    commands,
    identifies,
    guilds,
    dispatched,
    failNext: (fault) => void faults.push({ ...fault }),
    setChannelState: (id, state) => void (state === 'ok' ? channelState.delete(id) : channelState.set(id, state)),
    waitForReady: (timeoutMs = 10_000, count = 1) =>
      readyCount >= count
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`fake Discord: ${readyCount} of ${count} IDENTIFY in time`)),
              timeoutMs,
            );
            const check = () => {
              if (readyCount < count) return void readyWaiters.push(check);
              clearTimeout(timer);
              resolve();
            };
            readyWaiters.push(check);
          }),
    waitForRequest,
    dispatch,
    newId: snowflake,
    sendInteraction(init) {
      const id = snowflake();
      const token = `itoken-${id}`;
      const user = init.user ?? defaultUser;
      const guild = guilds.find((g) => g.id === (init.guildId ?? guildId)) ?? guilds[0]!;
      const channel = init.channelId ?? (init.dm ? dmChannelId : guild.channelIds[0]!);
      const callback = waitForRequest(
        (r) => r.method === 'POST' && r.path === `/interactions/${id}/${token}/callback`,
        10_000,
      );
      // Avoid an unhandled rejection when a test does not await the callback.
      callback.catch(() => {});
      dispatch('INTERACTION_CREATE', {
        id,
        application_id: applicationId,
        type: init.type,
        token,
        version: 1,
        data: init.data,
        channel_id: channel,
        channel: init.dm ? { id: channel, type: 1, recipients: [userObject(user)] } : { ...textChannel(channel) },
        ...(init.dm
          ? { user: userObject(user), context: 1 }
          : {
              guild_id: guild.id,
              guild_locale: 'en-US',
              context: 0,
              member: {
                user: userObject(user),
                roles: [],
                joined_at: new Date().toISOString(),
                deaf: false,
                mute: false,
                flags: 0,
                permissions: init.permissions ?? '1024',
              },
            }),
        app_permissions: '19456',
        locale: init.locale ?? 'en-US',
        entitlements: [],
        authorizing_integration_owners: { '0': guild.id },
      });
      return { id, token, callback };
    },
    sendMessage(init) {
      const id = snowflake();
      const author = init.author ?? defaultUser;
      const guild = guilds.find((g) => g.id === (init.guildId ?? guildId)) ?? guilds[0]!;
      const channel = init.channelId ?? (init.dm ? dmChannelId : guild.channelIds[0]!);
      dispatch('MESSAGE_CREATE', {
        id,
        type: 0,
        channel_id: channel,
        ...(init.dm
          ? { channel_type: 1 }
          : {
              guild_id: guild.id,
              channel_type: 0,
              member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
            }),
        author: userObject(author),
        content: init.content,
        embeds: [],
        attachments: [],
        components: [],
        mentions: (init.mentions ?? []).map(userObject),
        mention_roles: [],
        mention_everyone: false,
        pinned: false,
        tts: false,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        flags: 0,
      });
      return { id };
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/**
 * A request body as Discord reads it: JSON, or multipart/form-data whose payload_json field is the
 * JSON and whose files[n] fields are uploads (what discord.js sends when a message has files).
 */
async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const raw = await buffer(req);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // The platform's own multipart parser (undici's), not a hand-written one.
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown;
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as unknown;
        continue;
      }
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: text ? (JSON.parse(text) as unknown) : undefined, files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function defaultErrorBody(status: number): Record<string, unknown> {
  switch (status) {
    case 401:
      return { message: '401: Unauthorized', code: 0 };
    case 403:
      return { message: 'Missing Permissions', code: 50013 };
    case 404:
      return { message: 'Unknown Channel', code: 10003 };
    default:
      return { message: `${status}: Fake error`, code: 0 };
  }
}

/** IDENTIFY's `shard`: absent means the one shard of one; anything else must be [id, count] with id < count. */
function validShard(value: unknown): [number, number] | undefined {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (
    !Number.isInteger(id) ||
    !Number.isInteger(count) ||
    (count as number) < 1 ||
    (id as number) < 0 ||
    (id as number) >= (count as number)
  )
    return undefined;
  return [id as number, count as number];
}
