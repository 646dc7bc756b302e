import { DeliveryError, type ChannelPoster } from './types.js';
import type { Reply } from '../reply/model.js';
import type { AttemptLog, BriefingStore, Delivery, Subscription } from './store.js';

/**
 * One claimed delivery, attempted until it lands, pauses the subscription, or runs out of
 * attempts for this round. Rate limits are the platform libraries' business (their queues
 * wait out 429s); what reaches us is a DeliveryError saying what kind of failure it was.
 */

export interface DeliveryPolicy {
  /** Attempts per round (DELIVERY_ATTEMPTS). */
  attempts: number;
  /** First back-off; doubled per attempt, with jitter. */
  backoffMs: number;
  maxBackoffMs: number;
  /** How long a claim is ours without renewal; longer than one attempt can take. */
  leaseMs: number;
  /** When a round runs out of attempts, the next round starts this much later (within the grace window). */
  retryRoundMs: number;
}

export type DeliveryOutcome =
  /** `unrecorded`: posted, but the database refused the record so far (the scheduler keeps retrying it). */
  | { status: 'delivered'; messageIds: string[]; attempts: number; unrecorded?: string }
  | { status: 'paused'; reason: string; attempts: number }
  | { status: 'retry-later'; error: string; attempts: number }
  | { status: 'not-ours' };

export interface DeliverDeps {
  store: BriefingStore;
  worker: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  /** True once shutdown begins: no new attempt starts, the claim goes back for the next process. */
  stopping: () => boolean;
  /**
   * A post the platform accepted whose bookkeeping still fails after its retries: the scheduler
   * keeps `record` and retries it on every tick (and never posts that delivery again).
   */
  unrecorded?: (deliveryId: number, record: () => Promise<void>) => void;
}

/** Bookkeeping after an accepted post: tried this often, with back-off, before it is handed to the scheduler. */
const BOOKKEEPING_TRIES = 6;

export async function deliver(
  deps: DeliverDeps,
  policy: DeliveryPolicy,
  poster: ChannelPoster,
  subscription: Subscription,
  delivery: Delivery,
  reply: Reply,
): Promise<DeliveryOutcome> {
  const { store, worker } = deps;
  // Parts the platform accepted in earlier attempts (of any process): a retry starts after them.
  const posted = [...delivery.messageIds];
  let lastError = 'not attempted';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (deps.stopping()) {
      await bestEffort(() => store.markRetry(delivery.id, worker, deps.now(), `released at shutdown: ${lastError}`));
      return { status: 'retry-later', error: 'released at shutdown', attempts: attempt - 1 };
    }
    // Renewing is also the check that nobody took the claim over while we waited.
    if (!(await store.renewLease(delivery.id, worker, new Date(deps.now().getTime() + policy.leaseMs))))
      return { status: 'not-ours' };
    const started = performance.now();
    const logEntry = (outcome: AttemptLog['outcome'], code?: string, detail?: string): AttemptLog => ({
      deliveryId: delivery.id,
      attempt: delivery.attempts + attempt,
      at: deps.now(),
      worker,
      outcome,
      ...(code !== undefined && { code }),
      ...(detail !== undefined && { detail: detail.slice(0, 500) }),
      ms: performance.now() - started,
    });
    const from = posted.length;
    try {
      // The key is the delivery's: every attempt of this slot for this subscription, in any process, repeats it.
      const { messageIds } = await poster.post(subscription.channelId, reply, {
        idempotencyKey: `sco-delivery-${delivery.id}`,
        workspaceId: subscription.workspaceId,
        fromPart: from,
        onPart: async (part, messageId) => {
          posted[part] = messageId;
          // Saved as each part lands (before the next is sent), so a takeover resumes after it; a failure here is not the post's.
          await bestEffort(() => store.recordParts(delivery.id, worker, posted));
        },
      });
      posted.splice(from, posted.length - from, ...messageIds);
    } catch (err) {
      const failure = err instanceof DeliveryError ? err.failure : 'error';
      const code = err instanceof DeliveryError ? err.code : undefined;
      const message = err instanceof Error ? err.message : String(err);
      await bestEffort(() => store.logAttempt(logEntry(failure, code, message)));
      lastError = `${failure}${code ? ` ${code}` : ''}: ${message}`;
      if (err instanceof DeliveryError && err.pausesSubscription) {
        const reason = `${err.failure === 'channel-gone' ? 'the channel is gone or archived' : 'the bot has no access to the channel'} (${err.code})`;
        await store.pause(subscription.id, reason, deps.now());
        await store.markFailed(delivery.id, lastError, deps.now());
        return { status: 'paused', reason, attempts: attempt };
      }
      if (err instanceof DeliveryError && err.failure === 'auth') break; // our credentials: retrying now cannot help
      if (attempt < policy.attempts) await deps.sleep(backoff(policy, attempt, deps.random ?? Math.random));
      continue;
    }
    // The platform has the post: from here on only the bookkeeping is retried, never the post.
    const entry = logEntry('ok', undefined, posted.join(','));
    const messageIds = [...posted];
    const record = () => store.recordDelivered(entry, worker, messageIds, deps.now());
    for (let k = 1; ; k++) {
      try {
        await record();
        break;
      } catch (err) {
        if (k >= BOOKKEEPING_TRIES) {
          deps.unrecorded?.(delivery.id, record);
          return {
            status: 'delivered',
            messageIds,
            attempts: attempt,
            unrecorded: err instanceof Error ? err.message : String(err),
          };
        }
        await deps.sleep(backoff(policy, k, deps.random ?? Math.random));
      }
    }
    return { status: 'delivered', messageIds, attempts: attempt };
  }
  await store.markRetry(delivery.id, worker, new Date(deps.now().getTime() + policy.retryRoundMs), lastError);
  return { status: 'retry-later', error: lastError, attempts: policy.attempts };
}

/** A write whose failure must not turn into a second post: attempted, and let go if the database refuses. */
async function bestEffort(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch {
    // The delivery's own record (or the scheduler's retry of it) is what counts.
  }
}

/** Exponential back-off with "equal jitter": half fixed, half random, so retries from many channels spread out. */
function backoff(
  policy: Pick<DeliveryPolicy, 'backoffMs' | 'maxBackoffMs'>,
  attempt: number,
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
