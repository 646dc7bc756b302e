import { parentPort } from 'node:worker_threads';
import { decodeFeed } from './fetch-feed.js';
import { FeedParseError, parseFeedText } from './parse-feed.js';

/**
 * The feed parser's thread (see parse-pool.ts): decodes and parses one feed per message, so a
 * huge or hostile feed costs this thread's time, never the event loop that acks commands.
 */
export interface ParseRequest {
  id: number;
  body: Uint8Array;
  contentType: string;
}

export type ParseResponse =
  | { id: number; ok: true; feed: ReturnType<typeof parseFeedText> }
  | { id: number; ok: false; parseError?: string; error?: string };

parentPort?.on('message', (request: ParseRequest) => {
  let response: ParseResponse;
  try {
    response = { id: request.id, ok: true, feed: parseFeedText(decodeFeed(request.body, request.contentType), request.contentType) };
  } catch (err) {
    response = err instanceof FeedParseError ? { id: request.id, ok: false, parseError: err.message } : { id: request.id, ok: false, error: String((err as Error)?.message ?? err) };
  }
  parentPort!.postMessage(response);
});
