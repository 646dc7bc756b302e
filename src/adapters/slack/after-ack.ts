/**
 * Work that runs after an ack (running the command, rendering, respond()). Slack's hard
 * deadline is the ack (3 s); a reply through response_url may come later. So acks go first:
 * while the receiver holds requests it has not acked yet (`busy`), no queued job starts, and
 * otherwise at most one starts per event-loop turn (in the check phase, after the turn's
 * incoming requests). A job never waits more than `maxDeferMs` for a quiet moment, so a
 * sustained stream of requests cannot starve the replies. Jobs in flight are bounded, and so
 * is the queue: past `maxQueued` a job is dropped and reported, not run at once.
 * Eight replies in flight: with Slack ~200 ms away that is ~40 replies a second per process,
 * while fewer concurrent replies leave more of each turn to acks (bench/slack.bench.ts).
 */
export interface AfterAckQueue {
  run(job: () => Promise<void>): void;
  /** Jobs waiting to start. */
  readonly pending: number;
  /** Resolves when nothing is queued or running. */
  idle(): Promise<void>;
  /** The receiver acked a request: queued work may start if it was waiting for a quiet moment. */
  wake(): void;
}

export interface AfterAckOptions {
  maxInFlight?: number;
  maxQueued?: number;
  /** True while requests are waiting for their ack; jobs wait for a quiet moment. */
  busy?: () => boolean;
  /** The longest a job waits for a quiet moment. */
  maxDeferMs?: number;
  onError?: (err: unknown) => void;
  /** A job was dropped because the queue was full. */
  onDrop?: (queued: number) => void;
}

export function createAfterAckQueue(opts: AfterAckOptions = {}): AfterAckQueue {
  const maxInFlight = opts.maxInFlight ?? 8;
  const maxQueued = opts.maxQueued ?? 2000;
  const maxDeferMs = opts.maxDeferMs ?? 1000;
  const busy = opts.busy ?? (() => false);
  const queue: { job: () => Promise<void>; at: number }[] = [];
  let running = 0;
  let scheduled = false;
  let deferTimer: NodeJS.Timeout | undefined;
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
    const head = queue[0];
    if (!head) return;
    const waited = performance.now() - head.at;
    if (busy() && waited < maxDeferMs) {
      // Requests are waiting for their ack: wake() comes when one is acked, the timer when the job has waited long enough.
      deferTimer ??= setTimeout(() => {
        deferTimer = undefined;
        schedule();
      }, maxDeferMs - waited);
      deferTimer.unref();
      return;
    }
    queue.shift();
    start(head.job);
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
      queue.push({ job, at: performance.now() });
      schedule();
    },
    get pending() {
      return queue.length;
    },
    wake: () => schedule(),
    idle: () => (running === 0 && queue.length === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  };
}
