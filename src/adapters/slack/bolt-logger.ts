import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../base/log.js';

/** Bolt and WebClient log through our pino logger (so redaction applies to them too). */
export function boltLogger(logger: Logger): BoltLogger {
  let log = logger.child({ component: 'slack' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      if (!log.isLevelEnabled(level)) return;
      log[level](
        msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' '),
      );
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // Our LOG_LEVEL governs; Bolt's own level requests are ignored.
    setLevel: () => {},
    getLevel: () => {
      const level = log.level;
      return level === 'debug' || level === 'trace'
        ? LogLevel.DEBUG
        : level === 'info'
          ? LogLevel.INFO
          : level === 'warn'
            ? LogLevel.WARN
            : LogLevel.ERROR;
    },
    setName: (name: string) => {
      log = logger.child({ component: name });
    },
  };
}
