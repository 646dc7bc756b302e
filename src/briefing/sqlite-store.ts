import type { Db } from '../base/db.js';
import { BriefingStore as SyncBriefingStore } from './store.js';
import type { BriefingStore } from './store-port.js';

/**
 * The briefing store on SQLite (the embedded default): better-sqlite3 is synchronous and
 * in-process, so each method does its work at once and resolves; the async interface is the
 * one PostgreSQL needs, shared so callers do not care which engine runs.
 */
export class SqliteBriefingStore implements BriefingStore {
  readonly engine = 'sqlite' as const;
  private readonly s: SyncBriefingStore;

  constructor(db: Db) {
    this.s = new SyncBriefingStore(db);
  }

  subscribe: BriefingStore['subscribe'] = async (input, now) => this.s.subscribe(input, now);
  subscription: BriefingStore['subscription'] = async (id) => this.s.subscription(id);
  channelSubscriptions: BriefingStore['channelSubscriptions'] = async (platform, channelId) =>
    this.s.channelSubscriptions(platform, channelId);
  activeSubscriptions: BriefingStore['activeSubscriptions'] = async (platforms) =>
    this.s.activeSubscriptions(platforms);
  unsubscribe: BriefingStore['unsubscribe'] = async (platform, channelId, id) =>
    this.s.unsubscribe(platform, channelId, id);
  pause: BriefingStore['pause'] = async (id, reason, now) => this.s.pause(id, reason, now);
  dueAfter: BriefingStore['dueAfter'] = async (subscription) => this.s.dueAfter(subscription);
  claim: BriefingStore['claim'] = async (input) => this.s.claim(input);
  delivery: BriefingStore['delivery'] = async (id) => this.s.delivery(id);
  expiredClaims: BriefingStore['expiredClaims'] = async (now) => this.s.expiredClaims(now);
  heldBy: BriefingStore['heldBy'] = async (worker) => this.s.heldBy(worker);
  takeOver: BriefingStore['takeOver'] = async (delivery, worker, now, leaseMs) =>
    this.s.takeOver(delivery, worker, now, leaseMs);
  renewLease: BriefingStore['renewLease'] = async (id, worker, until) => this.s.renewLease(id, worker, until);
  markDelivered: BriefingStore['markDelivered'] = async (id, worker, ids, now) =>
    this.s.markDelivered(id, worker, ids, now);
  markRetry: BriefingStore['markRetry'] = async (id, worker, at, error) => this.s.markRetry(id, worker, at, error);
  markFailed: BriefingStore['markFailed'] = async (id, error, now) => this.s.markFailed(id, error, now);
  markMissed: BriefingStore['markMissed'] = async (id, reason, now) => this.s.markMissed(id, reason, now);
  release: BriefingStore['release'] = async (id, worker) => this.s.release(id, worker);
  logAttempt: BriefingStore['logAttempt'] = async (entry) => this.s.logAttempt(entry);
  lastDeliveredAt: BriefingStore['lastDeliveredAt'] = async (platform, channelId) =>
    this.s.lastDeliveredAt(platform, channelId);
  recentDeliveries: BriefingStore['recentDeliveries'] = async (id, limit) => this.s.recentDeliveries(id, limit);
  recentFailures: BriefingStore['recentFailures'] = async (id, limit) => this.s.recentFailures(id, limit);
  attempts: BriefingStore['attempts'] = async (id) => this.s.attempts(id);
  allDeliveries: BriefingStore['allDeliveries'] = async () => this.s.allDeliveries();
}
