import { describe, expect, it } from 'vitest';
import type { StateHandle } from '../../src/base/db.js';
import { openInstallationStore } from '../../src/installations/open-store.js';
import { createSealer, SealError } from '../../src/installations/seal.js';
import { ENGINES, useEngine } from './engines.js';

/** The installation store's contract: the same behaviour on SQLite and on PostgreSQL, each test on a new empty database. */

const KEY = '0f'.repeat(32);
const NOW = new Date('2026-11-29T12:00:00Z');
const install = (team: string, token = `xoxb-${team}-secret-token`) => ({
  workspace: `T:${team}`,
  teamId: team,
  data: { team: { id: team, name: `Team ${team}` }, bot: { token, userId: `UB${team}` }, isEnterpriseInstall: false },
});

/** Raw SQL on either engine, to look at what is stored and to tamper with it. */
async function sql(handle: StateHandle, query: string): Promise<Record<string, unknown>[]> {
  if (handle.engine === 'postgres') return (await handle.pool.query(query)).rows as Record<string, unknown>[];
  if (query.trimStart().startsWith('SELECT')) return handle.db.prepare(query).all() as Record<string, unknown>[];
  handle.db.prepare(query).run();
  return [];
}

describe.each(ENGINES)('the installation store on %s', (engine) => {
  const s = useEngine(engine, (handle) => openInstallationStore(handle, createSealer(KEY)));
  const store = () => s.value;
  const handle = () => s.state.handle;

  it('gives back what it kept, and a re-install replaces the tokens', async () => {
    await store().save(install('T1'), NOW);
    expect(await store().find('T:T1')).toEqual(install('T1'));
    await store().save(install('T1', 'xoxb-T1-new-token'), NOW);
    expect((await store().find('T:T1'))?.data).toMatchObject({ bot: { token: 'xoxb-T1-new-token' } });
    expect(await store().count()).toBe(1);
    expect(await store().find('T:T2')).toBeUndefined();
  });

  it('forgets a workspace on remove, and says whether there was one', async () => {
    await store().save(install('T1'), NOW);
    await store().save(install('T2'), NOW);
    expect(await store().remove('T:T1')).toBe(true);
    expect(await store().remove('T:T1')).toBe(false);
    expect(await store().find('T:T1')).toBeUndefined();
    expect(await store().find('T:T2')).toBeDefined();
  });

  it('keeps no token in the clear, and cannot open a row with another key', async () => {
    await store().save(install('T1'), NOW);
    const rows = JSON.stringify(await sql(handle(), 'SELECT * FROM slack_installations'));
    expect(rows).toContain('T:T1');
    expect(rows).not.toContain('xoxb-T1-secret-token');
    const other = await openInstallationStore(handle(), createSealer('1e'.repeat(32)));
    await expect(other.find('T:T1')).rejects.toThrow(SealError);
  });

  it("does not open one workspace's sealed tokens copied onto another workspace's row", async () => {
    await store().save(install('T1'), NOW);
    await store().save(install('T2'), NOW);
    await sql(
      handle(),
      "UPDATE slack_installations SET sealed = (SELECT sealed FROM slack_installations WHERE workspace = 'T:T1') WHERE workspace = 'T:T2'",
    );
    await expect(store().find('T:T2')).rejects.toThrow(SealError);
  });

  it('accepts a remembered OAuth state once, and neither an unknown nor an expired one', async () => {
    await store().rememberState('state-2', new Date(NOW.getTime() + 1000), NOW);
    await store().rememberState('state-1', new Date(NOW.getTime() + 600_000), NOW);
    const later = new Date(NOW.getTime() + 2000);
    expect(await store().consumeState('state-1', later)).toBe(true);
    expect(await store().consumeState('state-1', later)).toBe(false);
    // Issued, but its time ran out.
    expect(await store().consumeState('state-2', later)).toBe(false);
    expect(await store().consumeState('never-issued', later)).toBe(false);
    expect(JSON.stringify(await sql(handle(), 'SELECT * FROM slack_oauth_states'))).not.toContain('state-');
  });

  it('lets exactly one of ten replicas consume the same state at once', async () => {
    await store().rememberState('contested', new Date(NOW.getTime() + 600_000), NOW);
    const results = await Promise.all(Array.from({ length: 10 }, () => store().consumeState('contested', NOW)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe('the token key', () => {
  it('must be 64 hex characters', () => {
    expect(() => createSealer('abc')).toThrow(/64 hex characters/);
    expect(() => createSealer('g'.repeat(64))).toThrow(SealError);
  });

  it('seals the same text differently each time, and notices a changed byte', () => {
    const sealer = createSealer(KEY);
    const a = sealer.seal('xoxb-same', 'T:T1');
    expect(sealer.seal('xoxb-same', 'T:T1')).not.toBe(a);
    expect(sealer.open(a, 'T:T1')).toBe('xoxb-same');
    const parts = a.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    expect(() => sealer.open([...parts.slice(0, 3), body.toString('base64url')].join('.'), 'T:T1')).toThrow(SealError);
  });
});
