/**
 * Where the parts report what /metrics counts (HEALTH_PORT). Wiring implements it with
 * prom-client; everything else gets `noTelemetry` unless it is given one, so features and
 * adapters never import a metrics library.
 */
export interface Telemetry {
  /** A delivery's outcome: delivered, paused, retry-later, not-ours. */
  delivery(platform: string, outcome: string): void;
  /** How long after its slot a digest was claimed. */
  claimLag(seconds: number): void;
  /** A command acknowledged to the platform (Slack's 3-second ack, Discord's defer). */
  commandAck(platform: string, seconds: number): void;
  /** A command's reply delivered, from the moment the request arrived. */
  commandReply(platform: string, seconds: number): void;
  /** One feed read: ok, not-modified, failed; or skipped when another replica was polling. */
  feedPoll(feed: string, outcome: string): void;
}

export const noTelemetry: Telemetry = {
  delivery() {},
  claimLag() {},
  commandAck() {},
  commandReply() {},
  feedPoll() {},
};
