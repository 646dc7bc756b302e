import { loadFactData, DEFAULT_DATA_DIR } from '../facts/load.js';
import { formatProblem } from '../facts/problems.js';

/** `npm run check-data [-- dir]`: every problem with file, path and reason; exit 1 if any. */
const dir = process.argv[2] ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR;
const result = loadFactData(dir);
if (result.ok) {
  const d = result.data;
  process.stdout.write(
    `data OK: ${d.countries.length} countries, ${d.memberships.length} status records, ${d.events.length} events, ` +
      `${d.officials.length} officials, ${d.disputedClaims.length} disputed claims, ${d.sources.length} sources (as of ${d.meta.dataAsOf})\n`,
  );
} else {
  process.stderr.write(`${result.problems.length} problem(s) in ${dir}:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
  process.exitCode = 1;
}
