import { Agent, request } from 'undici';
import type { webApi } from '@slack/bolt';

/**
 * A lean `fetch` for Bolt's respond() and its WebClient (both take one through clientOptions):
 * undici's `request` on a keep-alive agent. Node's global fetch spends about 1 ms of CPU per
 * reply on WHATWG streams and headers, more than the command itself (bench/slack.bench.ts).
 * Only what those callers use is supported; anything else (a FormData upload) goes to fetch.
 */
export function createSlackFetch(options: { timeoutMs?: number } = {}): { fetch: webApi.FetchFunction; close: () => Promise<void> } {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  // Every request has an end, the response_url ones respond() makes included (Bolt sets none
  // there): undici's own header and body timers, which cost nothing per request, unlike an
  // AbortSignal.timeout (~0.06 ms of CPU each in the Slack bench's profile).
  const timeouts = options.timeoutMs ? { headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs } : {};
  const leanFetch: webApi.FetchFunction = async (url, init = {}) => {
    if (init.body !== undefined && typeof init.body !== 'string') {
      const signal = options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined;
      return fetch(url, { ...(init as RequestInit), ...(signal && !init.signal && { signal }) });
    }
    const response = await request(url, {
      method: (init.method ?? 'GET') as 'POST',
      headers: init.headers ?? {},
      ...(init.body !== undefined && { body: init.body }),
      ...(init.signal && { signal: init.signal }),
      ...timeouts,
      dispatcher,
    });
    const body = Buffer.from(await response.body.arrayBuffer());
    const headers = new Map<string, string>();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      statusText: '',
      url: String(url),
      headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null, entries: () => headers.entries() },
      arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
      json: async () => JSON.parse(body.toString('utf8')) as unknown,
      text: async () => body.toString('utf8'),
    };
  };
  return { fetch: leanFetch, close: () => dispatcher.close() };
}
