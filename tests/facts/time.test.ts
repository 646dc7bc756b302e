import { describe, expect, it } from 'vitest';
import { chairStanding, eventPhase, eventTiming, freshness, freshnessLine, isOpen, officialSentence, officialStanding } from '../../src/facts/time.js';
import { ago } from '../../src/base/dates.js';
import type { ChairmanshipT, EventT, OfficialT, UnknownT } from '../../src/facts/schema.js';
import { facts } from '../helpers/app.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

function event(overrides: Partial<EventT>): EventT {
  return {
    id: 'test-meeting',
    name: 'Test meeting',
    kind: 'ministerial',
    sco: true,
    start: '2026-04-28',
    city: 'Bishkek',
    attendees: [],
    summary: 'A meeting.',
    outcomes: [],
    positions: [],
    status: 'announced',
    sources: ['tass-2025-kyrgyzstan-chair'],
    asOf: '2026-04-27',
    verification: 'verified',
    ...overrides,
  };
}

describe('how a meeting reads against today', () => {
  it('is scheduled while its day is ahead, and unconfirmed once it has passed with only the announcement on record', () => {
    const e = event({});
    expect(eventTiming(e, day('2026-04-27'))).toBe('scheduled for 28 April 2026');
    expect(eventPhase(e, day('2026-04-28'))).toBe('unconfirmed');
    expect(eventTiming(e, day('2026-11-29'))).toBe('scheduled for 28 April 2026; whether and how it took place is not in the data');
  });

  it('says "has taken place" while a month-dated meeting\'s month lasts, "took place" after it', () => {
    const e = event({ start: '2026-10' });
    expect(eventTiming(e, day('2026-09-30'))).toBe('scheduled for October 2026');
    expect(eventTiming(e, day('2026-10-15'))).toBe('scheduled for October 2026; whether it has taken place is not in the data');
    expect(eventTiming(e, day('2026-11-01'))).toBe('scheduled for October 2026; whether and how it took place is not in the data');
  });

  it('says an expected meeting is expected, and never calls a passed one "expected" without saying what is missing', () => {
    const e = event({ start: '2026', status: 'expected' });
    expect(eventTiming(e, day('2025-12-31'))).toBe('expected in 2026');
    expect(eventTiming(e, day('2027-01-02'))).toBe('expected in 2026; whether and how it took place is not in the data');
  });

  it('says a held meeting was held, and that its decisions are not in the data when it has no outcomes', () => {
    expect(eventTiming(event({ status: 'held', start: '2026-09-01', kind: 'summit' }), day('2026-09-02'))).toBe('held on 1 September 2026; its decisions are not in the data');
    const decided = event({ status: 'held', start: '2025-06-25', end: '2025-06-26', outcomes: [{ text: 'No joint statement.', sources: ['x'], asOf: '2025-06-26', verification: 'verified' }] });
    expect(eventTiming(decided, day('2026-01-01'))).toBe('held on 25–26 June 2025');
    // A founding or a context event is its summary: no decisions to miss.
    expect(eventTiming(event({ status: 'held', kind: 'founding', start: '2001-06-15' }), day('2026-01-01'))).toBe('held on 15 June 2001');
  });

  it('reads a meeting the data records as held as still ahead on a day before it', () => {
    const e = event({ status: 'held', start: '2026-09-01', kind: 'summit' });
    expect(eventPhase(e, day('2026-08-31'))).toBe('upcoming');
    expect(eventTiming(e, day('2026-08-31'))).toBe('scheduled for 1 September 2026');
  });
});

describe('the rotating chair against today', () => {
  const chairs: ChairmanshipT[] = [
    { country: 'CN', from: '2024-07-04', to: '2025-09-01', sources: ['x'], asOf: '2025-09-01', verification: 'verified' },
    { country: 'KG', from: '2025-09-01', hostsSummit: 'bishkek-summit-2026', endsByRule: 'chair-passes-at-summit', sources: ['x'], asOf: '2026-09-02', verification: 'verified' },
  ];
  const lookup = facts();

  it('holds the chair until the summit it hosts is recorded held, then has ended by rule with no successor', () => {
    expect(chairStanding(chairs, day('2026-08-31'), lookup)).toMatchObject({ kind: 'current', chair: { country: 'KG' } });
    expect(chairStanding(chairs, day('2026-09-01'), lookup)).toMatchObject({ kind: 'ended', chair: { country: 'KG' }, endedOn: '2026-09-01', byRule: true });
    expect(chairStanding(chairs, day('2025-01-01'), lookup)).toMatchObject({ kind: 'current', chair: { country: 'CN' } });
  });

  it('does not end a term by rule at a summit the data does not record as held', () => {
    const unheld = { event: (id: string) => (id === 'bishkek-summit-2026' ? event({ id, start: '2026-09-01', kind: 'summit', status: 'expected' }) : undefined) };
    expect(chairStanding(chairs, day('2026-11-29'), unheld)).toMatchObject({ kind: 'current', chair: { country: 'KG' } });
  });

  it('is none before the first recorded chair', () => {
    expect(chairStanding(chairs, day('2020-01-01'), lookup)).toEqual({ kind: 'none' });
  });
});

describe('officials against today', () => {
  const sg = facts().official('nurlan-yermekbayev')!;
  const nasirzadeh = facts().official('aziz-nasirzadeh')!;

  it('reads a fixed term as in office until the year it ends has passed, then as over with no successor in the data', () => {
    expect(officialStanding(sg, day('2027-12-31'))).toEqual({ kind: 'in-office', asOf: '2026-02-02' });
    expect(officialSentence(sg, day('2027-11-29'), facts())).toBe('Nurlan Yermekbayev has been SCO Secretary-General since 1 January 2025, last confirmed on 2 February 2026.');
    expect(officialStanding(sg, day('2028-01-02'))).toEqual({ kind: 'term-over', due: '2027' });
    expect(officialSentence(sg, day('2028-01-02'), facts())).toBe(
      'Nurlan Yermekbayev was SCO Secretary-General from 1 January 2025; the term was due to end in 2027, and who holds the post since is not in the data.',
    );
  });

  it('reads an office a source recorded as ended in the past tense, with the date and how it ended', () => {
    expect(officialStanding(nasirzadeh, day('2026-02-27')).kind).toBe('in-office');
    expect(officialStanding(nasirzadeh, day('2026-02-28'))).toMatchObject({ kind: 'ended', on: '2026-02-28', how: { text: expect.stringMatching(/^Killed on 28 February 2026/) } });
    expect(officialSentence(nasirzadeh, day('2026-11-29'), facts())).toMatch(/^Aziz Nasirzadeh was Minister of Defence of Iran until 28 February 2026\. Killed on 28 February 2026 in the US–Israeli strikes on Iran/);
  });

  it('says someone not yet in office takes office on a date', () => {
    const o: OfficialT = { ...sg, id: 'future', from: '2030-01-01', termEnds: undefined };
    expect(officialSentence(o, day('2029-06-01'), facts())).toBe('Nurlan Yermekbayev takes office as SCO Secretary-General on 1 January 2030.');
  });
});

describe('the age of the data', () => {
  it('reads the gap between the data date and today in days, weeks, months or years', () => {
    const d = day('2026-09-03');
    expect(ago(d, day('2026-09-03'))).toBeUndefined();
    expect(ago(d, day('2026-09-04'))).toBe('1 day ago');
    expect(ago(d, day('2026-09-24'))).toBe('3 weeks ago');
    expect(ago(d, day('2026-11-29'))).toBe('3 months ago');
    expect(ago(d, day('2027-11-29'))).toBe('1 year ago');
    expect(ago(d, day('2029-09-10'))).toBe('3 years ago');
  });

  it('is stale after 90 days, and the line names the date and the age', () => {
    expect(freshness('2026-09-03', day('2026-12-02'))).toMatchObject({ days: 90, stale: false });
    expect(freshness('2026-09-03', day('2026-12-03'))).toMatchObject({ days: 91, stale: true, age: '3 months ago' });
    expect(freshnessLine('2026-09-03', day('2026-11-29'))).toBe('Facts checked to 3 September 2026, 3 months ago');
    expect(freshnessLine('2026-09-03', day('2026-09-03'))).toBe('Facts checked to 3 September 2026');
  });
});

describe('what the data does not hold', () => {
  const u: UnknownT = { id: 'x', topic: 'chair', what: 'who chairs', countries: [], from: '2026-09-01', sources: ['x'], checked: '2026-11-29' };

  it('is an open question from its day on', () => {
    expect(isOpen(u, day('2026-08-31'))).toBe(false);
    expect(isOpen(u, day('2026-09-01'))).toBe(true);
    expect(isOpen({ ...u, from: undefined }, day('2001-01-01'))).toBe(true);
  });

  it('records every "still unknown" item of the November 2026 addendum, each with the sources that were checked', () => {
    const all = facts().data.unknowns;
    expect(all.map((x) => x.id).sort()).toEqual(
      ['after-data-date', 'bishkek-defence-2026-outcome', 'bishkek-membership-decisions', 'bishkek-summit-attendance', 'bishkek-summit-decisions', 'chair-2026-27', 'defence-ministers-2026', 'meetings-2026', 'tourism-capital-2026-27'].sort(),
    );
    for (const x of all) expect(x.sources.length).toBeGreaterThan(0);
    expect(facts().withClock(day('2026-11-29')).unknowns({ topic: 'chair' })[0]?.what).toBe('who chairs the SCO for 2026–27, or where and when the 2027 summit is held');
  });
});
