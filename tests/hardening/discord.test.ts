import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/discord/render.js';
import { buildCommandDefinitions } from '../../src/adapters/discord/definitions.js';
import { diffCommands } from '../../src/adapters/discord/sync.js';
import { reply } from '../../src/reply/model.js';
import { registry } from '../helpers/app.js';

/** Issue 12, findings 3 (Discord markdown) and 4 (where /sco-admin may be used). */

const HOSTILE_TITLE = '[tass.com: official statement](https://evil.example) **SCO** # big ||spoiler|| <@123456789012345678>';

/** Every text Discord renders as markdown in the messages. */
const rendered = (r: ReturnType<typeof reply>) =>
  renderReply(r)
    .flatMap((m) => m.embeds)
    .flatMap((e) => [e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
    .join('\n');

describe('finding 3: feed text cannot become Discord markdown', () => {
  const news = reply({
    title: 'SCO news',
    summary: '1 most recent item, newest first.',
    sections: [{ items: [`${HOSTILE_TITLE} — TASS, 2026-11-28\nhttps://tass.com/world/1_2_3`] }],
    sources: [{ id: 'n1', publisher: 'TASS', title: HOSTILE_TITLE, url: 'https://tass.com/world/1_2_3', date: '2026-11-28' }],
  });

  it('shows a masked link, bold, a heading, a spoiler and a mention from a headline as the literal text', () => {
    const text = rendered(news);
    // No masked link but the renderer's own citation link, no unescaped bold, heading, spoiler or mention.
    const masked = [...text.matchAll(/(?<!\\)\[([^\]\\]|\\.)*\]\((https?:[^)]*)\)/g)].map((m) => m[2]);
    expect(masked).toEqual(['https://tass.com/world/1_2_3']);
    expect(text).not.toMatch(/(?<!\\)\*\*SCO/);
    expect(text).not.toMatch(/(?<!\\)\|\|spoiler/);
    expect(text).not.toMatch(/(?<!\\)<@\d/);
    expect(text).not.toMatch(/^# /m);
  });

  it('leaves bare links clickable as they were', () => {
    expect(rendered(news)).toContain('\nhttps://tass.com/world/1_2_3');
  });
});

describe('finding 4: where /sco-admin may be used', () => {
  const admin = () => buildCommandDefinitions(registry()).find((c) => c.name === 'sco-admin')!;

  it('declares /sco-admin for servers and the bot’s own DM only, never group or other people’s DMs', () => {
    expect(admin()).toMatchObject({ contexts: [0, 1], integration_types: [0] });
  });

  it('re-registers when Discord still has /sco-admin usable everywhere', () => {
    const wanted = buildCommandDefinitions(registry()) as unknown as Record<string, unknown>[];
    const asDiscordHadIt = wanted.map((c) => ({ ...c, contexts: null, integration_types: [0], dm_permission: true }));
    expect(diffCommands(asDiscordHadIt, wanted)).toEqual(['sco-admin: changed']);
    expect(diffCommands(wanted.map((c) => ({ ...c, id: '1', version: '2' })), wanted)).toEqual([]);
  });
});
