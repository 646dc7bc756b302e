import { describe, expect, it } from 'vitest';
import { facts, registry, testContext } from '../helpers/app.js';
import { toPlainText } from '../../src/reply/plain-text.js';
import { formatDate } from '../../src/base/dates.js';

const sco = registry();
const run = (line: string, ctx = testContext()) => sco.runLine(line, ctx);
const text = async (line: string) => toPlainText(await run(line));

describe('/sco help', () => {
  it('lists every registered command with its usage', async () => {
    const out = await text('help');
    for (const c of sco.commands) expect(out).toContain(`/sco ${c.name}`);
  });

  it('explains one command with its options and examples', async () => {
    const out = await text('help country');
    expect(out).toMatch(/\/sco country <name>/);
    expect(out).toMatch(/Examples/);
  });
});

describe('/sco members', () => {
  it('lists the ten member states with their accession dates and a source', async () => {
    const reply = await run('members');
    const items = reply.sections[0]?.items ?? [];
    expect(items).toHaveLength(10);
    expect(items).toContain('Belarus — since 4 July 2024');
    expect(items).toContain('Iran — since 4 July 2023');
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.asOf).toBe(facts().meta.dataAsOf);
  });

  it('lists the 17 partners after the 2025 merge of observers and dialogue partners', async () => {
    const reply = await run('members partner');
    expect(reply.summary).toBe('The SCO has 17 partners.');
    expect(reply.sections[0]?.items).toContain('Laos (partner since 1 September 2025)');
    expect(reply.sections[0]?.items).toContain('Mongolia (former observer)');
    expect(reply.sections[0]?.text).toBe(
      'Observers and dialogue partners merged into "SCO partners" (1 September 2025).',
    );
  });

  it('counts 27 countries in the SCO family for "all"', async () => {
    expect((await run('members all')).summary).toMatch(/10 member states and 17 partners: 27 countries/);
  });

  it('refuses an unknown status with the allowed values', async () => {
    const reply = await run('members friends');
    expect(reply.tone).toBe('error');
    expect(reply.ephemeral).toBe(true);
    expect(reply.summary).toMatch(/status must be one of member, partner, all/);
  });
});

describe('/sco country', () => {
  it('profiles a member from a misspelling and says what it matched', async () => {
    const reply = await run('country kazakstan');
    expect(reply.title).toMatch(/^Kazakhstan/);
    expect(reply.summary).toMatch(/member state since 15 June 2001/);
    expect(reply.footer).toMatch(/Showing Kazakhstan for "kazakstan"/);
    expect(reply.sources.length).toBeGreaterThan(1);
  });

  it('profiles a member from its native name and gives its accession summit', async () => {
    const out = await text('country Беларусь');
    expect(out).toMatch(/Belarus is an SCO member state since 4 July 2024/);
    expect(out).toMatch(/Astana/);
  });

  it('profiles a member from its Chinese name in traditional characters', async () => {
    expect(await text('country 哈薩克斯坦')).toMatch(/Kazakhstan is an SCO member state since 15 June 2001/);
  });

  it("shows India's refusal to sign at Qingdao among its positions", async () => {
    const out = await text('country India');
    expect(out).toMatch(/Positions and disagreements/);
    expect(out).toMatch(/refused to sign/);
  });

  it('answers for a non-participant with a sourced "not part of the SCO"', async () => {
    const reply = await run('country USA');
    expect(reply.summary).toBe('United States is not part of the SCO in any category.');
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it('suggests near names for an unknown country instead of guessing', async () => {
    const reply = await run('country Iarn');
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/Did you mean Iran/);
    expect(reply.suggestions).toContain('/sco country Iran');
  });

  it('asks for the missing name with the usage', async () => {
    const reply = await run('country');
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/name is required.*Usage: \/sco country <name>/);
  });
});

describe('/sco events', () => {
  it('lists events newest first, the NATO summit marked as context', async () => {
    const reply = await run('events');
    const headings = reply.sections.map((s) => s.heading ?? '');
    expect(headings.indexOf("SCO Defence Ministers' Meeting, Qingdao 2025")).toBeLessThan(
      headings.findIndex((h) => h.includes('Astana')),
    );
    expect(headings.find((h) => h.includes('NATO'))).toMatch(/context, not an SCO event/);
  });

  it('filters by country and by a year given positionally', async () => {
    expect((await run('events India')).sections.map((s) => s.heading)).toContain(
      "SCO Defence Ministers' Meeting, Qingdao 2025",
    );
    const since2026 = await run('events 2026');
    expect(since2026.sections.length).toBeGreaterThan(0);
    expect(since2026.sections.every((s) => (s.text ?? '').includes('2026'))).toBe(true);
  });

  it('rejects a date that does not exist', async () => {
    const reply = await run('events since:2025-13');
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/not a date I can read/);
  });
});

describe('/sco brief, /sco sources, /sco about', () => {
  it('briefs on the latest events, what is contested, and the wrong "eight members" claim, with sources', async () => {
    const reply = await run('brief');
    const out = toPlainText(reply);
    expect(out).toMatch(/Latest events/);
    expect(out).toMatch(/Contested/);
    expect(out).toMatch(/eight members/);
    expect(reply.sources.length).toBeGreaterThan(3);
  });

  it('lists no meeting whose date has passed as coming up, and says when nothing is ahead', async () => {
    const reply = await run('brief');
    const comingUp = reply.sections.find((s) => s.heading === 'Coming up');
    expect(comingUp?.items ?? []).toEqual([]);
    expect(comingUp?.text).toBe('The data holds no meeting after today, 27 November 2026.');
    expect(reply.sections.find((s) => s.heading === 'Latest events')?.items?.join('\n')).toMatch(
      /Bishkek, Kyrgyzstan: held on 1 September 2026; its decisions are not in the data/,
    );
  });

  it('lists the sources behind the Qingdao meeting', async () => {
    const reply = await run('sources Qingdao');
    expect(reply.sources.map((s) => s.publisher)).toContain('India Today');
  });

  it('explains why a fabricated reference is not cited, without citing it', async () => {
    const reply = await run('sources globainsight');
    expect(toPlainText(reply)).toMatch(/References we do not cite/);
    expect(reply.sources.some((s) => s.url?.includes('globainsight'))).toBe(false);
  });

  it('says what the data covers, when it ends and how old that is', async () => {
    const reply = await run('about');
    expect(reply.summary).toMatch(
      new RegExp(`^Facts checked to ${formatDate(facts().meta.dataAsOf)}, \\d+ (days|weeks|months) ago\\.`),
    );
    expect(reply.sections[0]).toEqual({ heading: 'Coverage', text: facts().meta.coverageNote });
  });
});

describe('registry safety', () => {
  it('answers an unknown command with near names, never a stack trace', async () => {
    const reply = await run('memebrs');
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/Did you mean \/sco members/);
  });

  it('refuses extra words a command does not take', async () => {
    const reply = await run('members partner extra words');
    expect(reply.tone).toBe('error');
    expect(reply.summary).toMatch(/did not expect "extra words"/);
  });

  it('turns a handler failure into a short error and reports it to the logger', async () => {
    const failures: string[] = [];
    const { CommandRegistry } = await import('../../commands/registry.js');
    const { z } = await import('zod');
    const boom = new CommandRegistry(
      [
        {
          name: 'boom',
          description: 'fails',
          options: z.object({}),
          examples: [],
          handler: () => {
            throw new Error('secret detail');
          },
        },
      ],
      (_err, name) => failures.push(name),
    );
    const reply = await boom.run('boom', {}, testContext());
    expect(reply.tone).toBe('error');
    expect(JSON.stringify(reply)).not.toContain('secret detail');
    expect(failures).toEqual(['boom']);
  });

  it('refuses an admin-only command to someone who cannot administer the channel', async () => {
    const { CommandRegistry } = await import('../../commands/registry.js');
    const { z } = await import('zod');
    let ran = false;
    const reg = new CommandRegistry([
      {
        name: 'guarded',
        description: 'admin',
        adminOnly: true,
        options: z.object({}),
        examples: [],
        handler: () => ((ran = true), { tone: 'info', title: 'ok', sections: [], sources: [] }),
      },
    ]);
    const reply = await reg.run('guarded', {}, testContext({ canAdminister: async () => false }));
    expect(reply.title).toMatch(/Only channel admins/);
    expect(ran).toBe(false);
  });
});

describe('how commands are written on each platform', () => {
  it('names admin commands /sco-admin on Discord and /sco elsewhere, in help and in usage errors', async () => {
    const { CommandRegistry } = await import('../../commands/registry.js');
    const { makeHelp } = await import('../../commands/help.js');
    const { z } = await import('zod');
    const list: any[] = [];
    list.push(
      makeHelp(() => list),
      {
        name: 'guarded',
        description: 'admin',
        adminOnly: true,
        options: z.object({ when: z.string().meta({ description: 'when' }) }),
        examples: ['guarded daily'],
        handler: () => ({ tone: 'info', title: 'ok', sections: [], sources: [] }),
      },
    );
    const reg = new CommandRegistry(list);
    const onDiscord = toPlainText(await reg.run('help', {}, testContext({ platform: 'discord' })));
    const onSlack = toPlainText(await reg.run('help', {}, testContext({ platform: 'slack' })));
    expect(onDiscord).toContain('/sco-admin guarded <when>');
    expect(onSlack).toContain('/sco guarded <when>');
    const usage = await reg.run('guarded', {}, testContext({ platform: 'discord' }));
    expect(usage.summary).toMatch(/Usage: \/sco-admin guarded <when>/);
  });
});
