import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ErrorCode as OAuthErrorCode } from '@slack/oauth';
import type { AddressInfo } from 'node:net';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { CommandContext, Services } from '../../../commands/types.js';
import type { Logger } from '../../base/log.js';
import { noTelemetry, type Telemetry } from '../../base/telemetry.js';
import type { Reply } from '../../reply/model.js';
import { createAdminCheck } from './admin.js';
import { boltLogger } from './bolt-logger.js';
import { slackClientOptions, type WebClient } from './client.js';
import { cleanInput, questionFromMention } from './input.js';
import { postArgs } from './poster.js';
import { createAfterAckQueue } from './after-ack.js';
import { renderSlack, type SlackMessage } from './render.js';
import { escapeSlack } from './escape.js';
import { createSlackFetch } from './http-fetch.js';
import { createSeenEvents } from './seen-events.js';
import type { SeenKeys } from './types.js';
import { splitCommand } from '../../../commands/parse-text.js';
import { uploadImage } from './upload.js';
import { createSlackDigestPoster } from './sharded-poster.js';
import { DeliveryError, type ChannelPoster } from '../../briefing/types.js';
import type { TokenFor } from './poster.js';
import {
  boltInstallationStore,
  singleUseStateStore,
  workspaceKey,
  type SlackInstallations,
  type WorkspaceRef,
} from './installations.js';

/**
 * The Slack adapter: Bolt receives `/sco …` slash commands, mentions and direct messages,
 * the registry answers, and the reply goes back as Block Kit. Bolt verifies every request's
 * signature and its 5-minute timestamp window; nothing here re-implements that.
 */

export const SLASH_COMMAND = '/sco';
export const EVENTS_PATH = '/slack/events';
/** Multi-workspace mode: the "Add to Slack" page, and where Slack sends the installer back. */
const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
/** The bot scopes an install asks for: what the adapter uses, and what slack-manifest.json declares. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'files:write',
  'app_mentions:read',
  'im:history',
  'im:read',
  'users:read',
  'channels:read',
  'groups:read',
];

/** Multi-workspace mode (SLACK_CLIENT_ID): Bolt's OAuth installer, and a token per workspace from the installations. */
interface SlackOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` (SLACK_STATE_SECRET). */
  stateSecret: string;
  installations: SlackInstallations;
}

export interface SlackAdapterOptions {
  registry: CommandRegistry;
  services: Services;
  logger: Logger;
  /** Single-workspace mode (SLACK_BOT_TOKEN); exactly one of botToken and oauth. */
  botToken?: string;
  oauth?: SlackOAuthOptions;
  /**
   * Slack says the app left a workspace (app_uninstalled, or its bot token revoked): its tokens are
   * already forgotten here; the wiring pauses what posts there, with the reason.
   */
  onWorkspaceGone?: (workspace: WorkspaceRef, reason: string) => Promise<void>;
  /** HTTP mode: verifies each request. */
  signingSecret?: string;
  /** Socket Mode instead of HTTP when set. */
  appToken?: string;
  /** Web API base (SLACK_API_URL). */
  apiUrl?: string;
  adminCacheMs?: number;
  /** Web API request timeout. */
  timeoutMs?: number;
  /** Ack and reply latency of slash commands, for /metrics. */
  telemetry?: Telemetry;
  /** How long one respond() may take before it is given up (a hung response_url must not hold the reply queue). */
  respondTimeoutMs?: number;
  /** Event ids and admin-command trigger ids already acted on; in memory when absent (src/wiring provides the shared one). */
  seen?: SeenKeys;
  /** Bounds of the after-ack reply queue. */
  afterAck?: { maxInFlight?: number; maxQueued?: number };
}

/** Slack refuses requests older than five minutes (Bolt checks that); one from as far in the future is as suspect. */
const MAX_FUTURE_SECONDS = 5 * 60;

export interface SlackAdapter {
  app: App;
  client: WebClient;
  /** Scheduled digests: chat.postMessage spread over several WebClients (see sharded-poster.ts). */
  poster: ChannelPoster;
  /** HTTP mode: listens on host:port and resolves with the events URL (and the install page's, with OAuth); Socket Mode: connects. */
  start(listen?: { port: number; host?: string }): Promise<{ eventsUrl?: string; installUrl?: string }>;
  /** Started and still able to take requests: the HTTP receiver listening, or the Socket Mode connection open (readiness). */
  connected(): boolean;
  stop(): Promise<void>;
}

export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const logger = boltLogger(opts.logger);
  const socketMode = Boolean(opts.appToken);
  if (!socketMode && !opts.signingSecret)
    throw new Error(
      'Slack: SLACK_SIGNING_SECRET is required for the HTTP receiver (or SLACK_APP_TOKEN for Socket Mode)',
    );
  if (Boolean(opts.botToken) === Boolean(opts.oauth))
    throw new Error('Slack: give either a bot token (one workspace) or the OAuth settings (many), not both');
  if (opts.oauth && socketMode) throw new Error('Slack: OAuth installs need the HTTP receiver, not Socket Mode');
  const { oauth } = opts;
  const http = createSlackFetch({ timeoutMs: opts.respondTimeoutMs ?? RESPOND_TIMEOUT_MS });
  const clientOptions = {
    ...slackClientOptions({
      ...(opts.apiUrl && { apiUrl: opts.apiUrl }),
      ...(opts.timeoutMs && { timeoutMs: opts.timeoutMs }),
      logger,
    }),
    fetch: http.fetch,
  };
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: opts.signingSecret!,
        endpoints: EVENTS_PATH,
        processBeforeResponse: false,
        logger,
        // Multi-workspace mode: Bolt's installer serves /slack/install and /slack/oauth_redirect on this receiver.
        ...(oauth && {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          scopes: BOT_SCOPES,
          installationStore: boltInstallationStore(oauth.installations, (ref) =>
            opts.logger.info({ workspace: workspaceKey(ref) }, 'slack workspace installed'),
          ),
          installerOptions: {
            stateStore: singleUseStateStore(oauth.stateSecret, oauth.installations),
            installPath: INSTALL_PATH,
            redirectUriPath: OAUTH_REDIRECT_PATH,
            callbackOptions: { failure: installFailed(opts.logger) },
            // The code exchange and the new token's auth.test go to SLACK_API_URL like every other call.
            clientOptions,
          },
        }),
      });
  if (receiver) {
    const handle = receiver.requestListener;
    receiver.requestListener = (req, res) => {
      const stamp = Number(req.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp - Date.now() / 1000 > MAX_FUTURE_SECONDS) {
        opts.logger.warn({ timestamp: stamp }, 'slack request refused: timestamp in the future');
        res.writeHead(401).end();
        return;
      }
      handle(req, res);
    };
  }
  const app = new App({
    ...(opts.botToken && { token: opts.botToken }),
    logger,
    // Bolt would otherwise call auth.test from its constructor, where a refusal is an unhandled rejection; start() runs it.
    deferInitialization: true,
    // No conversation state is kept; Bolt's default store costs a rejected lookup (an Error) per request.
    convoStore: false,
    clientOptions,
    ...(socketMode
      ? { socketMode: true, appToken: opts.appToken! }
      : // Ack goes out as soon as ack() is called; the work happens after (processBeforeResponse false).
        { receiver: receiver! }),
  });
  const admin = createAdminCheck({
    ...(opts.adminCacheMs !== undefined && { ttlMs: opts.adminCacheMs }),
    onError: (err) => opts.logger.warn({ err }, 'slack admin lookup failed'),
  });
  // `client` is Bolt's for this request: it carries the token of the workspace the request came from.
  const context = (
    userId: string,
    channelId: string,
    teamId: string | undefined,
    client: WebClient,
  ): CommandContext => ({
    platform: 'slack',
    userId,
    channelId,
    ...(teamId && { workspaceId: teamId }),
    canAdminister: () => admin.canAdminister(client, teamId, userId, channelId),
    services: opts.services,
  });

  const replies = createAfterAckQueue({
    ...opts.afterAck,
    onError: (err) => opts.logger.warn({ err }, 'slack reply failed'),
    onDrop: (queued) => opts.logger.warn({ queued }, 'slack reply dropped: the reply queue is full'),
  });
  const seen = opts.seen ?? memorySeenKeys();
  const firstTime = async (key: string | undefined) => {
    if (!key) return true;
    try {
      return await seen.firstTime(key);
    } catch (err) {
      // Better to answer twice than never: a store that fails lets the request through.
      opts.logger.warn({ err }, 'slack seen-keys store failed');
      return true;
    }
  };

  const telemetry = opts.telemetry ?? noTelemetry;
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    const received = performance.now();
    await ack();
    telemetry.commandAck('slack', (performance.now() - received) / 1000);
    replies.run(async () => {
      const text = cleanInput(command.text ?? '');
      // An admin command replayed (the same trigger_id within its five minutes) runs once.
      if (
        opts.registry.get(splitCommand(text).name)?.adminOnly &&
        !(await firstTime(`trigger:${command.team_id}:${command.trigger_id}`))
      ) {
        opts.logger.warn({ command: splitCommand(text).name }, 'slack admin command replayed: ignored');
        return;
      }
      const reply = await opts.registry.runLine(
        text,
        context(command.user_id, command.channel_id, command.team_id, client),
      );
      for (const message of renderSlack(reply)) {
        await respond({ response_type: reply.ephemeral ? 'ephemeral' : 'in_channel', ...message });
      }
      telemetry.commandReply('slack', (performance.now() - received) / 1000);
      // A response_url carries no files: the picture is shared into the channel after the answer.
      if (reply.image && !reply.ephemeral) {
        try {
          await uploadImage(client, reply.image, { channel: command.channel_id, title: reply.title });
        } catch (err) {
          opts.logger.warn({ err, channel: command.channel_id }, 'slack picture upload failed');
          await respond({ response_type: 'ephemeral', ...pictureRefused(err) });
        }
      }
    });
  });

  const answerInThread = async (
    event: ThreadedEvent,
    question: string,
    teamId: string | undefined,
    client: WebClient,
  ) => {
    const ctx = context(event.user!, event.channel, teamId, client);
    const reply: Reply = question
      ? await opts.registry.run('ask', { question }, ctx)
      : await opts.registry.run('help', {}, ctx);
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      for (const message of renderSlack(reply)) {
        // Errors and refusals only for the asker, as with the slash command.
        if (reply.ephemeral)
          await client.chat.postEphemeral({ ...postArgs(event.channel, message), user: event.user!, thread_ts });
        else await client.chat.postMessage({ ...postArgs(event.channel, message), thread_ts });
      }
      if (reply.image && !reply.ephemeral)
        await uploadImage(client, reply.image, { channel: event.channel, threadTs: thread_ts, title: reply.title });
    } catch (err) {
      opts.logger.warn({ err }, 'slack reply in thread failed');
    }
  };

  // Slack redelivers an event it thinks we missed (X-Slack-Retry-Num); each is answered once, in any process.
  app.event('app_mention', async ({ event, context: bolt, client, body }) => {
    // In a direct message the message.im listener answers; a mention there must not answer twice.
    if (fromABot(event) || !event.user || event.channel.startsWith('D')) return;
    const question = questionFromMention(event.text, bolt.botUserId);
    replies.run(async () => {
      if (await firstTime(body.event_id && `event:${body.team_id}:${body.event_id}`))
        await answerInThread(event, question, body.team_id, client);
    });
  });

  app.event('message', async ({ event, context: bolt, client, body }) => {
    // Only what a person typed in a direct message with us: no edits, joins or bot posts.
    if (event.channel_type !== 'im' || event.subtype !== undefined || fromABot(event)) return;
    if (!('user' in event) || !event.user || event.user === bolt.botUserId) return;
    const question = questionFromMention(String(event.text ?? ''), bolt.botUserId);
    replies.run(async () => {
      if (await firstTime(body.event_id && `event:${body.team_id}:${body.event_id}`))
        await answerInThread(event as ThreadedEvent, question, body.team_id, client);
    });
  });

  // Slack sends these to every subscribed app; both mean this workspace's tokens no longer work.
  const gone = async (ref: WorkspaceRef, reason: string) => {
    const workspace = workspaceKey(ref);
    if (oauth && workspace) await oauth.installations.remove(workspace);
    await opts.onWorkspaceGone?.(ref, reason);
    opts.logger.info({ workspace, reason }, 'slack workspace gone');
  };
  app.event('app_uninstalled', async ({ context: bolt }) => {
    await gone(refOf(bolt), 'the app was uninstalled from this workspace');
  });
  app.event('tokens_revoked', async ({ event, context: bolt }) => {
    // Only the bot token matters to us; revoked user tokens (we ask for none) change nothing.
    if ((event.tokens.bot ?? []).length > 0) await gone(refOf(bolt), "this workspace revoked the app's access");
  });

  app.error(async (err) => {
    opts.logger.error({ err }, 'slack listener failed');
  });

  let receiving: () => boolean = () => false;
  return {
    app,
    client: app.client,
    connected: () => receiving(),
    poster: createSlackDigestPoster({
      ...(oauth ? { tokenFor: tokenFrom(oauth.installations) } : { token: opts.botToken! }),
      ...(opts.apiUrl && { apiUrl: opts.apiUrl }),
      logger,
      onImageFailure: (err, channel) =>
        opts.logger.warn({ err, channel }, "a digest's picture was not posted; the digest was"),
    }),
    async start(listen = { port: 3000 }) {
      try {
        // Single-workspace mode checks its token (auth.test); multi-workspace mode has none until a workspace installs.
        await app.init();
      } catch (err) {
        if (err instanceof webApi.WebAPIPlatformError) {
          throw new Error(
            `Slack refused SLACK_BOT_TOKEN (${err.data.error}); check the bot token on the app's OAuth & Permissions page`,
          );
        }
        throw new Error(
          `could not reach Slack's Web API to check the bot token: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      if (socketMode) {
        await app.start();
        // Bolt's Socket Mode receiver keeps its client private; its connection state is what readiness needs.
        const client = (app as unknown as { receiver?: { client?: { on(event: string, fn: () => void): void } } })
          .receiver?.client;
        let open = true;
        client?.on('connected', () => (open = true));
        client?.on('disconnected', () => (open = false));
        receiving = () => open;
        return {};
      }
      const server = (await app.start({ port: listen.port, host: listen.host ?? '0.0.0.0' })) as Server;
      receiving = () => server.listening;
      const { port } = server.address() as AddressInfo;
      const base = `http://${listen.host ?? '127.0.0.1'}:${port}`;
      return { eventsUrl: `${base}${EVENTS_PATH}`, ...(oauth && { installUrl: `${base}${INSTALL_PATH}` }) };
    },
    async stop() {
      receiving = () => false;
      await app.stop();
      // Replies already acked get a moment to go out.
      await Promise.race([replies.idle(), new Promise((r) => setTimeout(r, 5000).unref())]);
      await http.close();
    },
  };
}

/** respond() gives up after this: a response_url that never answers must not hold a reply slot. */
const RESPOND_TIMEOUT_MS = 10_000;

/** Seen keys kept in this process only (tests, the bench, a single process without a database). */
function memorySeenKeys(): SeenKeys {
  const events = createSeenEvents();
  return { firstTime: async (key) => !events.repeat(key) };
}

/** What the asker sees when the picture could not be shared: why, and what to do. */
function pictureRefused(err: unknown): SlackMessage {
  const code = err instanceof webApi.WebAPIPlatformError ? err.data.error : undefined;
  const why =
    code === 'not_in_channel' || code === 'channel_not_found'
      ? 'the bot is not in this channel: invite it, or ask in a direct message with it'
      : code === 'missing_scope'
        ? 'the app is not allowed to upload files yet (it needs the files:write scope; reinstall it from its manifest)'
        : 'the upload failed; please try again';
  const text = `The picture could not be posted here: ${why}.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escapeSlack(text), verbatim: true } }] };
}

function refOf(context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): WorkspaceRef {
  return {
    teamId: context.teamId,
    enterpriseId: context.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall,
  };
}

/** A subscription's workspace → its bot token; a workspace that has not installed the app gets a pause, not retries. */
function tokenFrom(installations: SlackInstallations): TokenFor {
  return async (workspaceId) => {
    const found = workspaceId ? await installations.find(workspaceKey({ teamId: workspaceId })!) : undefined;
    const token = (found?.data as { bot?: { token?: unknown } } | undefined)?.bot?.token;
    if (typeof token !== 'string' || !token)
      throw new DeliveryError('forbidden', 'not_installed', 'the app is not installed in this workspace');
    return token;
  };
}

/** A refused or failed install gets a short page (the default one answers 500 with an internal code). */
function installFailed(logger: Logger) {
  return (error: { code?: string; message: string }, _options: unknown, _req: IncomingMessage, res: ServerResponse) => {
    logger.warn({ code: error.code, reason: error.message }, 'slack install refused');
    const state =
      error.code === OAuthErrorCode.InvalidStateError ||
      error.code === OAuthErrorCode.MissingStateError ||
      error.code === OAuthErrorCode.MissingCodeError;
    const text = state
      ? `This install link has expired or was already used. Start again from ${INSTALL_PATH}.`
      : `The app could not be installed. Start again from ${INSTALL_PATH}.`;
    res.writeHead(state ? 400 : 500, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><body><p>${text}</p></body></html>`);
  };
}

interface ThreadedEvent {
  channel: string;
  user?: string;
  ts: string;
  thread_ts?: string;
  text?: string;
}

/** Messages from any bot (ourselves included) are never answered, so two bots cannot loop. */
function fromABot(event: object): boolean {
  return (
    ('bot_id' in event && Boolean(event.bot_id)) ||
    ('subtype' in event && event.subtype === 'bot_message') ||
    ('bot_profile' in event && Boolean(event.bot_profile))
  );
}
