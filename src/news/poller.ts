import cron from 'node-cron';
import type { Logger } from '../base/log.js';
import type { News } from './service.js';

/**
 * Polls every feed on FEEDS_CRON, once at start-up too, never two polls at once.
 * Returns the stop for main.ts's shutdown list.
 */
export function startNewsPoller(
  news: News,
  expression: string,
  logger: Pick<Logger, 'info' | 'warn' | 'error'>,
): () => Promise<void> {
  if (!cron.validate(expression)) throw new Error(`FEEDS_CRON "${expression}" is not a cron expression`);
  let running: Promise<unknown> | undefined;
  const tick = async () => {
    if (running) return;
    running = news
      .poll()
      .then((outcomes) => {
        const failed = outcomes.filter((o) => !o.ok).length;
        logger.info(
          { feeds: outcomes.length, failed, new: outcomes.reduce((n, o) => n + o.saved.new, 0) },
          'news poll done',
        );
      })
      .catch((err: unknown) => logger.error({ err }, 'news poll failed'))
      .finally(() => (running = undefined));
    await running;
  };
  const task = cron.schedule(expression, tick, { name: 'news-poll', noOverlap: true });
  void tick();
  return async () => {
    await task.stop();
    await task.destroy();
    await running;
  };
}
