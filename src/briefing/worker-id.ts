import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

/**
 * Who holds a claim: host, process id and a random part (pids are reused). A claim held by a
 * process on this host that no longer exists can be taken over at once instead of waiting
 * for its lease to run out — that is how a restart after a crash resumes promptly.
 */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

export function isDeadLocalWorker(worker: string): boolean {
  const [host, pidText] = worker.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
