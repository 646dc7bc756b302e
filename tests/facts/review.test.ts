import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { facts } from '../helpers/app.js';
import { factSignals, recordsTouched, untrustedLine, type ReviewCandidate } from '../../src/facts/review.js';
import { openDatabase } from '../../src/base/db.js';
import { SqliteNewsStore } from '../../src/news/sqlite-store.js';

const store = facts().withClock(new Date('2026-11-29T12:00:00Z'));

describe('news that looks like a change to the facts', () => {
  it.each([
    ['Azerbaijan becomes full member of the SCO', 'joined'],
    ['SCO admits Laos as partner', 'admitted'],
    ['Turkmenistan applies for SCO observer status', 'applied'],
    ['Iran appoints new defence minister', 'appointed'],
    ['Pakistan takes over rotating SCO chairmanship', 'chair'],
    ['SCO summit held in Bishkek', 'summit-held'],
    ['上合组织外长理事会会议在比什凯克举行', 'summit-held'],
    ['SCO issues joint statement on Afghanistan', 'statement'],
    ["Iran's defence minister killed in strike", 'died'],
    ['Kyrgyz defence minister resigns', 'resigned'],
    ['Назначен новый генеральный секретарь ШОС', 'appointed'],
  ])('"%s" signals %s', (title, signal) => {
    expect(factSignals(title)).toContain(signal);
  });

  it('leaves ordinary news and announcements of later meetings alone', async () => {
    expect(factSignals('SCO trade officials discuss transport corridors')).toEqual([]);
    expect(factSignals('Саммит ШОС пройдёт в Бишкеке')).toEqual([]);
  });

  it('names the records a reported change would touch', async () => {
    const keys = (title: string, summary = '') => recordsTouched(store, { title, summary }, factSignals(title, summary)).map((r) => `${r.file} ${r.key}`);
    expect(keys('Azerbaijan becomes full member of the SCO')).toEqual(
      expect.arrayContaining(['memberships.json AZ partner', 'memberships.json AZ applicant-member', 'member-count.json from 2024-07-04', 'unknowns.json bishkek-membership-decisions']),
    );
    expect(keys('Iran appoints new defence minister')).toEqual(expect.arrayContaining(['officials.json aziz-nasirzadeh', 'officials.json majid-ibn-al-reza', 'unknowns.json defence-ministers-2026']));
    expect(keys('Nurlan Yermekbayev resigns as SCO Secretary-General')).toEqual(expect.arrayContaining(['officials.json nurlan-yermekbayev']));
    expect(keys('Pakistan takes over rotating SCO chairmanship')).toEqual(expect.arrayContaining(['chairs.json KG from 2025-09-01', 'unknowns.json chair-2026-27']));
    expect(keys('SCO heads of government meeting held in Dushanbe')).toEqual(expect.arrayContaining(['events.json dushanbe-heads-of-government-2026', 'unknowns.json meetings-2026']));
  });

  it('keeps feed text to one clean line', async () => {
    expect(untrustedLine('Head\u202Eline\u0000 with\n\ncontrols\u200B', 200)).toBe('Headline with controls');
    expect(untrustedLine('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('npm run data:review', () => {
  it('lists the stored items that may change the facts, with their links and the records they would touch, and leaves the rest out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-review-'));
    const path = join(dir, 'state.sqlite');
    try {
      const db = openDatabase(path);
      const news = new SqliteNewsStore(db);
      const now = new Date('2026-11-20T10:00:00Z');
      const item = (title: string, summary: string, countries: string[]) =>
        news.saveAll([{ feedId: 'wire', publisher: 'Wire\u202E Service', title, url: `https://news.example/${encodeURIComponent(title)}`, normalisedUrl: `news.example/${title}`, summary, countries, published: now }], now);
      await item('Iran names new defence minister', 'Tehran appointed a new minister of defence.', ['IR']);
      await item('SCO trade officials discuss transport corridors', 'Logistics.', []);
      db.close();

      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/data-review.ts'], { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: path, LOG_LEVEL: 'silent' } });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^1 news item since 3 September 2026 may change the facts\./);
      expect(run.stdout).toContain('1. Iran names new defence minister — Wire Service, 2026-11-20');
      expect(run.stdout).toContain('   https://news.example/Iran%20names%20new%20defence%20minister');
      expect(run.stdout).toContain('   looks like: appointment');
      expect(run.stdout).toContain('   would touch: data/officials.json aziz-nasirzadeh — Aziz Nasirzadeh, Minister of Defence of Iran');
      expect(run.stdout).not.toContain('transport corridors');

      const json = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/data-review.ts', '--json'], { encoding: 'utf8', env: { ...process.env, DATABASE_PATH: path, LOG_LEVEL: 'silent' } });
      const parsed = JSON.parse(json.stdout) as ReviewCandidate[];
      expect(parsed.map((c) => c.signals)).toEqual([['appointed']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
