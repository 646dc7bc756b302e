import { wholeYears } from '../../base/dates.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { noteOf, subjects } from './shared.js';

/** "When/where was the SCO founded?", "who founded it?", "is India a founding member?", "how old is the SCO?" */
export const founding: Intent = {
  id: 'founding',
  priority: 70,
  examples: [
    { q: 'when was the sco founded', must: ['15 June 2001', 'Shanghai'] },
    { q: 'who founded the SCO?', must: ['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan'] },
    { q: 'is india a founding member?', must: ['No', '9 June 2017'] },
    { q: 'Is it true that the SCO was founded in 1996?', must: ['No', '15 June 2001', '1996'] },
    { q: 'how old is the sco', must: ['2001'] },
    { q: '上合组织什么时候成立的', must: ['2001'] },
  ],
  match(q) {
    // "When was RATS set up?": a permanent body's founding, which the seats family says the data does not hold (the body
    // named before the founding verb is its subject; one named after, "… bc that's where the secretariat is", is not).
    const foundAt = q.cues.find((c) => c.cue === 'found')?.at ?? -1;
    const bodyAt = q.words.findIndex((w) => /^(rats|secretariat)$/.test(w));
    if (bodyAt >= 0 && foundAt > bodyAt) return undefined;
    if (q.predecessor || q.main('charter') || q.otherOrgs.length > 0) return undefined;
    // ("Hat die SOZ eine eigene Entwicklungsbank gegründet?": a thing of the SCO's named is what was set up.)
    if (q.thing) return undefined;
    // ("'The SCO was founded in 2001 by six states, including Turkmenistan.'": who founded it, said by name, is checked
    // before the count said beside them.)
    // (Not when the founding itself is put wrong: "founded in 1996 in shanghai by six countries incl uzbekistan" is the
    // predecessor's.)
    if (
      q.has('found') &&
      (q.form === 'yesno' || q.form === 'choice') &&
      !q.claims.some((c) => c.kind === 'founded' && c.holds === false) &&
      q.countries.some(
        (c) => c.by !== 'demonym' && /^(by|including|incl)$/.test(q.words[c.at - 1] ?? '') && c.role !== 'aside',
      )
    )
      return 95;
    // ("is the SCO bank set up yet?": a bank, fund or centre named just before the founding verb is what was set up.)
    if (
      foundAt > 0 &&
      !/^(founding|foundation)$/.test(q.words[foundAt] ?? '') &&
      q.words.slice(Math.max(0, foundAt - 3), foundAt).some((w) => OTHER_BODY.test(w))
    )
      return undefined;
    // ("Kyrgyzstan's chairmanship: when it started, the motto": "it" is the chairmanship named before, not the SCO.)
    const chairAt = q.cues.find((c) => c.cue === 'chair')?.at ?? -1;
    if (chairAt >= 0 && foundAt > chairAt && [q.words[foundAt], q.words[foundAt - 1]].includes('it')) return undefined;
    // "the development bank's founding agreement": another thing's founding, not the SCO's.
    const owner = q.words.findIndex((w, i) => w === 's' && /^found/.test(q.words[i + 1] ?? ''));
    if (owner > 0 && !/^(sco|organisation|organization|it|shos|ocs|soz)$/.test(q.words[owner - 1] ?? ''))
      return undefined;
    // "what's this 'partner of the organization' status they created": a category created, not the SCO founded.
    const statusAt = q.cues.find((c) => c.role === 'main' && (c.cue === 'status' || c.cue === 'partner'))?.at ?? -1;
    if (statusAt >= 0 && foundAt > statusAt && !q.main('founder')) return undefined;
    // "Which countries joined after the founding six?": who joined since, which the growth family lists.
    if (q.main('join') && q.cues.some((c) => c.cue === 'after' && c.at < foundAt)) return undefined;
    const cs = subjects(q);
    // ("When did Afghanistan originally obtain observer status?": "originally" with another category asks when it first
    // held that one, not whether it founded the SCO.)
    const firstOfCategory =
      q.main('observer', 'dialogue', 'partner') &&
      q.cues.every((c) => c.cue !== 'founder' || q.words[c.at] === 'originally');
    if (cs.length > 0 && q.main('founder') && !firstOfCategory)
      return q.form === 'yesno' || q.form === 'fragment' || q.form === 'choice' ? 93 : 85;
    // ("the SCO was founded by China, Russia and Turkmenistan, right?": the countries said to have founded it.)
    if (cs.length > 0 && foundAt >= 0 && q.words.slice(foundAt + 1, foundAt + 5).includes('by') && q.form === 'yesno')
      return 93;
    if (placesOffered(q).length > 0) return undefined;
    if (q.main('old')) return 88;
    // ("how many years has the sco been around now?": how long ago it was founded, when nothing else is named.)
    if (
      q.main('elapsed') &&
      q.events.length === 0 &&
      q.people.length === 0 &&
      q.bodies.length === 0 &&
      // ("how many years has the sco existed": "existed" is its existence, no source's reliability.)
      q.cues.every(
        (c) => c.role !== 'main' || /^(elapsed|found|old|current|ever|still|how|count|reliable)$/.test(c.cue),
      )
    )
      return 88;
    // ("a timeline of how the membership grew from the founding six to today": the founders as where a growth starts.)
    // ("روند گسترش اعضای شانگهای را از ۶ کشور بنیانگذار تا امروز توضیح دهید": a growth to explain, in any language.)
    const growthFrom =
      q.main('growth') &&
      (q.main('explain') ||
        q.cues.some(
          (c) =>
            c.cue === 'founder' &&
            (q.words[c.at - 1] === 'from' || (q.words[c.at - 1] === 'the' && q.words[c.at - 2] === 'from')),
        ));
    if (
      q.main('founder') &&
      !growthFrom &&
      (q.form === 'who' ||
        q.form === 'which' ||
        q.form === 'list' ||
        q.form === 'what' ||
        q.form === 'howMany' ||
        q.form === 'fragment')
    )
      return 91;
    if (q.main('found') && (q.form === 'who' || (q.form === 'which' && q.main('list')) || q.form === 'howMany'))
      return 90;
    if (q.main('found'))
      return q.form === 'yesno' ||
        q.form === 'choice' ||
        q.form === 'when' ||
        q.form === 'where' ||
        q.form === 'what' ||
        q.form === 'fragment' ||
        q.form === 'how'
        ? 89
        : 70;
    return undefined;
  },
  since: (q, f) => (subjects(q).length === 0 && !ageAsked(q) ? (f.topic('founding')?.date ?? f.founded) : undefined),
  answer(q, f) {
    const fact = f.topic('founding');
    const date = fact?.date ?? f.founded ?? '';
    const place = fact?.place ?? '';
    const founders = (
      fact?.countries.length ? fact.countries : f.members(new Date(`${date}T00:00:00Z`)).map((m) => m.country.id)
    )
      .map((id) => f.country(id)!)
      .filter(Boolean);
    const sources = [fact?.sources ?? []];
    const cs = placesOffered(q);
    if (cs.length > 0) {
      const checked = cs.map((c) => founderCheck(f, c.id));
      // (Said of several, it holds only if it holds of each: "founded by China, Russia and Turkmenistan" is No, and the
      // one that fails is said first.)
      const drafts = [...checked.filter((d) => d.verdict === 'no'), ...checked.filter((d) => d.verdict !== 'no')];
      // ("founded … by China, Russia and … Turkmenistan": the ones that did not found it, then who did.)
      const foundedBy = q.form === 'yesno' && !q.main('founder') && drafts[0]!.verdict === 'no';
      // ("sco founding members pls - all six, student keeps listing india": the founders asked for, beside the one checked.)
      const listAsked = q.form !== 'yesno' && q.form !== 'choice' && q.form !== 'fragment';
      return {
        ...drafts[0]!,
        verdict: drafts[0]!.verdict === 'no' ? 'no' : 'yes',
        lead: (l) => (foundedBy ? drafts.filter((d) => d.verdict === 'no') : drafts).map((d) => d.lead(l)).join(' '),
        ...((foundedBy || listAsked) && {
          context: (l: Loc) => l.m.foundedBy(l.list(founders.map((c) => l.c(c))), l.n(founders.length)),
        }),
        sources: drafts.flatMap((d) => d.sources),
      };
    }
    // "Which anniversary did it mark in 2026?": the years from its founding to the year named.
    // ("it's turning 30 this year, right?": the anniversary of the year it is now.)
    const thisYear = q.words.some((w, i) => w === 'this' && q.words[i + 1] === 'year');
    const year = q.time?.mode === 'in' ? q.time.year : thisYear ? f.today.getUTCFullYear() : undefined;
    // "Is 2026 an anniversary for it?": every year after the founding is one, unless the question names another (ordinal).
    // ("is it celebrating 30 years in 2026?", "it hits 30 this year": a count of years named is the anniversary asked.)
    const oldEnd = q.cues.filter((c) => c.cue === 'old').map((c) => c.at + (c.len ?? 1));
    // ("su 20 aniversario", "25-летие", "20周年": a count just before the anniversary word names it too; positions count
    // words in Latin script and characters in the others.)
    const oldStart = q.cues.filter((c) => c.cue === 'old').map((c) => c.at);
    // (Not "the 20-year-old bloc": a count of years before "old" is an age.)
    const before = (x: { at: number; value: number }) =>
      x.value < 200 &&
      oldStart.some(
        (a) =>
          a - x.at >= 1 && a - x.at <= String(x.value).length + 1 && !/^(years?|yrs?|old|how)$/.test(q.words[a] ?? ''),
      );
    const ordinal = q.ordinal ?? q.numbers.find((x) => x.stance === 'ordinal')?.value;
    const named =
      ordinal ??
      q.numbers.find(
        (x) => x.stance !== 'range' && (/^(years?|yrs?)$/.test(q.words[x.at + 1] ?? '') || oldEnd.includes(x.at)),
      )?.value;
    // The anniversary named by its number, not an age ("is it 25 years old?").
    const anniversary = ordinal ?? q.numbers.find((x) => x.stance !== 'range' && before(x))?.value;
    // ("in which year did the SCO mark its 25th anniversary?", "when was its 10th anniversary?": the year of the
    // anniversary named, counted from the founding.)
    const yearOfNamed =
      !year &&
      anniversary !== undefined &&
      anniversary > 0 &&
      (q.form === 'when' || ((q.form === 'which' || q.form === 'what') && q.words.includes('year')))
        ? Number(date.slice(0, 4)) + anniversary
        : undefined;
    if (ageAsked(q) && yearOfNamed) {
      return {
        kind: 'fact',
        title: () => 'Age of the SCO',
        lead: (l) => l.m.anniversary(l.nth(anniversary!), l.d(String(yearOfNamed)), l.d(date)),
        sources,
      };
    }
    if (ageAsked(q) && year && year > Number(date.slice(0, 4))) {
      const n = year - Number(date.slice(0, 4));
      const verdict: Verdict | undefined =
        q.form === 'yesno' ? (named === undefined || named === n ? 'yes' : 'no') : undefined;
      return {
        kind: 'fact',
        title: () => 'Age of the SCO',
        ...(verdict && { verdict }),
        lead: (l) => l.m.anniversary(l.nth(n), l.d(String(year)), l.d(date)),
        sources,
      };
    }
    if (ageAsked(q)) {
      const years = wholeYears(date, f.today);
      const verdict: Verdict | undefined =
        q.form === 'yesno' && named !== undefined ? (named === years ? 'yes' : 'no') : undefined;
      return {
        kind: 'fact',
        title: () => 'Age of the SCO',
        ...(verdict && { verdict }),
        lead: (l) => l.m.age(l.n(years), l.d(date)),
        sources,
      };
    }
    // "Which members were NOT founders?": the members now that joined after the founding.
    if (q.negated && q.main('member') && (q.form === 'which' || q.form === 'who' || q.form === 'list')) {
      const later = f.members(f.factDay).filter((m) => !founders.some((c) => c.id === m.country.id));
      // ("… NOT founders, with year of entry": each with the year it joined, when years are asked.)
      const dated = q.words.some((w) => /^(year|years|date|dates|when)$/.test(w));
      return {
        kind: 'fact',
        title: () => 'Members that joined later',
        lead: (l) =>
          l.m.joinedAfter(
            l.list(
              later.map((m) =>
                dated && m.record.from ? `${l.c(m.country)} (${l.d(m.record.from.slice(0, 4))})` : l.c(m.country),
              ),
            ),
            l.d(date.slice(0, 4)),
          ),
        context: (l) => l.m.foundersAre(l.n(founders.length), l.list(founders.map((c) => l.c(c))), l.d(date)),
        sources: [...later.map((m) => m.record.sources), ...sources],
      };
    }
    if (q.form === 'who' || q.form === 'which' || q.form === 'list' || q.form === 'howMany' || q.main('founder')) {
      return {
        kind: 'fact',
        title: () => 'The founding members',
        lead: (l) => l.m.foundersAre(l.n(founders.length), l.list(founders.map((c) => l.c(c))), l.d(date)),
        context: (l) => l.m.founded(l.d(date), l.place(place)),
        // ("list the SCO founding members with their capitals": each founder's capital or codes beside it, as for members.)
        ...((q.main('capital') || q.main('code')) && {
          details: [
            {
              items: founders.map(
                (c) =>
                  `${c.name}:${q.main('capital') ? ` capital ${c.capital}` : ''}${q.main('code') ? `${q.main('capital') ? ';' : ''} ISO ${c.id} / ${c.iso3}` : ''}`,
              ),
            },
          ],
        }),
        sources: [...sources, ...(q.main('capital') || q.main('code') ? [founders[0]?.sources ?? []] : [])],
      };
    }
    // "Was the SCO founded in 1996?", "…in 2001 or 1996?": the claim answered, the predecessor beside it.
    const claim = q.claims.find((c) => c.kind === 'founded');
    const verdict: Verdict | undefined = claim && claim.stance === 'asked' ? (claim.holds ? 'yes' : 'no') : undefined;
    const five = f.topic('predecessor');
    const mentionsFive =
      five?.date && (q.times.some((t) => five.date!.startsWith(String(t.year))) || q.form === 'choice');
    return {
      kind: 'fact',
      title: (l) => `${l.d(date)}, ${l.place(place)}`,
      ...(verdict && { verdict }),
      lead: (l) => l.m.founded(l.d(date), l.place(place)),
      context:
        mentionsFive && five
          ? (l: Loc) =>
              l.m.predecessor(
                l.five,
                l.d(five.date!),
                l.place(five.place ?? place),
                l.list(five.countries.map((c) => l.c(c))),
              )
          : (l: Loc) => l.m.foundedBy(l.list(founders.map((c) => l.c(c))), l.n(founders.length)),
      note: noteOf(fact),
      sources: [...sources, ...(mentionsFive && five ? [five.sources] : [])],
    };
  },
};

function founderCheck(f: AskFacts, code: string): Draft {
  const c = f.country(code)!;
  const acc = f.accession(code);
  const yes = f.isFounder(code);
  const fact = f.topic('founding');
  return {
    kind: 'fact',
    title: () => `${c.name}: ${yes ? 'founding member' : 'not a founding member'}`,
    verdict: yes ? 'yes' : 'no',
    lead: (l) => (acc?.from ? l.m.isFounder(l.c(c), yes, l.d(acc.from)) : l.m.isFounderNever(l.c(c))),
    sources: [acc?.sources ?? [], fact?.sources ?? []],
  };
}

/**
 * "How old is the SCO?", "how many years has it been around?": its age, not its founding day.
 * ("for the 25th-anniversary segment: when exactly was the SCO founded, and in which city?": the founding asked by "when"
 * or "where" is its day and place, whatever the anniversary the line is for; so are the founders asked for.)
 */
function ageAsked(q: Question): boolean {
  return (
    (q.main('old') || q.main('elapsed')) &&
    !(q.main('found') && (q.form === 'when' || q.form === 'where')) &&
    // ("pls name all founding states of SCO, for 25th anniversary poster": the founders, for the anniversary.)
    !(
      q.main('founder') &&
      (q.form === 'list' || q.form === 'which' || q.form === 'who' || q.main('list')) &&
      q.words.some((w) => /^(states|members|countries|nations|founders)$/.test(w))
    )
  );
}

/** Things other than the SCO that are set up: a bank, a fund, a centre. */
const OTHER_BODY = /^(bank|banks|fund|funds|centre|centres|center|centers)$/;

/** The countries asked of: "where was the SCO founded, Shanghai or Beijing?" offers a capital as a place, not its country. */
function placesOffered(q: Question) {
  const cs = subjects(q);
  return q.form === 'where' || q.form === 'choice'
    ? cs.filter((c) => q.countries.some((r) => r.country.id === c.id && r.by !== 'capital'))
    : cs;
}
