import { imageBytes, type ReplyImage } from '../../reply/model.js';
import { SLACK_LIMITS, truncate } from '../../reply/limits.js';
import type { WebClient } from './client.js';

/**
 * A reply's picture into a Slack channel (or thread) with the files API Slack asks apps to use:
 * files.getUploadURLExternal for an upload URL, the bytes POSTed there, then
 * files.completeUploadExternal to share the file. Needs the files:write scope. The steps are
 * written out instead of WebClient.filesUploadV2 because that helper posts to the absolute
 * upload URL through the client, and our clients refuse absolute URLs (allowAbsoluteUrls: false).
 */

export interface UploadTarget {
  channel: string;
  threadTs?: string;
  /** Shown above the picture in the channel. */
  title: string;
  /** The workspace's token, when the client holds none (multi-workspace mode). */
  token?: string;
}

class UploadError extends Error {
  override readonly name = 'UploadError';
}

export async function uploadImage(client: WebClient, image: ReplyImage, target: UploadTarget, timeoutMs = 10_000): Promise<string> {
  const bytes = await imageBytes(image);
  // `alt_txt` is the argument Slack documents (the SDK's type calls it alt_text).
  const ticket = (await client.apiCall('files.getUploadURLExternal', {
    filename: image.name,
    length: bytes.length,
    alt_txt: truncate(image.alt, SLACK_LIMITS.altText),
    ...(target.token && { token: target.token }),
  })) as { upload_url?: string; file_id?: string };
  if (!ticket.upload_url || !ticket.file_id) throw new UploadError('Slack gave no upload URL');
  checkUploadUrl(ticket.upload_url, client.slackApiUrl);
  const sent = await fetch(ticket.upload_url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Drain the answer so the connection is reused.
  await sent.arrayBuffer();
  if (sent.status !== 200) throw new UploadError(`Slack's upload URL answered HTTP ${sent.status}`);
  await client.files.completeUploadExternal({
    files: [{ id: ticket.file_id, title: truncate(target.title, SLACK_LIMITS.headerText) }],
    channel_id: target.channel,
    ...(target.threadTs && { thread_ts: target.threadTs }),
    ...(target.token && { token: target.token }),
  } as Parameters<WebClient['files']['completeUploadExternal']>[0]);
  return ticket.file_id;
}

/** The bytes go only over HTTPS, or to the configured API's own origin (a proxy or a test fake on loopback). */
function checkUploadUrl(url: string, apiBase: string): void {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new UploadError('Slack gave an upload URL that is not a URL');
  }
  if (target.protocol === 'https:' || target.origin === new URL(apiBase).origin) return;
  throw new UploadError(`refusing to upload to ${target.origin}: not HTTPS and not the configured Slack API`);
}
