import type { OrgFactT } from '../../facts/schema.js';
import type { Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { asksSecGen, noteOf, subjects } from './shared.js';

/** "Where is the SCO headquartered?", "where is RATS?", "is the SCO based in Shanghai?", "what is RATS?" */
export const seats: Intent = {
  id: 'seats',
  priority: 78,
  examples: [
    { q: 'where is the SCO secretariat?', must: ['Beijing'] },
    { q: 'is the sco headquartered in shanghai?', must: ['No', 'Beijing'] },
    { q: 'where is RATS based', must: ['Tashkent'] },
    { q: 'when did the secretariat move from tashkent to beijing', must: ['Beijing', 'RATS'] },
    { q: 'what does RATS stand for', must: ['Regional Anti-Terrorist Structure'] },
    { q: '上合组织秘书处在哪里', must: ['北京', 'Beijing'] },
  ],
  match(q) {
    // ("Welche Stadt ist Tourismus- und Kulturhauptstadt der SOZ für 2026/27?": a city with a title, not a body's seat.)
    if (q.main('tourism')) return undefined;
    if (
      asksSecGen(q) ||
      // ("'RATS is headed by a director from Uzbekistan.' Is this up to date?": its head, said in the line checked.)
      (q.bodies.includes('rats') &&
        (q.main('director', 'head') ||
          (q.has('director') &&
            !q.main('location') &&
            q.places.length === 0 &&
            !q.claims.some((c) => c.kind === 'seat')))) ||
      (q.bodies.includes('secretariat') && q.main('head', 'director') && !q.main('location'))
    )
      return undefined;
    const seatBody = q.bodies.includes('secretariat') || q.bodies.includes('rats');
    if (hostsBody(q)) return 90;
    // "His predecessor at RATS?" asks for a person, not a seat.
    if (seatBody && q.main('replace', 'previous') && !q.main('location')) return undefined;
    // ("who is Iran's permanent envoy at the Secretariat?": a person asked, not where the body sits.)
    if (seatBody && q.form === 'who' && !q.main('location')) return undefined;
    if (seatBody && q.claims.some((c) => c.kind === 'seat' && (c.stance === 'asked' || c.holds === false))) return 94;
    // "How many people work at the Secretariat?": a count of the body, which its seat does not answer.
    if (seatBody && q.form === 'howMany' && !q.main('location', 'body')) return undefined;
    // ("what's the street address of the SCO secretariat": a detail of the seat the data has no word for is not the city.)
    if (seatBody && q.form === 'what' && q.headKnown === false && !q.main('location', 'body')) return undefined;
    // ("which country is sharsheev from? RATS director": where a person named comes from; the body says who he is.)
    if (seatBody && q.people.length > 0 && q.words.includes('from') && !q.main('location')) return undefined;
    if (seatBody && !q.main('found', 'tookOffice', 'appoint', 'killed'))
      // ("… and what are its official languages?": a body carried into a part that asks another relation asks no seat.)
      return q.main('location') ||
        (!q.main('language') &&
          (q.main('body') ||
            q.form === 'where' ||
            q.form === 'what' ||
            q.form === 'explain' ||
            q.form === 'fragment' ||
            q.main('standFor')))
        ? 91
        : 75;
    if (seatBody && q.main('found')) return 80;
    // "Where is the SCO based?": only when the question names nothing else ("where is Pahalgam", "the deal was signed in which city" ask about another thing).
    // ("where the SCO Development Bank project stands": a thing of the SCO's named is what is asked about.)
    if (
      q.main('location') &&
      !q.thing &&
      (q.sco || (q.form === 'where' && q.unknownWords.length === 0 && q.places.length === 0 && q.time === undefined)) &&
      subjects(q).length === 0 &&
      !q.main('summit', 'meeting', 'found', 'charter', 'chair', 'host', 'capital', 'join') &&
      q.events.length === 0 &&
      !q.predecessor &&
      // "SCO foreign ministers 2026 — where?": a council named asks where it met, not where the SCO sits.
      !q.bodies.some((b) => b !== 'secretariat' && b !== 'rats') &&
      // "Where is Pahalgam?" asks where a place is, not where the SCO sits.
      (q.places.length === 0 || q.sco || q.bodies.length > 0) &&
      // "Where is Yermekbayev from?" asks where a person comes from.
      !(q.people.length > 0 && q.words.includes('from')) &&
      // ("Где будет антинаркотический центр ШОС?": a thing of the SCO's the data places, named in full, is not its seat.)
      !(
        q.passage &&
        !q.passage.unknown &&
        q.passage.place &&
        q.passage.matched >= 2 &&
        q.passage.matched === q.passage.of
      )
    )
      return 80;
    return undefined;
  },
  answer(q, f) {
    const sec = f.topic('secretariatSeat');
    const rats = f.topic('ratsSeat');
    // A place named that is the other body's seat ("did the Secretariat move from Tashkent?"): that body's seat is said too.
    const named = (place?: string) =>
      place !== undefined && q.places.some((p) => p.toLowerCase() === place.toLowerCase());
    // ("… and where do they sit?", "where are the bodies based?": no body named, several asked of: both seats.)
    // ("which SCO body does Uzbekistan host?": the body seated in the country or city named, else both.)
    const byPlace = hostsBody(q);
    const seatedThere = (fact?: OrgFactT) =>
      byPlace && (named(fact?.place) || q.countries.some((c) => fact?.countries?.includes(c.country.id) === true));
    const byHost = seatedThere(rats) !== seatedThere(sec);
    // ("is the Beijing Secretariat the only permanent body or is there another one?": whether it is the only one, and both.)
    const onlyAsked =
      (q.main('only') || q.main('other')) &&
      (q.form === 'yesno' || q.form === 'choice') &&
      q.words.some((w) => /^(body|bodies|organ|organs)$/.test(w));
    const both =
      (q.bodies.length === 0 && q.words.some((w) => /^(they|them|bodies|both|each)$/.test(w))) ||
      (byPlace && !byHost) ||
      onlyAsked;
    const wantRats =
      both ||
      q.bodies.includes('rats') ||
      (q.bodies.includes('secretariat') && named(rats?.place)) ||
      (byHost && seatedThere(rats));
    // ("Is Tashkent just the RATS seat or also the SCO HQ?", "placed the SCO headquarters in Tashkent … or did he confuse
    // it with the anti-terror body?": the organisation's own headquarters, named or claimed beside RATS, is the Secretariat's.)
    const orgSeat =
      q.claims.some((c) => c.kind === 'seat' && c.body === 'secretariat') ||
      q.words.some((w, i) => /^(hq|headquarters|headquartered)$/.test(w) && /^(sco|sco s)$/.test(q.words[i - 1] ?? ''));
    const wantSec = both || q.bodies.includes('secretariat') || !wantRats || named(sec?.place) || orgSeat;
    // "When was the Secretariat set up?": the data holds where, not when.
    if (q.main('found') && q.form === 'when') {
      const which = wantRats ? 'rats' : 'secretariat';
      const fact = wantRats ? rats : sec;
      return {
        kind: 'fact',
        title: () => 'Not in the data',
        lead: (l) => l.m.notHeldSetUp(l.body(which)),
        ...(fact?.place && { context: (l) => l.m.seat(l.body(which), l.place(fact.place!)) }),
        sources: [fact?.sources ?? []],
      };
    }
    const claim = byPlace ? undefined : q.claims.find((c) => c.kind === 'seat' && c.stance === 'asked');
    // Without a claim read from the words (other scripts), a yes/no question naming a city asks whether the seat is there.
    const askedRats = q.bodies.includes('rats');
    const seatOf = (askedRats ? rats : sec)?.place;
    const asked = !claim && q.form === 'yesno' && seatOf ? q.places[0] : undefined;
    // ("is rats in uzbekistan?": a country named, no city, asks whether the seat is in that country.)
    const inCountry = q.countries.filter((c) => c.role !== 'aside' && c.by !== 'demonym');
    const askedCountry =
      !claim && !asked && q.form === 'yesno' && seatOf && inCountry.length === 1 ? inCountry[0]!.country.id : undefined;
    // "Are the Secretariat and RATS in the same city?" (or "… or two different cities?"): whether the two seats are one.
    const sameAsked =
      !claim &&
      (q.form === 'yesno' || (q.form === 'choice' && /^(is|are|was|were)$/.test(q.words[0] ?? ''))) &&
      q.main('same') &&
      wantSec &&
      wantRats &&
      sec?.place !== undefined &&
      rats?.place !== undefined;
    const verdict: Verdict | undefined = onlyAsked
      ? q.main('other')
        ? 'yes'
        : 'no'
      : sameAsked
        ? sec.place === rats.place
          ? 'yes'
          : 'no'
        : claim
          ? claim.holds
            ? 'yes'
            : 'no'
          : asked
            ? asked.toLowerCase() === seatOf!.toLowerCase()
              ? 'yes'
              : 'no'
            : askedCountry
              ? (askedRats ? rats : sec)?.countries?.includes(askedCountry)
                ? 'yes'
                : 'no'
              : undefined;
    const founding = f.topic('founding');
    const askedPlaceIsFounding =
      claim &&
      !claim.holds &&
      founding?.place &&
      claim.kind === 'seat' &&
      claim.place.toLowerCase() === founding.place.toLowerCase();
    const secPart = wantSec && sec?.place ? [{ body: 'secretariat' as const, f: sec }] : [];
    const ratsPart = wantRats && rats?.place ? [{ body: 'rats' as const, f: rats }] : [];
    // The body asked about first.
    // (A seat claim names the body it is said of: "RATS sits in X next to the secretariat?")
    const ratsFirst = claim?.kind === 'seat' ? claim.body === 'rats' : askedRats && !q.bodies.includes('secretariat');
    const parts = ratsFirst ? [...ratsPart, ...secPart] : [...secPart, ...ratsPart];
    return {
      kind: 'fact',
      title: (l) => parts.map((p) => `${l.body(p.body)}: ${l.place(p.f.place!)}`).join(' · '),
      ...(verdict && { verdict, ...(sameAsked && { verdictAlways: true }) }),
      lead: (l) => parts.map((p) => l.m.seat(l.body(p.body), l.place(p.f.place!))).join(' '),
      ...(askedPlaceIsFounding && founding?.date
        ? { context: (l) => l.m.founded(l.d(founding.date!), l.place(founding.place!)) }
        : parts.length === 1
          ? { context: parts[0]!.f.text }
          : {}),
      note: noteOf(parts[0]?.f),
      sources: parts.map((p) => p.f.sources),
    };
  },
};

/** "Which SCO body does Uzbekistan host?", "which permanent body is in Tashkent?": a body asked for by where it sits. */
function hostsBody(q: Question): boolean {
  return (
    q.bodies.length === 0 &&
    q.has('body') &&
    q.main('host', 'location', 'body') &&
    // (Where it sits is asked: "does Uzbekistan host", "based in", "is in Uzbekistan".)
    (q.has('host') ||
      q.has('location') ||
      / (?:is|are|sits|sit) in$/.test(` ${q.words.slice(0, q.countries[0]?.at ?? q.words.length).join(' ')}`)) &&
    !q.has('outcome') &&
    !q.has('chair') &&
    !q.has('capital') &&
    !q.has('observer') &&
    !q.has('partner') &&
    // ("which SCO body sits in Tashkent and which one in Beijing?": one place or two.)
    q.countries.length + q.places.length >= 1 &&
    q.countries.length + q.places.length <= 2 &&
    (q.form === 'which' || q.form === 'what') &&
    // (A meeting found only by the city named is not asked about.)
    q.events.every((e) => q.places.includes(e.city)) &&
    q.people.length === 0 &&
    !q.has('summit') &&
    !q.has('meeting') &&
    !q.main('secgen', 'head', 'director')
  );
}
