import { boot } from '../wiring/boot.js';
import { createLogger } from '../base/log.js';
import { consoleContext } from '../adapters/console/context.js';
import { parseArgv } from '../adapters/console/argv.js';
import { renderConsole } from '../adapters/console/render.js';
import { saveImage } from '../adapters/console/image.js';
import { runLineMode } from '../adapters/console/line-mode.js';
import { runRepl } from '../adapters/console/repl.js';

/**
 * `npm run -s sco -- <command>`: one command, its reply on stdout. With no command and
 * piped input, one reply line per input line; on a terminal, the prompt.
 */
const { format, line } = parseArgv(process.argv.slice(2));
// Only warnings and worse here: the reply is the output.
const app = await boot({ logger: createLogger({ level: process.env.LOG_LEVEL ?? 'warn' }) });
const ctx = consoleContext(app.services);
const pictures = app.config.PICTURES_DIR;

if (line) {
  const reply = await app.registry.runLine(line, ctx);
  process.stdout.write(`${renderConsole(reply, format, await saveImage(reply, pictures))}\n`);
  if (reply.tone === 'error') process.exitCode = 1;
} else if (!process.stdin.isTTY) {
  await runLineMode(app.registry, ctx, process.stdin, process.stdout, format, pictures);
} else {
  await runRepl(app.registry, ctx, process.stdin, process.stdout, format, pictures);
}
