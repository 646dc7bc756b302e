import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandRegistry } from '../../../commands/registry.js';
import type { CommandContext } from '../../../commands/types.js';
import { errorReply } from '../../reply/model.js';
import { renderConsoleLine, type OutputFormat } from './render.js';
import { saveImage } from './image.js';

/**
 * Scripts drive the bot through standard input: each input line is one command and gets
 * exactly one output line, in order, errors included, so outputs pair with inputs.
 */
export async function runLineMode(
  registry: CommandRegistry,
  ctx: CommandContext,
  input: Readable,
  output: Writable,
  format: OutputFormat,
  picturesDir = 'var/pictures',
): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const reply = line.trim()
      ? await registry.runLine(line, ctx)
      : errorReply('Empty line', 'Each line is one command, e.g. "members" or "country iran".');
    output.write(`${renderConsoleLine(reply, format, await saveImage(reply, picturesDir))}\n`);
  }
}
