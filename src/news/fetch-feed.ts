import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, fetch as undiciFetch, type Dispatcher, type Response } from 'undici';

/**
 * HTTP for feeds: conditional GET, a time limit, a size cap read off the stream, redirects
 * followed by hand (so a loop or a hop to another scheme is caught), and one request at a
 * time per host so a slow publisher is not hammered and fast ones are not held up.
 *
 * Feed addresses come from configuration, but redirects come from whoever answers: every hop
 * is checked before it is sent (scheme, port, a literal address) and every name is checked
 * when it is resolved, on the connection itself, so a name that resolves to a private address
 * (or changes its answer between a check and the connection) is never connected to.
 */

export interface FetchLimits {
  /** One request, body included (each redirect hop has its own). */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** NEWS_ALLOW_PRIVATE_ADDRESSES: read feeds from loopback and private hosts, on any port (tests, intranet feeds). */
  allowPrivateAddresses?: boolean;
  /** Which resolved addresses may be connected to; public unicast only by default. */
  isAllowedAddress?: (address: string) => boolean;
  /** Ports a feed address may name (80 and 443 by default). */
  allowedPorts?: readonly number[];
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
  | { kind: 'body'; url: string; body: Uint8Array; readonly text: string; contentType: string; validators: Validators; bytes: number };

/**
 * Why a fetch failed, in words short enough for `/sco news sources` and generic enough to show
 * anyone: never an internal address or a raw network error (those go to the log as `detail`).
 */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: 'timeout' | 'http' | 'too-large' | 'redirects' | 'network' | 'bad-url' | 'blocked',
    /** For the operator's log only. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const BLOCKED = 'address not allowed';

/** A resolved or literal address that is not public unicast: loopback, private, link-local, unique-local, metadata, mapped, … */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return false;
  let ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

class BlockedAddress extends Error {}

/** dns.lookup that refuses a name when any of its addresses is not allowed; used by the connection itself. */
export function guardedLookup(allowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = addresses.find((a) => !allowed(a.address));
      if (refused || addresses.length === 0) return callback(new BlockedAddress(`${hostname} resolves to ${refused?.address ?? 'nothing'}`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export class FeedFetcher {
  private readonly hosts = new Map<string, LimitFunction>();
  private readonly dispatcher: Dispatcher;
  private readonly allowed: (address: string) => boolean;

  /** `dispatcher` replaces the connection pool (tests pass one that never connects anywhere). */
  constructor(
    private readonly limits: FetchLimits = DEFAULT_LIMITS,
    options: { dispatcher?: Dispatcher } = {},
  ) {
    this.allowed = limits.allowPrivateAddresses ? () => true : (limits.isAllowedAddress ?? isPublicAddress);
    this.dispatcher = options.dispatcher ?? new Agent({ connect: { lookup: guardedLookup(this.allowed) } });
  }

  /** Closes the pooled connections. */
  close(): Promise<void> {
    return this.dispatcher.close();
  }

  /** Refuses a hop before it is sent: a port other than 80/443, or a literal address that is not allowed. */
  private checkHop(url: URL): void {
    if (this.limits.allowPrivateAddresses) return;
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    if (!(this.limits.allowedPorts ?? [80, 443]).includes(port)) throw new FetchError(BLOCKED, 'blocked', `port ${port}`);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host) && !this.allowed(host)) throw new FetchError(BLOCKED, 'blocked', host);
  }

  async fetch(address: string, validators: Validators = {}, signal?: AbortSignal): Promise<FetchResult> {
    const seen = new Set<string>();
    let url = parseHttpUrl(address);
    for (let hop = 0; ; hop++) {
      this.checkHop(url);
      seen.add(url.href);
      // Each request has its own clock, started when it leaves the host's queue: waiting
      // behind a slow feed of the same host is not this feed's fault.
      const step = await this.queueFor(url.host)(() => {
        // Shutdown (the caller's signal) aborts a request as its own time limit does.
        const timeout = AbortSignal.timeout(this.limits.timeoutMs);
        return this.once(url, validators, signal ? AbortSignal.any([timeout, signal]) : timeout);
      });
      if (step.kind !== 'redirect') return step;
      if (hop >= this.limits.maxRedirects) throw new FetchError(`more than ${this.limits.maxRedirects} redirects`, 'redirects');
      const next = parseHttpUrl(step.location, url);
      if (seen.has(next.href)) throw new FetchError('redirect loop', 'redirects', next.href);
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
      res = await undiciFetch(url, { headers, redirect: 'manual', signal, dispatcher: this.dispatcher });
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
      body: bytes,
      // Decoded on demand: the parser's worker decodes the bytes itself, off the event loop.
      get text() {
        return decodeFeed(bytes, contentType);
      },
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
    throw new FetchError('not a web address', 'bad-url', raw.slice(0, 200));
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

/** The byte-order mark's encoding, else the charset from the Content-Type, else from the XML declaration, else UTF-8. */
export function decodeFeed(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const charset =
    bomEncoding(bytes) ?? /charset="?([\w-]+)/i.exec(contentType)?.[1] ?? /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A BOM wins over what the headers say (as the WHATWG encoding standard has it). */
function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function failure(err: unknown, timeoutMs: number): FetchError {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return new FetchError(`no complete answer within ${timeoutMs} ms`, 'timeout');
  if (e?.cause instanceof BlockedAddress) return new FetchError(BLOCKED, 'blocked', e.cause.message);
  const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
  return new FetchError('could not connect', 'network', cause);
}
