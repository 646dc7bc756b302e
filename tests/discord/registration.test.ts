import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, TOKEN, type Harness } from './harness.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/server.js';
import { diffCommands } from '../../src/adapters/discord/sync.js';
import { buildCommandDefinitions } from '../../src/adapters/discord/definitions.js';
import { createRegistry } from '../../commands/index.js';
import { createDiscordRest } from '../../src/adapters/discord/rest.js';
import { syncCommands } from '../../src/adapters/discord/sync.js';

describe('Discord command registration', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  const puts = (fake: FakeDiscord) => fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'));

  it('does not register again on a restart when Discord already has the same definitions', async () => {
    const fake = await startFakeDiscord();
    cleanup.push(() => fake.close());
    const first: Harness = await startHarness({ reuseFake: fake });
    await first.stop();
    expect(puts(fake)).toHaveLength(1);
    const second = await startHarness({ reuseFake: fake });
    cleanup.push(() => second.stop());
    expect(second.registration).toEqual({ changed: false, differences: [] });
    expect(puts(fake)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/commands'))).toHaveLength(2);
  });

  it('registers globally when no guild is configured, and only the changed definitions count as different', async () => {
    const defs = buildCommandDefinitions(createRegistry());
    const stale = structuredClone(defs);
    stale[0]!.description = 'An older description';
    const fake = await startFakeDiscord({ globalCommands: stale as unknown as Record<string, unknown>[] });
    cleanup.push(() => fake.close());
    const rest = createDiscordRest({ token: TOKEN, apiUrl: fake.apiUrl });
    const result = await syncCommands(rest, { applicationId: fake.applicationId }, defs);
    expect(result).toEqual({ changed: true, differences: ['sco: changed'] });
    expect(puts(fake).map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect(fake.commands.get('global')!.map((c) => c.description)).toEqual(defs.map((d) => d.description));
  });

  it('treats Discord echoing defaults (required false, ids, versions) as no difference, and a removed command as one', () => {
    const defs = buildCommandDefinitions(createRegistry()) as unknown as Record<string, unknown>[];
    const echoed = defs.map((d) => ({ ...d, id: '1', application_id: '2', version: '3', nsfw: false, dm_permission: true, default_member_permissions: d.default_member_permissions ?? null }));
    expect(diffCommands(echoed, defs)).toEqual([]);
    expect(diffCommands([...echoed, { name: 'old', description: 'x' }], defs)).toEqual(['old: removed']);
  });
});
