import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openPool, type PgPool } from '../../src/base/postgres.js';
import { openSlackSeenKeys } from '../../src/wiring/slack-seen.js';
import { reply } from '../../src/reply/model.js';
import { defineCommand } from '../../commands/types.js';
import { eventBody } from '../fakes/slack/payloads.js';
import { signRequest } from '../fakes/slack/server.js';
import { SECRET, startHarness, testCommands, type Harness } from '../slack/harness.js';
import { freshDatabase } from '../helpers/postgres.js';

/**
 * Slack's HTTP requests may reach any replica behind the load balancer: two Bolt apps (the real
 * adapter), each with its own pool on one PostgreSQL database, as two replicas would be. A
 * redelivered event and a replayed admin command are each acted on once between them.
 */

const replicas: Harness[] = [];
const pools: PgPool[] = [];
let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
afterEach(async () => {
  for (const h of replicas.splice(0)) await h.close();
  for (const p of pools.splice(0)) await p.end();
  await db?.drop();
  db = undefined;
});

async function replica(
  options: Parameters<typeof startHarness>[1] = {},
  fake: Parameters<typeof startHarness>[0] = {},
): Promise<Harness> {
  const pool = openPool(db!.url, { max: 2 });
  pools.push(pool);
  const h = await startHarness(fake, {
    ...options,
    extra: { ...options.extra, seen: await openSlackSeenKeys({ engine: 'postgres', pool }) },
  });
  replicas.push(h);
  return h;
}

describe('Slack requests on two replicas sharing one PostgreSQL', () => {
  it('answer an event once when Slack redelivers it to the other replica', async () => {
    db = await freshDatabase('slack');
    const [a, b] = [await replica(), await replica()];
    const event = {
      type: 'app_mention',
      user: 'U0001',
      channel: 'C0300',
      text: '<@UBOT> who are the members',
      ts: '1700003000.000100',
    };
    // Signed as Slack signs it; a redelivery carries Slack's retry headers.
    const send = async (to: Harness, retry?: number) => {
      const body = eventBody(event, to.fake.teamId, 'EvREPLICA001');
      const timestamp = Math.floor(Date.now() / 1000);
      const res = await fetch(to.eventsUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signRequest(SECRET, timestamp, body),
          ...(retry && { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' }),
        },
        body,
      });
      return { status: res.status };
    };
    expect((await send(a)).status).toBe(200);
    await a.fake.waitFor((c) => c.method === 'chat.postMessage');
    expect((await send(b, 1)).status).toBe(200);
    expect((await send(a, 2)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(a.fake.callsTo('chat.postMessage').length + b.fake.callsTo('chat.postMessage').length).toBe(1);
  });

  it('run an admin command once when its trigger_id is replayed to the other replica', async () => {
    db = await freshDatabase('slack');
    let runs = 0;
    const counted = defineCommand({
      name: 'admin-probe',
      description: 'counts',
      options: z.object({}),
      adminOnly: true,
      examples: [],
      handler: () => {
        runs++;
        return reply({ title: 'done' });
      },
    });
    const commands = [...testCommands().filter((c) => c.name !== 'admin-probe'), counted];
    const admin = { users: [{ id: 'UADMIN', is_admin: true }] };
    const [a, b] = [await replica({ commands }, admin), await replica({ commands }, admin)];
    await a.slash('admin-probe', { userId: 'UADMIN', triggerId: '7.7.replayed' });
    await b
      .slash('admin-probe', { userId: 'UADMIN', triggerId: '7.7.replayed', timeoutMs: 500 })
      .catch(() => undefined);
    await b.slash('admin-probe', { userId: 'UADMIN', triggerId: '7.7.fresh' });
    expect(runs).toBe(2);
  });
});
