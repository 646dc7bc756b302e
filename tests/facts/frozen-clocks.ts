import type { FactStore } from '../../src/facts/store.js';
import { facts } from '../helpers/app.js';
import type { Services } from '../../commands/types.js';
import { createServices } from '../../src/wiring/services.js';

/**
 * The three days the time-aware wording is tested on: before the Bishkek summit of
 * 1 September 2026, the day after it, and a year after the data date. Each names what every
 * surface (brief, events, country, about, the digest, and ask once it is time-aware) must say
 * and must not say that day. A surface test reads the line it needs from here.
 */
export interface FrozenDay {
  name: string;
  now: Date;
  /** How the Bishkek summit's date reads. */
  bishkekSummit: string;
  /** How the defence ministers' meeting announced for 28 April 2026 reads. */
  bishkekDefence: string;
  /** The chair sentence. */
  chair: RegExp;
  /** Whether the chair for 2026–27 is an open question that day. */
  chairUnknownOpen: boolean;
  /** The footer stamp (data date and age). */
  stamp: string;
  /** Meetings that must be listed as coming up, by name. */
  comingUp: string[];
}

export const FROZEN_DAYS: FrozenDay[] = [
  {
    name: 'before the Bishkek summit (20 August 2026)',
    now: new Date('2026-08-20T09:00:00Z'),
    bishkekSummit: 'scheduled for 1 September 2026',
    bishkekDefence: 'scheduled for 28 April 2026; whether and how it took place is not in the data',
    chair: /^Kyrgyzstan has held the rotating SCO chair since 1 September 2025; it hosts the summit in Bishkek, scheduled for 1 September 2026\.$/,
    chairUnknownOpen: false,
    // The data date is later than this frozen day: no age to give.
    stamp: 'Data as of 3 September 2026',
    comingUp: ['26th SCO Council of Heads of State, Bishkek', 'SCO Council of Heads of Government, Dushanbe 2026'],
  },
  {
    name: 'just after the Bishkek summit (2 September 2026)',
    now: new Date('2026-09-02T09:00:00Z'),
    bishkekSummit: 'held on 1 September 2026; its decisions are not in the data',
    bishkekDefence: 'scheduled for 28 April 2026; whether and how it took place is not in the data',
    chair: /^Kyrgyzstan's term as SCO chair \(from 1 September 2025\) ended at the Bishkek summit on 1 September 2026\. The chair passes at each Council of Heads of State summit\.$/,
    chairUnknownOpen: true,
    stamp: 'Data as of 3 September 2026',
    comingUp: ['SCO Council of Heads of Government, Dushanbe 2026'],
  },
  {
    name: 'a year later (29 November 2027)',
    now: new Date('2027-11-29T09:00:00Z'),
    bishkekSummit: 'held on 1 September 2026; its decisions are not in the data',
    bishkekDefence: 'scheduled for 28 April 2026; whether and how it took place is not in the data',
    chair: /^Kyrgyzstan's term as SCO chair \(from 1 September 2025\) ended at the Bishkek summit on 1 September 2026\. The chair passes at each Council of Heads of State summit\.$/,
    chairUnknownOpen: true,
    stamp: 'Facts checked to 3 September 2026, 1 year ago',
    comingUp: [],
  },
];

/** The shared fact store read against a frozen day. */
export function storeOn(day: FrozenDay): FactStore {
  return facts().withClock(day.now);
}

/** Services for a command run on a frozen day: the store and the services read the same clock. */
export function servicesOn(day: FrozenDay, overrides: Partial<Services> = {}): Services {
  return { ...createServices({ facts: storeOn(day), now: () => day.now }), ...overrides };
}
