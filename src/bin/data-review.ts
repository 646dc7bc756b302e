import { boot } from '../wiring/boot.js';
import { createLogger } from '../base/log.js';
import { IsoDate } from '../facts/schema.js';
import { isoToDate } from '../base/dates.js';
import { formatReview, reviewCandidates } from '../facts/review.js';

/**
 * `npm run -s data:review [-- --since YYYY-MM-DD] [--limit N] [--json]`: the stored news items
 * (first seen since the data date, by default) that look like changes to the checked facts —
 * joined, applied, appointed, chair, summit held, statement, died, resigned — each with the
 * records a sourced data edit would touch. It reads; it never writes data/.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const app = await boot({ logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }) });
const since = option('--since') ?? app.facts.meta.dataAsOf;
if (!IsoDate.safeParse(since).success) {
  process.stderr.write(`--since needs a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${since}"\n`);
  process.exit(2);
}
const limit = Number(option('--limit') ?? 100);
const news = app.news.service;
const candidates = reviewCandidates(app.facts, await news.itemsSince(isoToDate(since), { limit: Number.isFinite(limit) ? limit : 100 }));
process.stdout.write(args.includes('--json') ? `${JSON.stringify(candidates, null, 2)}\n` : formatReview(candidates, since));
await app.close();
