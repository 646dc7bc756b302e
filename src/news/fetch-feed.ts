import pLimit, { type LimitFunction } from 'p-limit';

/**
 * HTTP for feeds: conditional GET, a time limit, a size cap read off the stream, redirects
 * followed by hand (so a loop or a hop to another scheme is caught), and one request at a
 * time per host so a slow publisher is not hammered and fast ones are not held up.
 */

export interface FetchLimits {
  /** One request, body included (each redirect hop has its own). */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'SCO-Briefing-Bot/0.1 (+feed reader)',
};

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'not-modified'; url: string }
  | { kind: 'body'; url: string; text: string; contentType: string; validators: Validators; bytes: number };

/** Why a fetch failed, in words short enough for `/sco news sources`. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: 'timeout' | 'http' | 'too-large' | 'redirects' | 'network' | 'bad-url',
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export class FeedFetcher {
  private readonly hosts = new Map<string, LimitFunction>();

  constructor(private readonly limits: FetchLimits = DEFAULT_LIMITS) {}

  async fetch(address: string, validators: Validators = {}): Promise<FetchResult> {
    const seen = new Set<string>();
    let url = parseHttpUrl(address);
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      // Each request has its own clock, started when it leaves the host's queue: waiting
      // behind a slow feed of the same host is not this feed's fault.
      const step = await this.queueFor(url.host)(() => this.once(url, validators, AbortSignal.timeout(this.limits.timeoutMs)));
      if (step.kind !== 'redirect') return step;
      if (hop >= this.limits.maxRedirects) throw new FetchError(`more than ${this.limits.maxRedirects} redirects`, 'redirects');
      const next = parseHttpUrl(step.location, url);
      if (seen.has(next.href)) throw new FetchError(`redirect loop at ${next.href}`, 'redirects');
      url = next;
    }
  }

  private queueFor(host: string): LimitFunction {
    let limit = this.hosts.get(host);
    if (!limit) this.hosts.set(host, (limit = pLimit(1)));
    return limit;
  }

  private async once(url: URL, validators: Validators, signal: AbortSignal): Promise<FetchResult | { kind: 'redirect'; location: string }> {
    const headers: Record<string, string> = {
      accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      'user-agent': this.limits.userAgent,
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    let res: Response;
    try {
      res = await fetch(url, { headers, redirect: 'manual', signal });
    } catch (err) {
      throw failure(err, this.limits.timeoutMs);
    }
    if (REDIRECT.has(res.status)) {
      await res.body?.cancel().catch(() => {});
      const location = res.headers.get('location');
      if (!location) throw new FetchError(`HTTP ${res.status} without a Location header`, 'http');
      return { kind: 'redirect', location };
    }
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { kind: 'not-modified', url: url.href };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, 'http');
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > this.limits.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`body of ${declared} bytes is over the ${this.limits.maxBytes}-byte cap`, 'too-large');
    }
    const bytes = await readCapped(res, this.limits.maxBytes, this.limits.timeoutMs);
    const contentType = res.headers.get('content-type') ?? '';
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    return {
      kind: 'body',
      url: url.href,
      text: decode(bytes, contentType),
      contentType,
      validators: { ...(etag && { etag }), ...(lastModified && { lastModified }) },
      bytes: bytes.byteLength,
    };
  }
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`not an address: ${raw.slice(0, 100)}`, 'bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`refusing a ${url.protocol} address`, 'bad-url');
  return url;
}

/** Reads the body, giving up as soon as it passes the cap (a server may lie about or omit its length). */
async function readCapped(res: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new FetchError(`body passed the ${maxBytes}-byte cap`, 'too-large');
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    throw failure(err, timeoutMs);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The charset from the Content-Type, else from the XML declaration, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function failure(err: unknown, timeoutMs: number): FetchError {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new FetchError(`no complete answer within ${timeoutMs} ms`, 'timeout');
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return new FetchError(`network error: ${cause}`, 'network');
}
