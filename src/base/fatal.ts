import type { Logger } from './log.js';

/**
 * The last word of a process that failed where nobody caught it: one fatal log line (through the
 * logger, so it is scrubbed like every other) and exit code 1 — instead of Node's raw stack on
 * stderr, which may carry a token in an error's message or headers.
 */
export function installFatalHandlers(logger: Logger | (() => Logger)): void {
  const current = () => (typeof logger === 'function' ? (logger as () => Logger)() : logger);
  let exiting = false;
  const die = (msg: string) => (err: unknown) => {
    if (exiting) return;
    exiting = true;
    try {
      current().fatal({ err }, msg);
    } finally {
      process.exit(1);
    }
  };
  process.on('unhandledRejection', die('unhandled rejection'));
  process.on('uncaughtException', die('uncaught exception'));
}
