import type { Reply } from '../../reply/model.js';
import { toPlainText } from '../../reply/plain-text.js';

export type OutputFormat = 'text' | 'json';

/** A reply as the console prints it: plain text, or the Reply itself as one JSON line. */
export function renderConsole(reply: Reply, format: OutputFormat): string {
  return format === 'json' ? JSON.stringify(reply) : toPlainText(reply);
}

/** One reply on exactly one line, for scripts driving the bot line by line. */
export function renderConsoleLine(reply: Reply, format: OutputFormat): string {
  return format === 'json' ? JSON.stringify(reply) : toPlainText(reply).replace(/\s*\n+\s*/g, ' | ');
}
