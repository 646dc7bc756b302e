import type { Writable } from 'node:stream';
import type { ChannelPoster } from '../../briefing/types.js';
import { toPlainText } from '../../reply/plain-text.js';

/** The console's "channel": scheduled digests are printed where the person at the terminal sees them. */
export function createConsolePoster(out: Writable = process.stdout): ChannelPoster {
  let sequence = 0;
  return {
    platform: 'console',
    post(channelId, reply) {
      const id = `console-${Date.now()}-${++sequence}`;
      out.write(`\n[${channelId}] ${toPlainText(reply)}\n`);
      return Promise.resolve({ messageIds: [id] });
    },
  };
}
