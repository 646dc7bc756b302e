import type { Reply } from '../../reply/model.js';
import { toPlainText } from '../../reply/plain-text.js';

export type OutputFormat = 'text' | 'json';

/**
 * A reply as the console prints it: plain text, or the Reply itself as one JSON line. A picture
 * appears as the path of the file it was written to (see image.ts).
 */
export function renderConsole(reply: Reply, format: OutputFormat, imagePath?: string): string {
  if (format === 'json') return JSON.stringify(jsonReply(reply, imagePath));
  const text = toPlainText(reply);
  return imagePath ? `${text}\n\nPicture: ${imagePath}` : text;
}

/** One reply on exactly one line, for scripts driving the bot line by line. */
export function renderConsoleLine(reply: Reply, format: OutputFormat, imagePath?: string): string {
  return format === 'json' ? JSON.stringify(jsonReply(reply, imagePath)) : renderConsole(reply, 'text', imagePath).replace(/\s*\n+\s*/g, ' | ');
}

/** The reply as data, its picture as the file's path and alt text instead of bytes. */
function jsonReply(reply: Reply, imagePath?: string): unknown {
  const { image, ...rest } = reply;
  return image ? { ...rest, image: { name: image.name, alt: image.alt, ...(imagePath && { path: imagePath }) } } : rest;
}
