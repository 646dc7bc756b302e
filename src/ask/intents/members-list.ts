import { formatDate } from '../../base/dates.js';
import { RELATION_CUES } from '../understand/index.js';
import type { Loc } from '../draft.js';
import type { Intent } from './types.js';
import type { Question } from '../understand/question.js';
import type { MembershipStatusT } from '../../facts/schema.js';
import { asksWhichOnes, dayOf, noteOf, pathSentence, subjects, whenText } from './shared.js';

/** "Which countries are members?", "list the members (in 2016)", "list all members and their capitals". */
export const membersList: Intent = {
  id: 'members-list',
  priority: 84,
  examples: [
    { q: 'list the members', must: ['China', 'Belarus', 'Iran', 'Pakistan'] },
    { q: 'list members in 2016', must: ['China', 'Uzbekistan'], mustNot: ['India'] },
    { q: 'list all sco members and their capitals', must: ['Islamabad', 'Minsk', 'Tehran'] },
    { q: 'кто входит в ШОС', must: [['Беларусь', 'Belarus']] },
  ],
  match(q) {
    // ("which countries were in SCO back in 2016, before india and pakistan": countries named only after "before" a year
    // asked date the list; they are not what it asks about.)
    const before = q.words.findIndex((w) => /^(before|until|till)$/.test(w));
    const datingOnly =
      q.time !== undefined &&
      before >= 0 &&
      q.countries.every((c) => c.at > before && c.at <= before + 5) &&
      q.words.some((w) => /^(countries|members|states|nations)$/.test(w));
    if (subjects(q).length > 0 && !datingOnly) return undefined;
    // ("ruslan mirzaev — who is he in the sco context": a person asked about, not the members.)
    if (q.people.length > 0 && (q.form === 'who' || q.form === 'fragment') && !q.main('member', 'list'))
      return undefined;
    // "Which countries are not connected to the SCO at all (not even as partners)?"
    if (
      q.negated &&
      q.main('status', 'partOf') &&
      // ("which of the founding members was NOT part of the shanghai five?": the founders' own question.)
      !q.main('founder') &&
      // ("which sco members weren't part of the shanghai five?": the members outside the Five, its own question.)
      !(q.predecessor && q.main('member')) &&
      (q.form === 'which' || q.form === 'list' || q.main('list'))
    )
      return 91;
    if (q.main('partner', 'observer', 'dialogue', 'founder', 'family', 'apply') && (!q.main('member') || q.negated))
      return undefined;
    // ("'27 countries' for the sco family - what does that number consist of?": the family named first is what is listed.)
    if (q.has('family') && !q.main('member')) return undefined;
    if (q.form === 'howMany' || (q.main('count') && !q.main('list'))) return undefined;
    if (q.main('attend') || q.eventNamed) return undefined;
    // "Did all members sign on to the statement?" asks about a statement, not for the list.
    if (q.main('statement') && q.main('sign') && (q.form === 'yesno' || q.form === 'fragment')) return undefined;
    // "Shanghai Five — who was in it?": the predecessor's members, when the SCO itself is not named.
    // ("… the shanghai five? (not the sco founders, the 1996 group)": the SCO named only as what is not asked.)
    if (q.predecessor && (!q.sco || q.cues.some((c) => c.cue === 'not' && c.role === 'aside'))) return undefined;
    // "Who are the newest members?" names the most recent ones (growth), not the whole list.
    if (q.main('newest') && !q.time) return undefined;
    // "A timeline of membership with the count at each stage": how it grew, not today's list.
    if (q.main('growth') && (q.main('count') || q.unknownWords.some((w) => /^counts?$|^stages?$|^steps?$/.test(w))))
      return undefined;
    // "Which former observers became members?": the members whose path went through that status.
    if (q.main('join', 'member') && formerStatus(q) && (q.form === 'which' || q.form === 'who' || q.main('list')))
      return 91;
    // "Which countries joined after 2015?" asks who joined (growth), not the list.
    // ("… with the year each joined" asks the list, each with its year.)
    // ("the ten member states with accession years": the members counted whole, as "all" does.)
    const each =
      (q.main('all') || q.numbers.some((n) => n.noun === 'member' && n.stance === 'asked')) && q.main('member');
    if (q.main('join') && !each && (!q.main('list') || q.time)) return undefined;
    // ("Which members joined after the founding in 2001, and in which year each?": those who joined since, growth.)
    if (q.main('join') && q.main('after') && (q.main('found') || q.time)) return undefined;
    // ("I keep seeing 'the SCO's eight members' … so which eight are they?": the members named in the quote.)
    // ("I keep seeing 'the SCO's eight members' … so which eight are they?", "… which 8?": the members the quote counts.)
    const whichThey = q.has('member') && asksWhichOnes(q);
    const listing =
      whichThey ||
      q.main('list') ||
      // "Give me the SCO's eight members": a request for the members is their list.
      (q.main('member') && q.words.slice(0, 4).some((w) => w === 'give' || w === 'show')) ||
      q.form === 'list' ||
      // ("all 10 sco members? need the full list for a map": the list asked in the words after the question.)
      (q.main('member') && q.main('all') && q.has('list')) ||
      // ("all 10 members pls": all of them, asked with no verb, are their list.)
      (q.main('member') && q.words.includes('all') && q.form === 'fragment' && !q.main('growth')) ||
      // ("the 10 member states pls, alphabetical if u can": the members counted out with no verb, or put in an order.)
      (q.main('member') &&
        !q.main('count', 'growth') &&
        q.form === 'fragment' &&
        q.numbers.some((n) => n.noun === 'member' && /^(the|all|its|those|these)$/.test(q.words[n.at - 1] ?? ''))) ||
      (q.main('member') && q.words.some((w) => /^(alphabetical|alphabetically|alphabetic)$/.test(w))) ||
      (q.form === 'which' && q.main('member')) ||
      (q.form === 'who' && q.main('member', 'partOf'));
    // "Which are the SCO's official languages?" lists languages: a bare listing of the SCO is its members only when no other relation is asked.
    // "It has 8 members — list them": the list, opened by the correction of the count (it outranks the claim check).
    const counted = q.claims.some((c) => c.kind === 'count' && (c.noun === 'member' || c.noun === 'country'));
    if (
      listing &&
      (whichThey ||
        q.main('member', 'partOf') ||
        (q.sco && !q.cues.some((c) => c.role === 'main' && c.cue !== 'member' && RELATION_CUES.has(c.cue))))
    )
      return counted && (q.main('list') || !q.main('count')) ? 94 : 90;
    if (q.main('member') && q.form === 'fragment' && !q.main('status')) return 80;
    // "Tell me the members", "dime los miembros", "सदस्य बताओ": a request to tell them is their list, unless it names
    // something of theirs the data does not know ("tell me about the members' commitments").
    if (q.main('member') && q.form === 'explain' && !q.main('status') && !q.unknownWords.some((w) => w.length > 4))
      return 78;
    if ((q.main('capital') || q.main('code')) && (q.main('member', 'list', 'all') || q.form === 'list')) return 88;
    if (q.form === 'what' && q.main('member') && !q.main('status')) return 75;
    return undefined;
  },
  answer(q, f) {
    if (q.negated && q.main('status', 'partOf') && !q.main('member')) {
      const none = f.store.countries().filter((c) => f.statusOn(c.id).some((m) => m.status === 'none'));
      const fact = f.topic('notConnected');
      return {
        kind: 'fact',
        title: () => 'Not connected to the SCO',
        lead: (l) => l.m.notConnectedList(l.list(none.map((c) => l.c(c)))),
        context: fact?.text,
        note: fact?.caveat ? fact.caveat.split(/(?<=\.)\s/)[0] : undefined,
        sources: [fact?.sources ?? []],
      };
    }
    const was = formerStatus(q);
    if (was) {
      const through = f
        .members(f.factDay)
        .map((m) => ({ c: m.country, path: f.history(m.country.id).filter((r) => r.status !== 'none') }))
        .filter((x) => x.path.some((r) => r.status === was));
      return {
        kind: 'fact',
        title: (l) => l.list(through.map((x) => l.c(x.c))),
        lead: (l) => through.map((x) => pathSentence(l, x.c, x.path)).join(' '),
        sources: through.slice(0, 3).map((x) => f.accession(x.c.id)?.sources ?? []),
      };
    }
    const { day, asked } = dayOf(q, f);
    const list = f.members(day);
    const when = whenText(q, f);
    const withCapital = q.main('capital');
    const withCode = q.main('code');
    const names = (l: Loc) => l.list(list.map((m) => l.c(m.country)));
    // ("list the 27 sco countries", "which are the 27 sco member countries?": the members and partners together are
    // the countries so counted, and both lists are given.)
    const partners = asked ? [] : f.partners(day);
    const family =
      partners.length > 0 &&
      q.claims.some(
        (c) =>
          c.kind === 'count' &&
          (c.noun === 'member' || c.noun === 'country') &&
          c.value === list.length + partners.length,
      );
    return {
      kind: 'fact',
      title: (l) => `${l.org}: ${l.n(list.length)}`,
      lead: (l) =>
        asked
          ? l.m.membersWere(l.n(list.length), when(l), names(l))
          : family
            ? `${l.m.membersAre(l.n(list.length), names(l))} ${l.m.partnersAre(
                l.n(partners.length),
                l.list(partners.map((m) => l.c(m.country))),
              )}`
            : l.m.membersAre(l.n(list.length), names(l)),
      // A wrong count in the question is corrected first, which already says how many there are.
      ...(!asked &&
        !q.claims.some((c) => c.kind === 'count' && c.holds === false) && {
          context: (l: Loc) => l.m.memberCount(l.n(list.length), l.m.asOf(l.d(f.dataAsOf))),
        }),
      details: [
        {
          items: list.map(
            ({ country, record }) =>
              `${country.name}: since ${record.from ? formatDate(record.from) : ''}${f.isFounder(country.id) ? ' (founder)' : ''}${withCapital ? `; capital ${country.capital}` : ''}${withCode ? `; ISO ${country.id} / ${country.iso3}` : ''}`,
          ),
        },
      ],
      note: noteOf(f.memberCountOn(day)),
      sources: [
        f.memberCountOn(day)?.sources ?? [],
        ...(withCapital || withCode ? [list[0]?.country.sources ?? []] : []),
      ],
    };
  },
};

/** "Which former observers became members?": the status the members are asked to have passed through. */
function formerStatus(q: Question): MembershipStatusT | undefined {
  if (!q.has('previous')) return undefined;
  if (q.main('observer')) return 'observer';
  if (q.main('dialogue')) return 'dialogue-partner';
  return undefined;
}
