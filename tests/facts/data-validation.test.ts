import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadFactData, DEFAULT_DATA_DIR } from '../../src/facts/load.js';

/** A copy of data/ that one test may break. */
function brokenCopy(file: string, mutate: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-data-'));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  mutate(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
  return dir;
}

function problemsOf(dir: string) {
  const result = loadFactData(dir);
  rmSync(dir, { recursive: true, force: true });
  if (result.ok) throw new Error('expected the broken copy to be rejected');
  return result.problems;
}

describe('the curated data', () => {
  it('passes its schemas and every cross-reference', () => {
    const result = loadFactData();
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds ten member states on the data date, each with sources', () => {
    const result = loadFactData();
    if (!result.ok) throw new Error('data invalid');
    const current = result.data.memberCount.at(-1)!;
    expect(current.count).toBe(10);
    expect(current.members.sort()).toEqual(['BY', 'CN', 'IN', 'IR', 'KG', 'KZ', 'PK', 'RU', 'TJ', 'UZ']);
    expect(current.sources.length).toBeGreaterThan(0);
  });

  it('never cites a reference it rejects', () => {
    const result = loadFactData();
    if (!result.ok) throw new Error('data invalid');
    const urls = result.data.sources.map((s) => s.url).join(' ');
    for (const host of ['globainsight.com', 'sco-secretok.org', 'article/3186055']) expect(urls).not.toContain(host);
  });
});

describe('check-data on broken copies', () => {
  it('names the file and the JSON path of a schema error', () => {
    const problems = problemsOf(brokenCopy('countries.json', (c) => (c[6].iso3 = 'india')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'countries.json', path: expect.stringMatching(/^\[6 "IN"\]\.iso3$/) }));
  });

  it('reports a claim with an unknown source id', () => {
    const problems = problemsOf(brokenCopy('memberships.json', (m) => (m[0].sources = ['no-such-source'])));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'memberships.json', path: '[0].sources[0]', message: 'unknown source "no-such-source"' }));
  });

  it('reports a member count that disagrees with the membership records', () => {
    const problems = problemsOf(brokenCopy('member-count.json', (p) => p[3].members.pop()));
    expect(problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n')).toMatch(/member-count\.json \[3\]\.members disagrees with memberships\.json/);
  });

  it('reports an impossible calendar date', () => {
    const problems = problemsOf(brokenCopy('events.json', (e) => (e[0].start = '2025-02-30')));
    expect(problems.some((p) => p.file === 'events.json' && p.path.endsWith('.start') && /real calendar date/.test(p.message))).toBe(true);
  });

  it('reports an event attended by a country it does not know', () => {
    const problems = problemsOf(brokenCopy('events.json', (e) => (e[0].attendees = ['XX'])));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'events.json', path: expect.stringMatching(/^\[0 "[a-z0-9-]+"\]\.attendees\[0\]$/), message: 'unknown country "XX"' }));
  });

  it('refuses a source at a host it has rejected as fabricated', () => {
    const problems = problemsOf(
      brokenCopy('sources.json', (s) => s.push({ ...s[0], id: 'fake-one', url: 'https://globainsight.com/china/international/sco-defense.html' })),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'sources.json', message: expect.stringContaining('rejected reference') }));
  });

  it('npm run check-data exits non-zero and names the file on a broken copy', () => {
    const dir = brokenCopy('officials.json', (o) => delete o[0].sources);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/check-data.ts', dir], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data\/officials\.json at \[0 "[a-z-]+"\]\.sources: /);
  });

  it('refuses a print edition that carries a web address, and a web source without one', () => {
    const printed = problemsOf(brokenCopy('sources.json', (s) => (s.find((x: { kind: string }) => x.kind === 'print').url = 'https://example.org/invented')));
    expect(printed).toContainEqual(expect.objectContaining({ file: 'sources.json', path: expect.stringMatching(/\.url$/), message: expect.stringContaining('print edition') }));
    const bare = problemsOf(brokenCopy('sources.json', (s) => delete s[0].url));
    expect(bare).toContainEqual(expect.objectContaining({ file: 'sources.json', path: '[0 "sectsco-about-sco"].url', message: expect.stringContaining('only kind "print" may have none') }));
  });

  it('requires the data date to be the newest fact\'s as-of date', () => {
    const behind = problemsOf(brokenCopy('meta.json', (m) => (m.dataAsOf = '2026-04-27')));
    expect(behind).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^as of 2026-09-03, after the data date .*move dataAsOf/) }));
    const ahead = problemsOf(brokenCopy('meta.json', (m) => (m.dataAsOf = '2026-11-29')));
    expect(ahead).toContainEqual(expect.objectContaining({ file: 'meta.json', path: 'dataAsOf', message: expect.stringContaining("the data date is the newest fact's date") }));
  });

  it('reports an unknown that points at an event it does not have, and a rule-ended term without its summit', () => {
    const problems = problemsOf(brokenCopy('unknowns.json', (u) => (u[0].event = 'no-such-summit')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'unknowns.json', message: 'unknown event "no-such-summit"' }));
    const chair = problemsOf(brokenCopy('chairs.json', (c) => delete c.at(-1).hostsSummit));
    expect(chair).toContainEqual(expect.objectContaining({ file: 'chairs.json', message: expect.stringContaining('needs the summit') }));
  });

  it('npm run check-data warns, without failing, when the newest fact is older than 90 days, naming what is likely out of date', () => {
    const run = (today: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/check-data.ts', '--today', today], { encoding: 'utf8' });
    const fresh = run('2026-11-29');
    expect(fresh.status).toBe(0);
    expect(fresh.stderr).toBe('');
    const stale = run('2027-11-29');
    expect(stale.status).toBe(0);
    expect(stale.stdout).toMatch(/^data OK: /);
    expect(stale.stderr).toMatch(/^warning: the newest fact is from 3 September 2026, 1 year ago \(more than 90 days\)\. Most likely out of date:/);
    expect(stale.stderr).toMatch(/- The chair: Kyrgyzstan's term ended on 1 September 2026 and no successor is recorded/);
    expect(stale.stderr).toMatch(/- Members and partners: 10 and 17/);
    expect(stale.stderr).toMatch(/- Officials last confirmed more than 90 days ago: .*Dong Jun/);
  });
});
