import type { CountryT } from '../../facts/schema.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { blocksCountry, firstSentence, noteOf, subjects } from './shared.js';

/** "Has Armenia applied to join?", "who has applied?", "which countries applied for observer status in 2024?" */
export const applications: Intent = {
  id: 'applications',
  priority: 73,
  examples: [
    { q: 'Has Armenia applied for membership?', must: ['Yes', 'Armenia', 'applied'] },
    { q: 'who has applied to join the SCO?', must: ['Armenia', '3 July 2025'] },
    { q: 'how are applications to join handled, step by step?', must: ['Iran', 'memorandum'] },
  ],
  match(q) {
    // "Did India block Azerbaijan from joining?": a refusal to let another country in asks about that country's application.
    // "Did India block Azerbaijan?": the joining is understood when the country blocked follows the verb.
    // ("india ne azerbaijan ki membership block kyun ki", "بھارت نے آذربائیجان کی مکمل رکنیت روک دی": a membership blocked
    // is the application's.)
    // (A refusal asked beside "members" is no bid: "how has India broken with the other members?"; a country's own
    // membership is: "azerbaijan ki SCO membership".)
    const memberOf = q.cues.some(
      (c) => c.cue === 'member' && c.role === 'main' && q.countries.some((x) => x.at < c.at && x.at >= c.at - 3),
    );
    const blocked =
      (q.main('refuse') || q.main('block')) &&
      (q.main('join') ||
        (((q.main('block') && q.main('member')) || memberOf || blocksCountry(q)) &&
          !q.main('sign', 'statement', 'defence'))) &&
      q.countries.filter((c) => c.by !== 'demonym').length >= 2 &&
      !q.eventNamed;
    if (blocked) return 94;
    // "Do they vote on new members by majority?": how admission is decided, which the applications record says.
    // The admission may be named in a clause before ("Iran was admitted in 2022, right? what was the vote like").
    // ("what's needed to approve new members - majority vote?": the rule may be named in a tag after the question.)
    const rule = q.main('decisionRule') || (q.has('decisionRule') && (q.form === 'what' || q.form === 'how'));
    if (rule && (q.has('member') || q.has('join') || q.has('apply')) && !q.eventNamed) return 93;
    // "How does the SCO admit new members?", "how does a country join?": the procedure, not the last accession.
    // ("walk me through how the SCO grew …, with the years each new member came in": how it grew, not how one joins.)
    if (
      q.form === 'how' &&
      q.main('join') &&
      !q.main('growth') &&
      subjects(q).length === 0 &&
      q.tense === 'present' &&
      !q.time
    )
      return 91;
    // "Does the SCO decide by consensus?": how its decisions are taken, which the data states of admissions.
    if (q.main('decisionRule') && q.sco && !q.eventNamed && subjects(q).length === 0) return 86;
    // ("list every country that has applied": the relative clause says what is listed.)
    const listed = q.has('apply') && (q.form === 'list' || q.main('list')) && subjects(q).length === 0;
    // ("SG's number of countries applying … — 19?", "19 countries applied to join SCO? who said this?": a count of
    // applicants put to be checked, however the line frames it.)
    const counted =
      q.has('apply') &&
      subjects(q).length === 0 &&
      !q.eventNamed &&
      q.numbers.some((n) => n.noun === 'country' || n.stance === 'asked');
    if (counted) return 92;
    if (!q.main('apply') && !listed) return undefined;
    if (q.tense === 'future' && !q.main('apply')) return undefined;
    return subjects(q).length > 0 ? 90 : 92;
  },
  answer(q, f) {
    // One country said to block another's bid named in an aside ("azerbaijan applied, didn't it? did india block it?"):
    // every country named, so the applicant is among them.
    // "Compare the Armenian and Azerbaijani bids": countries named by their adjectives, the bids of each.
    const demonyms = [
      ...new Set(q.countries.filter((c) => c.by === 'demonym' && c.role !== 'aside').map((c) => c.country)),
    ];
    const refusal = q.main('refuse') || q.main('block');
    const cs =
      q.main('refuse') && blocksCountry(q)
        ? [...new Set(q.countries.filter((c) => c.by !== 'demonym').map((c) => c.country))]
        : subjects(q).length === 0 && demonyms.length >= 2
          ? demonyms
          : subjects(q);
    const notes = f.topicFacts('applications');
    // "… and what decides them?", "approved by majority vote, so how many votes does Armenia need?": the rule on
    // decisions, beside the countries' own bids.
    const ruleNote =
      cs.length > 0 && q.cues.some((c) => c.cue === 'decisionRule' && c.role !== 'aside')
        ? notes.find((n) => n.count !== undefined)
        : undefined;
    // (A bid on record carries what the notes say of its limits: "… the decisions of the Bishkek summit are not in the
    // data".)
    const caveat = notes.map((n) => n.caveat).find(Boolean);
    const withRule = (d: Draft): Draft => {
      const noted = d.verdict !== 'no' && d.note === undefined && caveat ? { ...d, note: caveat } : d;
      return ruleNote
        ? {
            ...noted,
            details: [...(noted.details ?? []), { items: [ruleNote.text] }],
            sources: [...noted.sources, ruleNote.sources],
          }
        : noted;
    };
    // "Where do Armenia's and Azerbaijan's bids stand?": each country's own answer, one after the other (not when one is
    // said to block another's, which asks of that other's application).
    // ("Compare the Armenian and Azerbaijani bids … and any reported objections": the bids named by their adjectives,
    // an objection asked of each.)
    const applied = (id: string) =>
      f.history(id).some((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
    // (Objections asked of bids that are each on record: "Compare Armenia's and Azerbaijan's bids … any objections".)
    if (
      cs.length >= 2 &&
      (!refusal || cs.every((c) => applied(c.id)) || (subjects(q).length === 0 && demonyms.length >= 2))
    ) {
      const each = cs.slice(0, 3).map((c) => ofCountry(q, f, c, [c], notes));
      const verdicts = new Set(each.map((d) => d.verdict));
      const contexts = each.flatMap((d, i) =>
        typeof d.context === 'string'
          ? [d.context.startsWith(cs[i]!.name) ? d.context : `${cs[i]!.name}: ${d.context}`]
          : [],
      );
      return withRule({
        kind: 'fact',
        title: (l) => each.map((d) => d.title(l)).join(' / '),
        ...(verdicts.size === 1 && each[0]!.verdict && { verdict: each[0]!.verdict }),
        lead: (l) => each.map((d) => d.lead(l)).join(' '),
        ...(contexts.length > 0 && { details: [{ items: contexts }] }),
        sources: [...each.map((d) => d.sources[0] ?? []), ...each.flatMap((d) => d.sources.slice(1))],
      });
    }
    if (cs.length > 0) {
      // Of several countries named, the one with an application on record ("did India block Azerbaijan…").
      // ("Baku accused India of blocking Azerbaijan's entry. What did India say about the application?": the applicant may be
      // named in the statement before, not as the subject.)
      const applicant =
        cs.find((x) => applied(x.id)) ??
        q.countries.find((c) => c.by !== 'demonym' && applied(c.country.id) && q.main('apply'))?.country;
      return withRule(ofCountry(q, f, applicant ?? cs[0]!, cs, notes));
    }
    // "How does the SCO handle applicants, step by step?": what the data says of the procedure (the rule on
    // decisions), with the most recent accession whose record names its steps.
    // "Do they vote on new members by majority?" asks the same rule.
    if ((q.form === 'how' || q.form === 'explain' || q.has('decisionRule')) && !q.time) {
      const rule = notes.find((n) => n.count !== undefined);
      const steps = [...f.members()]
        .reverse()
        .map((m) => m.record)
        .find((r) => r.how?.includes(';'));
      const walk = steps && `${f.nameOf(steps.country)}: ${steps.how}`;
      // "Explain the pending membership bids": the applications for full membership still open, each as its record says.
      // (Not how an application is handled, which the procedure answers.)
      const open =
        q.form === 'how'
          ? []
          : f.store.data.memberships.filter((m) => m.status === 'applicant-member' && !m.to && m.how);
      const pending = open.map((m) =>
        m.how!.startsWith(f.nameOf(m.country)) ? m.how! : `${f.nameOf(m.country)}: ${m.how}`,
      );
      // "Do new members need consensus?": Yes when the rule the data states is the one asked in its own word.
      const ruleWords = q.cues
        .filter((c) => c.cue === 'decisionRule' && c.role !== 'aside')
        .flatMap((c) => q.words.slice(c.at, c.at + (c.len ?? 1)))
        // ("need everyone to agree": the rule is the agreeing, not who must or how many.)
        .filter((w) => !/^(need|needs|to|has|have|must|all|everyone|members)$/.test(w));
      const stated =
        q.form === 'yesno' &&
        rule !== undefined &&
        ruleWords.length > 0 &&
        // ("unanimous agreement" asks the rule the data calls consensus: the lexicon's word for it counts.)
        ruleWords.every((w) =>
          [w, ...(f.store.data.ask.synonyms[w] ?? [])].some((x) => new RegExp(`\\b${x}\\b`, 'i').test(rule.text)),
        );
      // "Is a majority vote enough?": a rule the data does not state, beside the one it does, is a No.
      const other =
        q.form === 'yesno' &&
        rule !== undefined &&
        !stated &&
        ruleWords.some((w) => /^(majority|mayoria|mehrheit|majorite)/.test(w));
      if (rule || walk)
        return {
          kind: 'fact',
          title: () => rule?.label ?? 'Applications',
          ...(stated && { verdict: 'yes' as const }),
          ...(other && { verdict: 'no' as const }),
          lead: (l) =>
            rule
              ? l.lang === 'en'
                ? rule.text
                : l.m.figure(l.n(rule.count!), rule.label)
              : l.m.applications(l.list(applicantsOf(f, notes).map((c) => l.c(c)))),
          ...((q.lang !== 'en' || !rule) && { context: rule?.text ?? walk }),
          ...((pending.length > 0 || (rule && walk)) && {
            details: [{ items: [...pending, ...(rule && walk ? [walk] : [])] }],
          }),
          note: noteOf(rule),
          sources: [rule?.sources ?? [], ...(open.length > 0 ? open.map((m) => m.sources) : [steps?.sources ?? []])],
        };
    }
    // "How many countries want to join?": the fact that counts them.
    // ("saw '19 countries want to join' — who said that and when?": the count named, or the number asked for by name.)
    const counted = notes.find(
      (n) =>
        n.count !== undefined &&
        (q.form === 'howMany' ||
          // (Not "which 19 countries …? names please": the names, which the data does not hold, are asked.)
          (q.lang === 'en' &&
            q.form !== 'which' &&
            q.form !== 'list' &&
            !q.words.some((w) => w === 'names' || w === 'name' || w === 'list') &&
            (q.numbers.some((x) => x.value === n.count) || q.words.some((w) => w === 'number' || w === 'figure')))),
    );
    if (counted) {
      // ("… 19 countries applied to join. is the quote real?", "— 19?": the count put to be checked.)
      const put = q.numbers.find((x) => x.noun === 'country' || x.stance === 'asked');
      return {
        kind: 'fact',
        ...(q.form === 'yesno' && put && { verdict: put.value === counted.count ? ('yes' as const) : ('no' as const) }),
        title: () => counted.label,
        lead: (l) => (l.lang === 'en' ? counted.text : l.m.figure(l.n(counted.count!), counted.label)),
        ...(q.lang !== 'en' && { context: counted.text }),
        note: noteOf(counted),
        sources: [counted.sources],
      };
    }
    const year = q.time?.year;
    const chosen = year
      ? notes.filter((n) => n.date?.startsWith(String(year)))
      : notes.filter((n) => n.count === undefined);
    const pick = chosen.length ? chosen : notes;
    // "which countries have applied for full membership?": every open bid for full membership the records hold, beside
    // the notes (Azerbaijan's is in its own record), each said once.
    const noted = new Set(pick.flatMap((n) => (n.status === 'applicant-member' ? n.countries : [])));
    const more = year
      ? []
      : f.store.data.memberships.filter(
          (m) => m.status === 'applicant-member' && !m.to && m.how && !noted.has(m.country),
        );
    return {
      kind: 'fact',
      title: () => 'Applications',
      lead: (l) =>
        l.lang === 'en'
          ? pick.map((n) => n.text).join(' ')
          : l.m.applications(
              l.list([...new Set([...applicantsOf(f, pick), ...more.map((m) => m.country)])].map((c) => l.c(c))),
            ),
      ...(q.lang !== 'en' && { context: pick.map((n) => n.text).join(' ') }),
      ...(more.length > 0 && {
        details: [
          {
            items: more.map((m) =>
              m.how!.startsWith(f.nameOf(m.country)) ? m.how! : `${f.nameOf(m.country)}: ${m.how}`,
            ),
          },
        ],
      }),
      note: pick.map((n) => n.caveat).filter(Boolean)[0],
      sources: [...pick.map((n) => n.sources), ...more.map((m) => m.sources)],
    };
  },
};

/** The countries the notes record as applying, each once: not a member a note names beside them. */
function applicantsOf(f: AskFacts, notes: ReturnType<AskFacts['topicFacts']>): string[] {
  return [...new Set(notes.flatMap((n) => n.countries))].filter(
    (id) => !f.statusOn(id).some((m) => m.status === 'member'),
  );
}

/** Where one country's application stands; `cs` are all the countries named (one may be said to block it). */

function ofCountry(
  q: Question,
  f: AskFacts,
  c: CountryT,
  cs: CountryT[],
  notes: ReturnType<AskFacts['topicFacts']>,
): Draft {
  const records = f.history(c.id).filter((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
  // (A member a note names, "India's foreign ministry said …", is no applicant.)
  const own = applicantsOf(f, notes).includes(c.id) ? notes.filter((n) => n.countries.includes(c.id)) : [];
  const now = f.statusOn(c.id).filter((m) => m.status !== 'applicant-member' && m.status !== 'applicant-observer');
  if (records.length === 0 && own.length === 0) {
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      ...(q.form === 'yesno' && { verdict: 'no' as const }),
      lead: (l) => l.m.noApplication(l.c(c)),
      ...(now[0] && {
        context: (l: Loc) =>
          now[0]!.status === 'member'
            ? l.m.memberSince(l.c(c), l.d(now[0]!.from!))
            : now[0]!.status === 'none'
              ? l.m.notConnected(l.c(c))
              : l.m.statusSince(l.c(c), l.status(now[0]!.status), now[0]!.from && l.d(now[0]!.from)),
      }),
      sources: now.map((m) => m.sources),
    };
  }
  // "Did Azerbaijan apply for observer status?": the application of that kind, from its status records or the organisation's facts.
  const kind = q.has('observer') ? 'applicant-observer' : undefined;
  const ofKind = kind ? own.filter((n) => n.status === kind) : [];
  if (kind && !records.some((m) => m.status === kind) && ofKind.length > 0) {
    const n = ofKind[0]!;
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      ...(q.form === 'yesno' && { verdict: 'yes' as const }),
      lead: (l) => (l.lang === 'en' ? n.text : l.m.applied(l.c(c), l.m.observerStatus, n.date && l.d(n.date))),
      context: records[0]
        ? (l: Loc) => l.m.applied(l.c(c), l.m.fullMembership, records[0]!.from && l.d(records[0]!.from))
        : undefined,
      sources: [n.sources, ...records.map((m) => m.sources)],
    };
  }
  const r = records.find((m) => !kind || m.status === kind) ?? records[0];
  // Whether another member blocked it is not what the data records: only where the application stands.
  const blocked = q.main('refuse') && cs.some((x) => x.id !== c.id);
  // ("… is it approved already?": whether it was decided, which the data does not record for a pending application;
  // "approved at Tianjin?" is No when its record says that meeting did not decide it. Not "did the PM confirm?".)
  const decided =
    q.main('outcome') &&
    r?.status === 'applicant-member' &&
    !r.to &&
    !q.words.some((w) => /^(confirm|confirmed|announce|announced)$/.test(w));
  // (Not "since the Tianjin summit": what came after it is not recorded.)
  const notThere =
    decided &&
    q.eventNamed &&
    q.events[0] !== undefined &&
    (r?.how ?? '').includes(q.events[0].city) &&
    !q.words.some((w) => /^(since|after)$/.test(w));
  return {
    kind: 'fact',
    title: (l) => l.c(c),
    ...(q.form === 'yesno' && {
      verdict: notThere ? ('no' as const) : blocked || decided ? ('unknown' as const) : ('yes' as const),
    }),
    lead: (l) =>
      r
        ? l.m.applied(
            l.c(c),
            r.status === 'applicant-member' ? l.m.fullMembership : l.m.observerStatus,
            r.from && l.d(r.from),
          )
        : own[0]!.text,
    context: r ? firstSentence(r.how) : own[1]?.text,
    sources: [...records.map((m) => m.sources), ...own.map((n) => n.sources), ...now.map((m) => m.sources)],
  };
}
