/**
 * Work that runs after an ack (running the command, rendering, respond()). Slack's hard
 * deadline is the ack (3 s); a reply through response_url may come later. So under a burst,
 * acks go first: at most one queued job starts per event-loop turn (in the check phase, after
 * the turn's incoming requests have been acked), with a bound on jobs in flight. Past
 * `maxQueued` the queue stops deferring, so a sustained overload cannot grow it without bound.
 * Eight replies in flight: with Slack ~200 ms away that is ~40 replies a second per process,
 * while fewer concurrent replies leave more of each turn to acks (bench/slack.bench.ts).
 */
export interface AfterAckQueue {
  run(job: () => Promise<void>): void;
  /** Jobs waiting to start. */
  readonly pending: number;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
}

export function createAfterAckQueue(opts: { maxInFlight?: number; maxQueued?: number; onError?: (err: unknown) => void } = {}): AfterAckQueue {
  const maxInFlight = opts.maxInFlight ?? 8;
  const maxQueued = opts.maxQueued ?? 2000;
  const queue: (() => Promise<void>)[] = [];
  let running = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  const start = (job: () => Promise<void>) => {
    running++;
    job()
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        running--;
        schedule();
        if (running === 0 && queue.length === 0) {
          const waiters = idleWaiters;
          idleWaiters = [];
          waiters.forEach((w) => w());
        }
      });
  };
  const schedule = () => {
    if (scheduled || queue.length === 0 || running >= maxInFlight) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const job = queue.shift();
      if (job) start(job);
      schedule();
    });
  };

  return {
    run(job) {
      if (queue.length >= maxQueued) start(job);
      else {
        queue.push(job);
        schedule();
      }
    },
    get pending() {
      return queue.length;
    },
    idle: () => (running === 0 && queue.length === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
