import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { FeedParseError, type ParsedFeed } from './parse-feed.js';
import type { ParseRequest, ParseResponse } from './parse-worker.js';

/**
 * Feeds are parsed in one worker thread, one at a time, each with a time limit: the parser is
 * quadratic in the item count, and on the main thread one 610 KB feed once blocked the event
 * loop for 20 s. A feed that runs over its time is given up and the worker replaced.
 */
export interface ParseLimits {
  /** How long one feed may take to decode and parse. */
  parseTimeoutMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { parseTimeoutMs: 20_000 };

/**
 * How the worker starts: from source (.ts) it registers tsx first (a worker does not inherit
 * the parent's loader); from the esbuild bundle it loads dist/parse-worker.js.
 */
const BOOT = `const { workerData } = require('node:worker_threads');
(async () => { if (workerData.tsx) (await import(workerData.tsx)).register(); await import(workerData.entry); })();`;

function workerSource(): { entry: string; tsx?: string } {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url).href;
  return fromSource ? { entry, tsx: import.meta.resolve('tsx/esm/api') } : { entry };
}

export class FeedParserPool {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly one = pLimit(1);

  constructor(private readonly limits: ParseLimits = DEFAULT_PARSE_LIMITS) {}

  parse(body: Uint8Array, contentType: string): Promise<ParsedFeed> {
    return this.one(() => this.run(body, contentType));
  }

  /** Stops the worker (shutdown); a later parse starts a new one. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: workerSource(),
      execArgv: [],
      // A hostile feed may cost the worker its heap, never the bot's.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    // An idle parser must not keep the process alive.
    worker.unref();
    return worker;
  }

  private run(body: Uint8Array, contentType: string): Promise<ParsedFeed> {
    const worker = (this.worker ??= this.spawn());
    const id = ++this.nextId;
    return new Promise<ParsedFeed>((resolve, reject) => {
      const finish = (fn: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        fn();
      };
      const replace = () => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        replace();
        finish(() => reject(new FeedParseError('took too long to read')));
      }, this.limits.parseTimeoutMs);
      const onMessage = (m: ParseResponse) => {
        if (m.id !== id) return;
        if (m.ok) finish(() => resolve(m.feed));
        else finish(() => reject(m.parseError !== undefined ? new FeedParseError(m.parseError) : new Error(m.error)));
      };
      const onError = (err: Error) => {
        replace();
        finish(() => reject(/ERR_WORKER_OUT_OF_MEMORY/.test(String((err as NodeJS.ErrnoException).code)) ? new FeedParseError('too big to read') : err));
      };
      const onExit = () => {
        if (this.worker === worker) this.worker = undefined;
        finish(() => reject(new Error('the feed parser stopped')));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // The bytes are copied, not moved: the caller keeps its buffer.
      worker.postMessage({ id, body, contentType } satisfies ParseRequest);
    });
  }
}
