import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './server.js';

/**
 * Slack's Socket Mode, faked on 127.0.0.1: the fake Web API's apps.connections.open hands out
 * this server's ws:// URL; on connect it says hello, and `send` delivers an envelope
 * (slash_commands, events_api) and resolves with the client's ack for it.
 */
export interface FakeSocketMode {
  /** Resolves when a client has connected and been greeted. */
  connected(timeoutMs?: number): Promise<void>;
  send(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Record<string, unknown>,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

let envelopeCounter = 0;

export async function startFakeSocketMode(fake: FakeSlack): Promise<FakeSocketMode> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  fake.setSocketModeUrl(`ws://127.0.0.1:${port}/link/?ticket=fake`);

  let socket: WebSocket | undefined;
  const onConnect: (() => void)[] = [];
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();

  wss.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      const id = String(message.envelope_id ?? '');
      acks.get(id)?.(message);
      acks.delete(id);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
        connection_info: { app_id: 'A0001' },
      }),
    );
    for (const f of onConnect.splice(0)) f();
  });

  const within = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([
      promise,
      new Promise<T>((_, reject) =>
        setTimeout(() => reject(new Error(`fake Socket Mode: ${what} within ${ms} ms`)), ms).unref(),
      ),
    ]);

  return {
    connected: (timeoutMs = 5000) =>
      socket
        ? Promise.resolve()
        : within(new Promise<void>((resolve) => onConnect.push(resolve)), timeoutMs, 'no client connected'),
    send(type, payload, timeoutMs = 3000) {
      if (!socket) return Promise.reject(new Error('fake Socket Mode: no client connected'));
      const envelope_id = `env-${++envelopeCounter}`;
      const ack = new Promise<Record<string, unknown>>((resolve) => acks.set(envelope_id, resolve));
      socket.send(
        JSON.stringify({
          envelope_id,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return within(ack, timeoutMs, `no ack for ${envelope_id}`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
