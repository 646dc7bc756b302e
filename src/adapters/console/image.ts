import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { imageBytes, type Reply } from '../../reply/model.js';

/**
 * The console's way of showing a picture: the PNG written to a file, its path printed. The file
 * name carries the picture's hash, so asking again writes the same file.
 */
export async function saveImage(reply: Reply, dir: string): Promise<string | undefined> {
  if (!reply.image) return undefined;
  await mkdir(dir, { recursive: true });
  const path = join(dir, reply.image.name.replace(/[^\w.-]/g, '_'));
  await writeFile(path, await imageBytes(reply.image));
  // Relative to where the person ran the command, when it is below it; else as configured.
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}
