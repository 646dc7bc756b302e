import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/**
 * HEALTH_PORT: /healthz says the process is alive (it answers), /readyz runs the readiness
 * checks (database reachable, each configured adapter connected) and answers 503 naming what
 * failed, /metrics is the Prometheus exposition. Nothing else is served, and nothing secret.
 */
export type ReadinessCheck = () => Promise<boolean>;

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(options: {
  port: number;
  host?: string;
  registry: Registry;
  checks: Record<string, ReadinessCheck>;
  /** A check that takes longer than this counts as failed. */
  timeoutMs?: number;
}): Promise<HealthServer> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const run = async (check: ReadinessCheck) => {
    const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref());
    return Promise.race([check().catch(() => false), timeout]);
  };
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    try {
      if (path === '/healthz') return send(200, 'text/plain', 'ok\n');
      if (path === '/readyz') {
        const names = Object.keys(options.checks);
        const results = await Promise.all(names.map((n) => run(options.checks[n]!)));
        const checks = Object.fromEntries(names.map((n, i) => [n, results[i] ? 'ok' : 'failing']));
        const ready = results.every(Boolean);
        return send(ready ? 200 : 503, 'application/json', `${JSON.stringify({ ready, checks })}\n`);
      }
      if (path === '/metrics') return send(200, options.registry.contentType, await options.registry.metrics());
      return send(404, 'text/plain', 'not found\n');
    } catch {
      return send(500, 'text/plain', 'error\n');
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
