/**
 * The Slack adapter's port for what it must remember beyond one process: the event ids and
 * admin-command trigger ids it has already acted on. Slack redelivers an event it thinks was
 * missed, and a captured request can be replayed within its five-minute window; with several
 * processes or a restart, only a shared store answers "seen before?" right. src/wiring provides
 * it on the state database; without one, the adapter remembers in memory.
 */
export interface SeenKeys {
  /** True the first time a key is offered (and records it); false ever after, in any process. */
  firstTime(key: string): Promise<boolean>;
}
