import type { Writable } from 'node:stream';
import type { ChannelPoster } from '../../briefing/types.js';
import { renderConsole } from './render.js';
import { saveImage } from './image.js';

/** The console's "channel": scheduled digests are printed where the person at the terminal sees them, pictures written beside. */
export function createConsolePoster(out: Writable = process.stdout, picturesDir = 'var/pictures'): ChannelPoster {
  let sequence = 0;
  return {
    platform: 'console',
    async post(channelId, reply, options = {}) {
      // One part: posted already if an earlier attempt got that far.
      if ((options.fromPart ?? 0) > 0) return { messageIds: [] };
      const id = `console-${Date.now()}-${++sequence}`;
      out.write(`\n[${channelId}] ${renderConsole(reply, 'text', await saveImage(reply, picturesDir))}\n`);
      await options.onPart?.(0, id);
      return { messageIds: [id] };
    },
  };
}
