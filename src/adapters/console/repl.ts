import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { CommandContext } from '../../../commands/types.js';
import { renderConsole, type OutputFormat } from './render.js';
import { saveImage } from './image.js';

const PROMPT = 'sco> ';

/** The interactive prompt a newcomer gets with no platform tokens set. */
export async function runRepl(
  registry: CommandRegistry,
  ctx: CommandContext,
  input: Readable,
  output: Writable,
  format: OutputFormat = 'text',
  picturesDir = 'var/pictures',
): Promise<void> {
  const rl = createInterface({ input, output, prompt: PROMPT });
  output.write('SCO Briefing Bot — type a command (help, members, country iran, ask …); Ctrl-D or "exit" to quit.\n');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text) {
      const reply = await registry.runLine(text, ctx);
      output.write(`${renderConsole(reply, format, await saveImage(reply, picturesDir))}\n\n`);
    }
    rl.prompt();
  }
  rl.close();
}
