import { describe, expect, it } from 'vitest';
import { facts, registry, testContext } from '../helpers/app.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { reply } from '../../src/reply/model.js';

const PRINT = 'peoplesdaily-2026-09-02-bishkek-summit';

describe('a newspaper print edition as a source', () => {
  it('is cited by publisher, title, date and page, with no address', () => {
    const [c] = facts().citations([PRINT]);
    expect(c).toEqual({
      id: PRINT,
      publisher: "People's Daily",
      title:
        'Front-page report: the 26th meeting of the SCO Council of Heads of State and the "SCO Plus" meeting in Bishkek',
      date: '2 September 2026',
      print: 'p. 1',
    });
    // The link-only lookup does not hand out a print edition as if it had an address.
    expect(facts().citation(PRINT)).toBeUndefined();
  });

  const r = reply({
    title: 'Bishkek',
    summary: 'Held.',
    sources: facts().citations([PRINT, 'tass-2025-kyrgyzstan-chair']),
  });

  it('reads on the console without a link, and the web source beside it keeps its own', () => {
    const out = toPlainText(r);
    expect(out).toContain(
      `[1] People's Daily, "Front-page report: the 26th meeting of the SCO Council of Heads of State and the "SCO Plus" meeting in Bishkek" (2 September 2026) — print edition, p. 1`,
    );
    expect(out.split('\n').find((l) => l.startsWith('[1]'))).not.toMatch(/https?:/);
    expect(out).toContain('[2] TASS, ');
    expect(out).toMatch(/\[2\] .* https:\/\/tass\.com\/world\/2010153/);
  });

  it('is an unlinked title in Slack blocks', () => {
    const text = JSON.stringify(renderSlack(r));
    expect(text).toContain("1. People's Daily, Front-page report: the 26th meeting");
    expect(text).toContain('— print edition, p. 1');
    expect(text).not.toMatch(/<[^>|]*\|Front-page report/);
    expect(text).toMatch(/<https:\/\/tass\.com\/world\/2010153\|/);
  });

  it('is an unlinked line in a Discord embed', () => {
    const sources = renderReply(r)[0]!
      .embeds.flatMap((e) => e.fields ?? [])
      .find((f) => f.name === 'Sources')!.value;
    const [first, second] = sources.split('\n');
    expect(first).toBe(
      '1. People\'s Daily — Front-page report: the 26th meeting of the SCO Council of Heads of State and the "SCO Plus" meeting in Bishkek (2 September 2026) — print edition, p. 1',
    );
    expect(second).toMatch(/^2\. \[TASS — .*\]\(https:\/\/tass\.com\/world\/2010153\)$/);
  });

  it('backs the Bishkek summit wherever it is shown, with no address invented for it', async () => {
    const r = await registry().runLine('events Kyrgyzstan', testContext());
    const cited = r.sources.find((s) => s.id === PRINT);
    expect(cited).toMatchObject({ print: 'p. 1' });
    expect(cited?.url).toBeUndefined();
  });
});
