import type { FactStore } from '../../facts/store.js';
import { isoTime } from '../../base/dates.js';
import { eventPhase } from '../../facts/time.js';
import type { EventT } from '../../facts/schema.js';
import type { Claim } from './question.js';

/**
 * Each claim checked against the store: `holds` is true, false, or left undefined when the
 * data cannot say. A false asserted claim opens the answer with its correction.
 */
export function checkClaims(claims: Claim[], facts: FactStore, today: Date): Claim[] {
  return claims.map((c) => {
    const checked = { ...c, holds: holds(c, facts, today) } as Claim;
    if (checked.kind === 'joined' && !facts.accession(checked.country.id)?.from) checked.never = true;
    return checked;
  });
}

function yearEnd(y: number, today: Date): Date {
  const end = new Date(Date.UTC(y, 11, 31));
  return end > today ? today : end;
}

function holds(c: Claim, facts: FactStore, today: Date): boolean | undefined {
  const topics = facts.data.ask.topics;
  switch (c.kind) {
    case 'joined': {
      const acc = facts.accession(c.country.id);
      if (!acc?.from) return false;
      return c.year === undefined ? true : acc.from.startsWith(String(c.year));
    }
    // (Only a country never connected in any category is known not to have had the standing.)
    case 'status':
      return facts.membershipHistory(c.country.id).every((m) => m.status === 'none') ? false : undefined;
    case 'left': {
      const acc = facts.accession(c.country.id);
      return acc?.to !== undefined;
    }
    case 'count': {
      // "did it ever have 9 members?": any period the data holds.
      if (c.ever && c.noun === 'member') return facts.data.memberCount.some((p) => p.count === c.value);
      // ("before Tianjin the SCO had 2 observers": the count on the eve of the merger.)
      if (c.ever && (c.noun === 'observer' || c.noun === 'dialogue')) {
        const merged = topics.partnerMerge ? facts.orgFact(topics.partnerMerge)?.date : undefined;
        if (!merged) return undefined;
        const eve = new Date(Date.parse(merged) - 86_400_000);
        return facts.withStatus([c.noun === 'observer' ? 'observer' : 'dialogue-partner'], eve).length === c.value;
      }
      const day = c.year !== undefined ? yearEnd(c.year, today) : today;
      const members = facts.memberCountOn(day)?.count;
      if (members === undefined) return undefined;
      const partners = facts.partners(day).length;
      switch (c.noun) {
        case 'member':
          return c.value === members;
        case 'partner':
          return c.value === partners;
        case 'family':
          return c.value === members + partners;
        case 'country':
          return c.value === members || c.value === members + partners;
        case 'observer':
        case 'dialogue': {
          // Since the two categories were merged into partners, there are none of either.
          const merged = topics.partnerMerge ? facts.orgFact(topics.partnerMerge)?.date : undefined;
          return merged !== undefined && day.getTime() >= Date.parse(merged) ? c.value === 0 : undefined;
        }
        default:
          return undefined;
      }
    }
    case 'seat': {
      const f = facts.orgFact(c.body === 'rats' ? topics.ratsSeat : topics.secretariatSeat);
      return f?.place ? f.place.toLowerCase() === c.place.toLowerCase() : undefined;
    }
    case 'founded': {
      const f = facts.orgFact(topics.founding);
      if (!f) return undefined;
      if (c.year !== undefined && !(f.date ?? '').startsWith(String(c.year))) return false;
      if (c.day !== undefined && f.date?.length === 10 && f.date !== c.day) return false;
      if (c.place !== undefined && f.place && f.place.toLowerCase() !== c.place.toLowerCase()) return false;
      return true;
    }
    // "the Bishkek summit is coming up": a meeting held is not upcoming (one whose day passed unconfirmed is not said either way).
    case 'upcoming': {
      const phase = eventPhase(c.event, today);
      return phase === 'upcoming' ? true : phase === 'unconfirmed' ? undefined : false;
    }
    case 'held': {
      const from = c.event.start;
      const to = c.event.end ?? from;
      if (c.year !== undefined && (Number(from.slice(0, 4)) > c.year || Number(to.slice(0, 4)) < c.year)) return false;
      return c.month === undefined || heldInMonth(c.event, c.month);
    }
    case 'hosted': {
      const e =
        c.event ??
        (c.year !== undefined
          ? facts.events({ scoOnly: true }).find((x) => x.kind === 'summit' && x.start.startsWith(String(c.year)))
          : undefined);
      if (!e) return undefined;
      if (c.country) return e.host === c.country.id;
      if (c.place) return e.city.toLowerCase() === c.place.toLowerCase();
      return undefined;
    }
    case 'chaired': {
      const terms = facts.chairs().filter((t) => t.country === c.country.id);
      // A meeting that records its chair: the one said to chair it is that official, or his country.
      const chair = c.event?.kind !== 'summit' && c.event?.chair ? facts.official(c.event.chair) : undefined;
      if (chair) return c.person ? c.person === chair.id : c.country.id === chair.country;
      if (c.event) return facts.chairOn(new Date(c.event.start))?.country === c.country.id;
      if (c.term && c.year !== undefined) {
        const named = facts.chairs().filter((t) => t.from.startsWith(String(c.year)));
        return named.length > 0 ? named.some((t) => t.country === c.country.id) : undefined;
      }
      if (c.year === undefined) return terms.length > 0 ? true : facts.chairs().length > 0 ? undefined : undefined;
      const from = Date.UTC(c.year, 0, 1);
      const to = Date.UTC(c.year, 11, 31);
      return terms.some((t) => isoTime(t.from) <= to && (!t.to || isoTime(t.to) > from));
    }
    // A refusal is checked against the meeting's recorded refusals; a meeting with none recorded cannot say.
    case 'refused': {
      const refusers = c.event.positions.filter((p) => p.act === 'refused-to-sign').map((p) => p.country);
      return refusers.length === 0 ? undefined : refusers.includes(c.country.id);
    }
    case 'ordinal': {
      const members = facts.members(today);
      const me = members.find((m) => m.country.id === c.country.id);
      if (!me) return false;
      const same = members.filter((m) => m.record.from === me.record.from);
      const first = members.indexOf(same[0]!) + 1;
      return c.value >= first && c.value < first + same.length;
    }
  }
}

/** The meeting's days fall, at least in part, in that month (of any year). */
export function heldInMonth(e: EventT, month: number): boolean {
  const from = Number(e.start.slice(5, 7));
  const to = Number((e.end ?? e.start).slice(5, 7));
  return from <= to ? month >= from && month <= to : month >= from || month <= to;
}
