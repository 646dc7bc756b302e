import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A feed with an ETag and Last-Modified; answers 304 to a matching conditional GET. */
export function feed(
  body: () => string,
  contentType = 'application/rss+xml; charset=utf-8',
  lastModified = 'Thu, 26 Nov 2026 12:00:00 GMT',
): Route {
  return (req, res) => {
    const text = body();
    const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(text);
  };
}

export const status =
  (code: number): Route =>
  (_req, res) =>
    void res.writeHead(code, { 'content-type': 'text/plain' }).end(`status ${code}`);
export const redirect =
  (to: string, code = 302): Route =>
  (_req, res) =>
    void res.writeHead(code, { location: to }).end();
/** Accepts the request and never answers. */
export const silent: Route = () => {};
/** Sends headers and then an endless body, without a Content-Length. */
export const endless: Route = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const pump = () => {
    while (res.write(chunk)) if (res.destroyed) return;
    if (!res.destroyed) res.once('drain', pump);
  };
  res.write('<?xml version="1.0"?><rss><channel><title>');
  pump();
};

/**
 * A loopback HTTP server serving fixture feeds and hostile answers, recording each request
 * and the most requests that were in flight at once.
 */
export class FeedServer {
  readonly routes = new Map<string, Route>();
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Each answer waits this long, so overlapping requests would show. */
  delayMs = 0;
  private server: Server | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      this.requests.push({ path, headers: req.headers });
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      const done = () => void (this.inFlight = Math.max(0, this.inFlight - 1));
      res.once('close', done);
      const route = this.routes.get(path) ?? status(404);
      setTimeout(() => route(req, res), this.delayMs);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  hits(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
