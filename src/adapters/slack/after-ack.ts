/**
 * Work that runs after an ack (running the command, rendering, respond()). Slack's hard
 * deadline is the ack (3 s); a reply through response_url may come later. So under a burst,
 * acks go first: at most one queued job starts per event-loop turn, in the check phase, after
 * the turn's incoming requests have been read and acked. Jobs in flight are bounded, and so is
 * the queue: past `maxQueued` a job is dropped and reported, not run at once.
 * (Holding all work while any request awaits its ack was tried: the held work then ran in
 * bursts and made the bench's ack p99 worse, 1.1–1.9× against 1.0–1.3× without.)
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

export interface AfterAckOptions {
  maxInFlight?: number;
  maxQueued?: number;
  onError?: (err: unknown) => void;
  /** A job was dropped because the queue was full. */
  onDrop?: (queued: number) => void;
}

export function createAfterAckQueue(opts: AfterAckOptions = {}): AfterAckQueue {
  const maxInFlight = opts.maxInFlight ?? 8;
  const maxQueued = opts.maxQueued ?? 2000;
  const queue: (() => Promise<void>)[] = [];
  let running = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  const start = (job: () => Promise<void>) => {
    running++;
    let p: Promise<void>;
    try {
      p = job();
    } catch (err) {
      p = Promise.reject(err);
    }
    p.catch((err: unknown) => opts.onError?.(err)).finally(() => {
      running--;
      schedule();
      if (running === 0 && queue.length === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        waiters.forEach((w) => w());
      }
    });
  };
  const turn = () => {
    scheduled = false;
    const job = queue.shift();
    if (job) start(job);
    schedule();
  };
  const schedule = () => {
    if (scheduled || queue.length === 0 || running >= maxInFlight) return;
    scheduled = true;
    setImmediate(turn);
  };

  return {
    run(job) {
      if (queue.length >= maxQueued) {
        opts.onDrop?.(queue.length);
        return;
      }
      queue.push(job);
      schedule();
    },
    get pending() {
      return queue.length;
    },
    idle: () => (running === 0 && queue.length === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
