import { loadFactData, DEFAULT_DATA_DIR } from '../facts/load.js';
import { formatProblem } from '../facts/problems.js';
import { FactStore } from '../facts/store.js';
import { freshness, STALE_AFTER_DAYS } from '../facts/time.js';
import { likelyOutOfDate } from '../facts/review.js';
import { IsoDate } from '../facts/schema.js';
import { isoToDate } from '../base/dates.js';

/**
 * `npm run check-data [-- dir] [--today YYYY-MM-DD]`: every problem with file, path and reason;
 * exit 1 if any. Data older than STALE_AFTER_DAYS is a warning (exit 0) naming what most likely
 * went out of date; `--today` sets the day it is judged against (default: now).
 */
const args = process.argv.slice(2);
const todayAt = args.indexOf('--today');
const todayArg = todayAt >= 0 ? args.splice(todayAt, 2)[1] : undefined;
if (todayArg !== undefined && !IsoDate.safeParse(todayArg).success) {
  process.stderr.write(`--today needs a date as YYYY-MM-DD, not "${todayArg}"\n`);
  process.exit(2);
}
const today = todayArg ? isoToDate(todayArg) : new Date();
const dir = args[0] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const result = loadFactData(dir);
if (result.ok) {
  const d = result.data;
  process.stdout.write(
    `data OK: ${d.countries.length} countries, ${d.memberships.length} status records, ${d.events.length} events, ` +
      `${d.officials.length} officials, ${d.disputedClaims.length} disputed claims, ${d.unknowns.length} recorded unknowns, ${d.sources.length} sources (as of ${d.meta.dataAsOf})\n`,
  );
  const fresh = freshness(d.meta.dataAsOf, today);
  if (fresh.stale) {
    const store = new FactStore(d, { now: () => today });
    process.stderr.write(
      `warning: the newest fact is from ${fresh.date}, ${fresh.age} (more than ${STALE_AFTER_DAYS} days). Most likely out of date:\n` +
        likelyOutOfDate(store).map((line) => `  - ${line}\n`).join(''),
    );
  }
} else {
  process.stderr.write(`${result.problems.length} problem(s) in ${dir}:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
  process.exitCode = 1;
}
