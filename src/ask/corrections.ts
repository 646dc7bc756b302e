import type { CountryT } from '../facts/schema.js';
import type { AskFacts } from './facts.js';
import type { Loc, Text } from './draft.js';
import type { Claim, Question } from './understand/question.js';

/**
 * What a question takes for granted that the store contradicts ("why did Türkiye join in
 * 2024?", "since the SCO has 8 members…"): each becomes a sentence that opens the answer.
 * Claims the question *asks* about are answered by the intent's verdict instead.
 */
export function corrections(q: Question, f: AskFacts, intentId: string): Text[] {
  return corrected(q, intentId)
    .map((c) => {
      const t = correction(c, f);
      // A false statement put as a tag question ("…, right? what was…") is answered No before it is corrected
      // (a yes/no question's own verdict is the answer's).
      return t && c.tag && q.form !== 'yesno' ? (l: Loc) => `${l.m.verdict.no} ${t(l)}` : t;
    })
    .filter((t): t is Text => t !== undefined);
}

/** The false claims a reply opens by correcting. */
function corrected(q: Question, intentId: string): Claim[] {
  // The families that answer whether a country joined say so themselves.
  const answersJoin = intentId === 'joining' || intentId === 'membership' || intentId === 'compare';
  // A yes/no question's own false claim that a country joined is answered No; its correction says what it is instead.
  return q.claims.filter(
    (c) =>
      c.holds === false &&
      (c.stance === 'asserted' ||
        (c.stance === 'asked' && c.kind === 'joined' && q.form === 'yesno' && !answersJoin) ||
        // ("news said japan became sco partner at tianjin together with laos?? true?": a standing it never had.)
        (c.stance === 'asked' && c.kind === 'status' && q.form === 'yesno' && !answersJoin) ||
        // "It has 8 members — name them": a count asked in passing, answered by a family that does not check it.
        (c.stance === 'asked' && c.kind === 'count' && q.form !== 'yesno' && intentId === 'members-list') ||
        // ("'The SCO has nine member states; Iran … is the newest.' Still accurate?": a wrong count checked beside a
        // claim that holds, which the family answering checks.)
        (c.stance === 'asked' &&
          c.kind === 'count' &&
          c.noun === 'member' &&
          q.form === 'yesno' &&
          intentId !== 'member-count' &&
          // ("'The SCO, headquartered in Shanghai, has nine members …' — fact-check": or beside another claim checked,
          // which the family answering answers.)
          q.claims.some((o) => o !== c && ((o.holds === true && o.kind === 'joined') || o.stance === 'asked')))),
  );
}

/** The sources of the records a reply's corrections rest on (a correction is sourced like any other sentence). */
export function correctionSources(q: Question, f: AskFacts, intentId: string): (readonly string[])[] {
  return corrected(q, intentId).map((c) => {
    switch (c.kind) {
      case 'joined':
        return f.accession(c.country.id)?.sources ?? f.history(c.country.id).at(-1)?.sources ?? [];
      case 'ordinal': {
        // (The one that was the nth is said too: its joining's sources after the country's own.)
        const own = f.accession(c.country.id)?.sources ?? f.history(c.country.id).at(-1)?.sources ?? [];
        const nth = f.members(f.factDay)[c.value - 1];
        return nth && nth.country.id !== c.country.id ? [...own, ...nth.record.sources] : own;
      }
      case 'status':
        return f.statusOn(c.country.id)[0]?.sources ?? [];
      case 'upcoming':
        return c.event.sources;
      case 'hosted':
        return c.event?.sources ?? [];
      case 'held':
        return c.event.sources;
      case 'seat':
        return f.topic(c.body === 'rats' ? 'ratsSeat' : 'secretariatSeat')?.sources ?? [];
      case 'founded':
        return f.topic('founding')?.sources ?? [];
      // (A wrong count of members rests on the latest joining, which made the count what it is.)
      case 'count': {
        if (c.noun !== 'member' && c.noun !== 'country') return [];
        const own = f.members(f.factDay).at(-1)?.record.sources ?? [];
        // (A count that is the members and partners together rests on the family's record too.)
        const family = c.value === f.members(f.factDay).length + f.partners(f.factDay).length;
        return family ? [...own, ...(f.topic('family')?.sources ?? [])] : own;
      }
      case 'refused':
        return c.event.positions.find((p) => p.act === 'refused-to-sign')?.sources ?? [];
      case 'chaired': {
        // The meeting that records its chair, else the term that held the chair then.
        if (c.event && c.event.kind !== 'summit' && c.event.chair) return c.event.sources;
        if (c.event) return f.chairOn(new Date(c.event.start))?.sources ?? [];
        const year = c.year;
        if (year === undefined) return [];
        const from = Date.UTC(year, 0, 1);
        const to = Date.UTC(year, 11, 31);
        return f
          .chairs()
          .filter((t) => Date.parse(t.from) <= to && (!t.to || Date.parse(t.to) > from))
          .flatMap((t) => t.sources);
      }
      default:
        return [];
    }
  });
}

/**
 * A country said to have joined that never did, with the standing it does hold ("After Laos became a full member at
 * Tianjin, …": it is an SCO partner); a standing short of an application first.
 */
function notMember(country: CountryT, f: AskFacts): Text {
  // (A record of no standing, "none", says nothing beyond "never joined".)
  const held = f.statusOn(country.id).filter((m) => m.status !== 'none');
  const now = held.find((m) => !m.status.startsWith('applicant')) ?? held[0];
  return (l) =>
    now
      ? `${l.m.neverJoined(l.c(country))} ${l.m.statusSince(l.c(country), l.status(now.status), now.from && l.d(now.from))}`
      : l.m.neverJoined(l.c(country));
}

function correction(c: Claim, f: AskFacts): Text | undefined {
  switch (c.kind) {
    case 'joined': {
      const acc = f.accession(c.country.id);
      // Said with the summit it joined at, since a wrong year usually comes with the wrong summit.
      const at = acc?.event ? f.event(acc.event) : undefined;
      if (acc?.from)
        return (l) => l.m.didNotJoinIn(l.c(c.country), l.d(String(c.year)), l.d(acc.from!), at && l.event(at));
      const year = c.year;
      const that =
        year === undefined
          ? []
          : f.store.data.memberships.filter((m) => m.status === 'member' && m.from?.startsWith(String(year)));
      return (l: Loc) =>
        [
          notMember(c.country, f)(l),
          that.length
            ? l.m.joinedIn(l.list(that.map((m) => l.c(m.country))), l.m.inYear(l.d(String(year))), that.length > 1)
            : '',
        ]
          .filter(Boolean)
          .join(' ');
    }
    case 'left':
      return (l) => l.m.neverLeft(l.c(c.country));
    case 'status':
      return (l) => l.m.notConnected(l.c(c.country));
    case 'count': {
      const day = c.year !== undefined ? new Date(Date.UTC(c.year, 11, 31)) : f.factDay;
      const p = f.memberCountOn(day > f.factDay ? f.factDay : day);
      if (!p) return undefined;
      if (c.noun === 'partner') return (l) => l.m.partnerCount(l.n(f.partners(day).length));
      if (c.noun === 'observer' || c.noun === 'dialogue') {
        const merged = f.topic('partnerMerge')?.date;
        if (!merged) return undefined;
        return (l) => `${l.m.noObserversNow(l.d(merged))} ${l.m.partnerCount(l.n(f.partners(day).length))}`;
      }
      // "Why do some say 8 members?": a count that once held is dated, so the reader sees where it comes from.
      const once = c.year === undefined ? f.memberCounts.find((x) => x.count === c.value && x.to) : undefined;
      // ("the SCO has 8 members right? the original 6 + India and Pakistan": who joined since is what the count misses.)
      const later = once ? f.members(f.factDay).filter((m) => m.record.from && m.record.from >= once.to!) : [];
      // ("since the SCO has 27 members…": the number is the members and partners together, which is said.)
      const partners = f.partners(day > f.factDay ? f.factDay : day).length;
      const family = !once && c.value === p.count + partners;
      // ("founded in 2001 by 8 countries": a count said of a past year is what it was then.)
      const past = c.year !== undefined && c.year < f.factDay.getUTCFullYear();
      return (l) =>
        [
          past
            ? l.m.memberCountWhen(l.n(p.count), l.m.atEndOf(String(c.year)))
            : l.m.countIsNot(l.n(c.value), l.n(p.count)),
          family ? l.m.family(l.n(c.value), l.n(p.count), l.n(partners)) : '',
          once ? l.m.countSince(l.n(once.count), l.d(once.from), l.d(once.to!)) : '',
          once && later.length
            ? l.m.joinedSince(l.list(later.map((m) => l.c(m.country))), l.d(once.to!.slice(0, 4)))
            : '',
        ]
          .filter(Boolean)
          .join(' ');
    }
    case 'seat': {
      const fact = f.topic(c.body === 'rats' ? 'ratsSeat' : 'secretariatSeat');
      if (!fact?.place) return undefined;
      // ("Our textbook says the Secretariat is in Tashkent. So which office is in Beijing?": the body that is in the city
      // said, said beside the correction.)
      const other = c.body === 'rats' ? 'secretariat' : 'rats';
      const there = f.topic(other === 'rats' ? 'ratsSeat' : 'secretariatSeat');
      const thereToo = there?.place && there.place.toLowerCase() === c.place.toLowerCase();
      return (l) =>
        `${l.m.seatIsNot(l.body(c.body), l.place(c.place), l.place(fact.place!))}${thereToo ? ` ${l.m.seat(l.body(other), l.place(c.place))}` : ''}`;
    }
    case 'founded': {
      const fact = f.topic('founding');
      if (!fact?.date || !fact.place) return undefined;
      return (l) => l.m.foundedNot(l.d(fact.date!), l.place(fact.place!));
    }
    case 'upcoming':
      return (l) => l.m.notUpcoming(l.event(c.event), l.d(c.event.start));
    // "the Tianjin summit in 2024": when it was held, said in full.
    case 'held':
      return (l) => l.m.eventHeld(l.event(c.event), l.dr(c.event.start, c.event.end), '');
    case 'hosted': {
      const e =
        c.event ??
        (c.year !== undefined ? f.eventsOfKind('summit').find((x) => x.start.startsWith(String(c.year))) : undefined);
      if (c.place !== undefined && e) {
        // ("at the 2024 tianjin summit": the meeting of that kind the place did hold, with its dates.)
        // (Only when the place held one such meeting: "Astana" alone names none of its several summits.)
        const held = f.eventsOfKind(e.kind).filter((x) => x.id !== e.id && x.city === c.place && x.body === e.body);
        const there = held.length === 1 ? held[0] : undefined;
        return (l) => {
          const notHere = l.m.notHeldIn(l.event(e), l.place(c.place!));
          return there ? `${notHere} ${l.m.eventHeld(l.event(there), l.dr(there.start, there.end), '')}` : notHere;
        };
      }
      if (!e?.host) return undefined;
      return (l) => l.m.hostIsNot(l.event(e), l.c(e.host!));
    }
    case 'chaired': {
      const chair = c.event?.kind !== 'summit' && c.event?.chair ? f.store.official(c.event.chair) : undefined;
      if (c.event && chair) {
        const e = c.event;
        // (Worded as the meeting's own answer words its chair, so the two are said once.)
        return (l) =>
          l.m.eventChair(l.lang === 'en' ? `${chair.roleLabel} ${chair.name}` : l.person(chair), l.event(e));
      }
      if (c.event) {
        const e = c.event;
        const then = f.chairOfSummit(e.id) ?? f.chairOn(new Date(e.start));
        return then && ((l) => l.m.notChair(l.c(c.country), l.m.onDay(l.d(e.start)), l.c(then.country)));
      }
      if (c.term && c.year !== undefined) {
        const y = c.year;
        const named = f.chairs().filter((t) => t.from.startsWith(String(y)));
        if (!named.length) return undefined;
        return (l) =>
          l.m.notChair(
            l.c(c.country),
            l.m.inYear(`${l.d(String(y))}–${l.d(String(y + 1))}`),
            l.list(named.map((t) => l.c(t.country))),
          );
      }
      if (c.year === undefined) return undefined;
      const from = Date.UTC(c.year, 0, 1);
      const to = Date.UTC(c.year, 11, 31);
      const held = f.chairs().filter((t) => Date.parse(t.from) <= to && (!t.to || Date.parse(t.to) > from));
      if (!held.length) return undefined;
      // ("since india holds the sco chair this year": when the country named did hold it, beside who held it then.)
      const own = f
        .chairs()
        .filter((t) => t.country === c.country.id)
        .at(-1);
      return (l) =>
        [
          l.m.notChair(l.c(c.country), l.m.inYear(l.d(String(c.year))), l.list(held.map((t) => l.c(t.country)))),
          own ? l.m.chairTerm(l.c(own.country), l.d(own.from), own.to && l.d(own.to)) : '',
        ]
          .filter(Boolean)
          .join(' ');
    }
    case 'refused': {
      const e = c.event;
      const refusers = e.positions.filter((p) => p.act === 'refused-to-sign').map((p) => p.country);
      if (!refusers.length) return undefined;
      return (l) => l.m.didNotRefuse(l.c(c.country), l.event(e), l.list(refusers.map((x) => l.c(x))));
    }
    case 'ordinal': {
      const members = f.members(f.factDay);
      const i = members.findIndex((m) => m.country.id === c.country.id);
      if (i < 0) return notMember(c.country, f);
      // ("belarus became the 9th member — so who's the 10th?": who was the one claimed, said beside it.)
      const nth = members[c.value - 1];
      return (l) =>
        nth?.record.from && nth.country.id !== c.country.id
          ? `${l.m.notOrdinal(l.c(c.country), l.nth(c.value), l.nth(i + 1))} ${l.m.nthMember(l.c(nth.country), l.nth(c.value), l.d(nth.record.from))}`
          : l.m.notOrdinal(l.c(c.country), l.nth(c.value), l.nth(i + 1));
    }
  }
}
