import { hostname } from 'node:os';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';

/**
 * Who holds a claim: host, process id, where that pid means something, and a random part
 * (pids are reused). A claim held by a dead process of this machine can be taken over at once
 * instead of waiting for its lease — that is how a restart after a crash resumes promptly.
 *
 * "This machine" must mean the same kernel boot and PID namespace, not just the hostname: two
 * containers sharing a volume and a hostname would otherwise each see the other's live pid as
 * missing and take over its claims. The scope is the kernel's per-boot random id with the PID
 * namespace; where /proc does not say (not Linux), a random per-process id, so the shortcut is
 * never taken there.
 */
const scope = pidScope();

function pidScope(): string {
  let basis: string;
  try {
    basis = `${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}|${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    basis = randomBytes(16).toString('hex');
  }
  return createHash('sha256').update(basis).digest('hex').slice(0, 12);
}

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${scope}:${randomBytes(4).toString('hex')}`;
}

export function isDeadLocalWorker(worker: string): boolean {
  const [host, pidText, workerScope, random] = worker.split(':');
  const pid = Number(pidText);
  if (random === undefined || workerScope !== scope || host !== hostname()) return false;
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
