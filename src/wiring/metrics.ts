import client from 'prom-client';
import type { Telemetry } from '../base/telemetry.js';

/**
 * The process's Prometheus metrics (prom-client), one registry per app so tests can run several.
 * Queue depth is read from the database when scraped: with several replicas it is the shared
 * queue, not one process's share.
 */
export interface Metrics {
  registry: client.Registry;
  telemetry: Telemetry;
}

export function createMetrics(sources: { queueDepth?: () => Promise<number> } = {}): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'sco_' });
  const deliveries = new client.Counter({
    name: 'sco_deliveries_total',
    help: 'Scheduled digest deliveries by platform and outcome',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const claimLag = new client.Histogram({
    name: 'sco_claim_lag_seconds',
    help: 'Seconds from a digest slot to its claim',
    buckets: [0.5, 1, 5, 15, 60, 300, 900, 3600],
    registers: [registry],
  });
  const latency = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];
  const ack = new client.Histogram({
    name: 'sco_command_ack_seconds',
    help: 'Seconds from a command request to its acknowledgement',
    labelNames: ['platform'] as const,
    buckets: latency,
    registers: [registry],
  });
  const reply = new client.Histogram({
    name: 'sco_command_reply_seconds',
    help: 'Seconds from a command request to its reply',
    labelNames: ['platform'] as const,
    buckets: latency,
    registers: [registry],
  });
  const polls = new client.Counter({
    name: 'sco_feed_polls_total',
    help: 'News feed reads by feed and outcome',
    labelNames: ['feed', 'outcome'] as const,
    registers: [registry],
  });
  const depth = sources.queueDepth;
  if (depth) {
    new client.Gauge({
      name: 'sco_delivery_queue_depth',
      help: 'Digest claims not yet finished (claimed or waiting to retry), across every replica',
      registers: [registry],
      async collect() {
        this.set(await depth());
      },
    });
  }
  return {
    registry,
    telemetry: {
      delivery: (platform, outcome) => deliveries.inc({ platform, outcome }),
      claimLag: (seconds) => claimLag.observe(Math.max(0, seconds)),
      commandAck: (platform, seconds) => ack.observe({ platform }, seconds),
      commandReply: (platform, seconds) => reply.observe({ platform }, seconds),
      feedPoll: (feed, outcome) => polls.inc({ feed, outcome }),
    },
  };
}
