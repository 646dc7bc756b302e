import { imageBytes, type Reply } from '../../reply/model.js';
import type { DiscordMessageBody } from './render.js';

/**
 * The bytes a rendered message uploads, in the order of its `attachments` (field files[n] for
 * attachment id n). Made here, at send time, so a reply's picture is drawn only when it is sent.
 */
export async function filesFor(reply: Reply, body: DiscordMessageBody): Promise<{ name: string; data: Buffer; contentType: string }[]> {
  if (!body.attachments?.length || !reply.image) return [];
  const data = Buffer.from(await imageBytes(reply.image));
  return body.attachments.map((a) => ({ name: a.filename, data, contentType: 'image/png' }));
}
