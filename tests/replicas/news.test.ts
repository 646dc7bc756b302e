import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPool } from '../../src/base/postgres.js';
import { openNewsStore } from '../../src/news/open-store.js';
import { News } from '../../src/news/service.js';
import { facts } from '../helpers/app.js';
import { freshDatabase } from '../helpers/postgres.js';
import { FeedServer, feed, fixture } from '../news/feed-server.js';

/** News is polled by one replica at a time: three replicas' polls at the same moment read each feed once. */

const server = new FeedServer();
beforeAll(async () => {
  await server.start();
  // A feed that answers slowly, so the three polls overlap.
  const wire = feed(() => fixture('wire-rss2.xml'));
  server.routes.set('/wire.xml', (req, res) => void setTimeout(() => wire(req, res), 300));
});
afterAll(() => server.stop());

describe('three replicas polling news on one PostgreSQL', () => {
  it('read the feed once between them, and each sees what the one that polled stored', async () => {
    const db = await freshDatabase('news');
    const pools = [1, 2, 3].map(() => openPool(db.url, { max: 3 }));
    try {
      const quiet = { info() {}, warn() {}, debug() {} };
      const replicas = await Promise.all(
        pools.map(
          async (pool) =>
            new News({
              store: await openNewsStore({ engine: 'postgres', pool }),
              facts: facts(),
              logger: quiet,
              now: () => new Date('2026-11-26T12:00:00Z'),
              feeds: [
                { id: 'wire', name: 'Wire', url: server.url('/wire.xml'), language: 'en', publisher: 'Wire Service' },
              ],
              limits: { allowPrivateAddresses: true },
            }),
        ),
      );
      const outcomes = await Promise.all(replicas.map((r) => r.poll()));
      expect(outcomes.map((o) => o.length).sort()).toEqual([0, 0, 1]);
      expect(server.hits('/wire.xml')).toBe(1);
      const stored = await Promise.all(replicas.map(async (r) => (await r.recent({ limit: 50 })).length));
      expect(new Set(stored).size).toBe(1);
      expect(stored[0]).toBeGreaterThan(0);
      await Promise.all(replicas.map((r) => r.stop()));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await db.drop();
    }
  });
});
