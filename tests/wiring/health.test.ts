import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../src/wiring/health.js';
import { createMetrics } from '../../src/wiring/metrics.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const get = async (path: string) => {
  const res = await fetch(`http://127.0.0.1:${server!.port}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
};

describe('the health server', () => {
  it('says the process is alive on /healthz, whatever the checks say', async () => {
    const metrics = createMetrics();
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      registry: metrics.registry,
      checks: { database: async () => false },
    });
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
  });

  it('is ready only when every check passes, and names the one that fails', async () => {
    let slackUp = true;
    const metrics = createMetrics();
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      registry: metrics.registry,
      checks: { database: async () => true, slack: async () => slackUp, discord: () => new Promise(() => {}) },
      timeoutMs: 200,
    });
    const hung = await get('/readyz');
    expect(hung.status).toBe(503);
    expect(JSON.parse(hung.body)).toEqual({
      ready: false,
      checks: { database: 'ok', slack: 'ok', discord: 'failing' },
    });
    await server.close();
    server = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      registry: metrics.registry,
      checks: { database: async () => true, slack: async () => slackUp },
    });
    expect((await get('/readyz')).status).toBe(200);
    slackUp = false;
    expect(JSON.parse((await get('/readyz')).body)).toEqual({
      ready: false,
      checks: { database: 'ok', slack: 'failing' },
    });
  });

  it('serves what the parts reported as Prometheus metrics, with the queue depth read when scraped', async () => {
    let depth = 3;
    const metrics = createMetrics({ queueDepth: async () => depth });
    metrics.telemetry.delivery('discord', 'delivered');
    metrics.telemetry.delivery('discord', 'delivered');
    metrics.telemetry.delivery('slack', 'retry-later');
    metrics.telemetry.claimLag(2.5);
    metrics.telemetry.commandAck('slack', 0.04);
    metrics.telemetry.commandReply('slack', 0.8);
    metrics.telemetry.feedPoll('tass', 'failed');
    server = await startHealthServer({ port: 0, host: '127.0.0.1', registry: metrics.registry, checks: {} });
    const first = await get('/metrics');
    expect(first.status).toBe(200);
    expect(first.type).toContain('text/plain');
    expect(first.body).toContain('sco_deliveries_total{platform="discord",outcome="delivered"} 2');
    expect(first.body).toContain('sco_deliveries_total{platform="slack",outcome="retry-later"} 1');
    expect(first.body).toContain('sco_claim_lag_seconds_bucket{le="5"} 1');
    expect(first.body).toContain('sco_command_ack_seconds_bucket{le="0.05",platform="slack"} 1');
    expect(first.body).toContain('sco_command_reply_seconds_count{platform="slack"} 1');
    expect(first.body).toContain('sco_feed_polls_total{feed="tass",outcome="failed"} 1');
    expect(first.body).toContain('sco_delivery_queue_depth 3');
    expect(first.body).toMatch(/sco_process_resident_memory_bytes \d+/);
    depth = 0;
    expect((await get('/metrics')).body).toContain('sco_delivery_queue_depth 0');
  });

  it('answers anything else with 404, and writes with 405', async () => {
    server = await startHealthServer({ port: 0, host: '127.0.0.1', registry: createMetrics().registry, checks: {} });
    expect((await get('/')).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
