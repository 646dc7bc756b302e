import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/base/db.js';
import { openPool } from '../../src/base/postgres.js';
import { openSlackSeenKeys } from '../../src/wiring/slack-seen.js';
import { ENGINES, useEngine } from './engines.js';

/** The Slack seen-keys store's contract on both engines: a key is new once, in whichever process asks first. */
describe.each(ENGINES)('the Slack seen-keys store on %s', (engine) => {
  const s = useEngine(engine, (handle) => openSlackSeenKeys(handle));

  it('says a key is new the first time only', async () => {
    expect(await s.value.firstTime('event:Ev1')).toBe(true);
    expect(await s.value.firstTime('event:Ev1')).toBe(false);
    expect(await s.value.firstTime('trigger:Ev1')).toBe(true);
  });

  it('lets exactly one of several processes act on a key offered to all at once', async () => {
    const others = await Promise.all(
      [1, 2, 3].map(async () => {
        if (engine === 'sqlite') {
          const db = openDatabase(s.state.location);
          return { seen: await openSlackSeenKeys({ engine, db }), close: async () => db.close() };
        }
        const pool = openPool(s.state.location, { max: 2 });
        return { seen: await openSlackSeenKeys({ engine, pool }), close: () => pool.end() };
      }),
    );
    const answers = await Promise.all([s.value, ...others.map((o) => o.seen)].map((k) => k.firstTime('event:EvRACE')));
    expect(answers.filter(Boolean)).toHaveLength(1);
    for (const o of others) await o.close();
  });
});
