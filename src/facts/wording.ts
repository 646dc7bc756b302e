import type { FactStore } from './store.js';
import type { EventT, MembershipStatusT, MembershipT } from './schema.js';
import { formatDate } from '../base/dates.js';

/** Wording shared by every reply, so a status or an event reads the same everywhere. */

export const STATUS_LABEL: Record<MembershipStatusT, string> = {
  member: 'member state',
  observer: 'observer',
  'dialogue-partner': 'dialogue partner',
  partner: 'SCO partner',
  'applicant-member': 'applicant for full membership',
  'applicant-observer': 'applicant for observer status',
  guest: 'guest attendee',
  none: 'not part of the SCO',
};

/** "member state since 4 July 2023". */
export function statusPhrase(m: MembershipT): string {
  const label = STATUS_LABEL[m.status];
  if (m.status === 'none') return label;
  if (m.from && m.to) return `${label} (${formatDate(m.from)} – ${formatDate(m.to)})`;
  return m.from ? `${label} since ${formatDate(m.from)}` : label;
}

/** "Qingdao, China". */
function eventWhere(e: EventT, store: FactStore): string {
  return e.host ? `${e.city}, ${store.nameOf(e.host)}` : e.hostName ? `${e.city}, ${e.hostName}` : e.city;
}

/** "Bishkek, Kyrgyzstan: held on 1 September 2026; its decisions are not in the data" — where, and how its date reads today. */
export function eventWhereAndTiming(e: EventT, store: FactStore): string {
  return `${eventWhere(e, store)}: ${store.eventTiming(e)}`;
}

/** Caveat for a claim that is not fully verified, to be shown beside it. */
export function verificationNote(v: { verification: string; caveat?: string | undefined }): string {
  if (v.verification === 'verified') return v.caveat ? ` (${v.caveat})` : '';
  const label = v.verification === 'partly-verified' ? 'partly verified' : 'not verified';
  return ` (${label}${v.caveat ? `: ${v.caveat}` : ''})`;
}
