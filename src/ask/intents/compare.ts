import { formatDate } from '../../base/dates.js';
import type { CountryT, MembershipT } from '../../facts/schema.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { firstSentence, joinedOn, noteOf, pathSentence, subjects } from './shared.js';

/** "Which joined first, India or Iran?", "did Iran join before Belarus?", "compare Russia and Iran membership". */
export const compare: Intent = {
  id: 'compare',
  priority: 90,
  examples: [
    { q: 'which joined first, india or iran', must: ['India', '9 June 2017', '4 July 2023'] },
    { q: 'did india join before pakistan', must: ['same day'] },
    { q: 'compare russia and iran membership', must: ['15 June 2001', '4 July 2023'] },
    { q: 'compare the paths of afghanistan and mongolia', must: ['Afghanistan', 'Mongolia', '2012', '2004'] },
  ],
  match(q) {
    // "which came first: belarus becoming a dialogue partner or afghanistan becoming an observer?": a status each.
    if (statusesOrdered(q)) return 93;
    const cs = subjects(q);
    // Two are ordered; three or more ("India, Pakistan and Iran") are each answered by membership.
    if (cs.length < 2 || (cs.length > 2 && !q.main('together', 'same'))) return undefined;
    // "since when have X and Y been observers": a status each held, not which joined first.
    // ("compare India's and Iran's paths from observer to full member": the way to membership, through a status.)
    // ("India and Pakistan were observers before joining — since which year?": the status before the joining, each's.)
    const before = / before (joining|they joined|it joined|becoming)\b/.test(` ${q.words.join(' ')}`);
    if (
      q.main('observer', 'dialogue', 'partner') &&
      (!q.main('join', 'apply') || before) &&
      !(q.main('member') && q.main('path'))
    )
      return undefined;
    // ("which countries were in SCO back in 2016, before india and pakistan": the members in a year, those two after.)
    if (
      q.time &&
      q.form === 'which' &&
      !q.main('join') &&
      q.words.some((w) => /^(countries|members|states|nations)$/.test(w))
    )
      return undefined;
    // "Pakistan — same summit as India or different?": whether two joined at one meeting is when each joined.
    // ("ok and pakistan — same day as india or later?", "same yr as india?": when each joined, by the day or year.)
    const sameMeeting =
      ((q.main('same') && q.main('summit', 'meeting')) ||
        (q.main('same') && q.words.some((w) => /^(day|date|year|yr|time|week|month)$/.test(w)))) &&
      !q.eventNamed;
    if (q.main('capital', 'code', 'chair', 'minister', 'defence', 'refuse')) return undefined;
    // ("Compare the Armenian and Azerbaijani bids": the bids themselves, each where it stands, are the applications'.)
    if (q.main('apply') && !q.main('first', 'before', 'after', 'join')) return undefined;
    if (q.main('summit') && !sameMeeting) return undefined;
    if (sameMeeting) return 93;
    if (q.negated && (q.form === 'which' || q.form === 'who')) return undefined;
    // "Compare India's and Pakistan's versions of Qingdao": what each did at a meeting, not when each joined.
    if (q.eventNamed && !q.main('join', 'member', 'apply')) return undefined;
    const ordering =
      q.main('first', 'before', 'after', 'compare', 'together', 'same') ||
      q.has('compare') ||
      q.terms.some((t) => /^(earlier|sooner|later|first)$/.test(t));
    if (
      ordering &&
      // ("india vs pakistan paths into the sco — same or different?": the way each came in.)
      (q.main('join', 'member', 'apply', 'path') || q.form === 'which' || q.form === 'who' || q.form === 'explain')
    )
      return 93;
    if ((q.form === 'which' || q.form === 'who') && q.main('join')) return 91;
    // ("Armenia vs Azerbaijan and the SCO, can you compare where each one stands?": two set side by side, each one's path.)
    // (Set side by side by a word that compares, not by "or": "UK or Japan — any status?" asks each one's status.)
    if (
      (q.form === 'fragment' || q.form === 'what') &&
      q.cues.some(
        (c) =>
          c.cue === 'compare' &&
          c.role === 'main' &&
          // (In another script the cue's own word: "موازنہ", "比较".)
          (q.words.length === 0 || /^(compare|compar\w*|comparison|contrast|versus|vs)$/.test(q.words[c.at] ?? '')),
      )
    )
      return 90;
    return undefined;
  },
  since: joinedOn,
  answer(q, f) {
    const pairs = statusesOrdered(q);
    if (pairs) {
      const held = pairs.map(({ country, status }) => ({
        country,
        status,
        record: f.history(country.id).find((m) => m.status === status),
      }));
      // Earliest first: the first sentence says which came first.
      const dated = held.filter((h) => h.record?.from).sort((x, y) => x.record!.from!.localeCompare(y.record!.from!));
      const undated = held.filter((h) => !h.record?.from);
      const first = dated[0];
      // (The same day is neither before nor after.)
      const same = dated.length === 2 && dated[0]!.record!.from === dated[1]!.record!.from;
      const verdict: Verdict | undefined =
        q.form === 'yesno' && first && dated.length === 2
          ? !same && (first.country.id === held[0]!.country.id) === !(q.has('after') && !q.has('before'))
            ? 'yes'
            : 'no'
          : undefined;
      return {
        kind: 'fact',
        title: (l) => held.map((h) => `${l.c(h.country)}: ${l.status(h.status)}`).join(' / '),
        ...(verdict && { verdict }),
        lead: (l) =>
          [
            ...dated.map((h) =>
              l.m.statusFromTo(
                l.c(h.country),
                l.status(h.status),
                l.d(h.record!.from!),
                h.record!.to && l.d(h.record!.to),
              ),
            ),
            ...undated.map((h) => l.m.neverStatus(l.c(h.country), l.status(h.status))),
          ].join(' '),
        sources: dated.map((h) => h.record!.sources),
      };
    }
    const all = subjects(q);
    // ("india and pakistan joined together with iran back in 2017?": of three or more, the first and one that joined on
    // another day, when one did.)
    const a = all[0]!;
    const b = all.slice(1).find((c) => f.accession(c.id)?.from !== f.accession(a.id)?.from) ?? all[1]!;
    const ra = f.accession(a.id);
    const rb = f.accession(b.id);
    const asksBefore = q.has('before') && !q.has('after');
    const asksAfter = q.has('after') && !q.has('before');
    let verdict: Verdict | undefined;
    let lead: (l: Loc) => string;
    if (ra?.from && rb?.from) {
      if (ra.from === rb.from) {
        verdict = q.form === 'yesno' ? (q.has('together') || q.has('same') ? 'yes' : 'no') : undefined;
        // ("… joined same day? which summit": the summit that admitted both, when it is asked.)
        const at = q.has('summit') && ra.event && ra.event === rb.event ? f.event(ra.event) : undefined;
        lead = (l) =>
          [
            l.m.joinedSameDay(l.c(a), l.c(b), l.d(ra.from!)),
            at ? l.m.eventHeld(l.event(at), l.dr(at.start, at.end), '') : '',
          ]
            .filter(Boolean)
            .join(' ');
      } else {
        const aFirst = ra.from < rb.from;
        if (q.form === 'yesno')
          verdict = asksBefore
            ? aFirst
              ? 'yes'
              : 'no'
            : asksAfter
              ? aFirst
                ? 'no'
                : 'yes'
              : // "Did Iran join together with India?": not on the same day is No.
                q.has('together') || q.has('same')
                ? 'no'
                : undefined;
        const [x, dx, y, dy] = aFirst ? [a, ra.from, b, rb.from] : [b, rb.from, a, ra.from];
        lead = (l) => l.m.joinedFirst(l.c(x), l.d(dx), l.c(y), l.d(dy));
      }
    } else if (ra?.from || rb?.from) {
      const [x, rx, y] = ra?.from ? [a, ra, b] : [b, rb!, a];
      if (q.form === 'yesno') verdict = 'no';
      lead = (l) => l.m.onlyMember(l.c(x), l.d(rx.from!), l.c(y));
    } else {
      if (q.form === 'yesno') verdict = 'no';
      lead = (l) => l.m.neitherMember(l.c(a), l.c(b));
    }
    // A country that is not a member stands where its records say: each current status in the record's own words
    // (partner, applicant…); a sentence both records share is said once, after both.
    const said = (c: CountryT) => f.statusOn(c.id).map((r) => (r.how ? firstSentence(r.how) : r.status));
    const [sa, sb] = [said(a), said(b)];
    const shared = sa.filter((x) => sb.includes(x));
    // (Two partners whose records say the same: the status itself, not "not part of the SCO".)
    const standing = (c: CountryT, own: string[]) =>
      own.filter((x) => !shared.includes(x)).join(' ') || f.statusOn(c.id)[0]?.status || 'not part of the SCO';
    // "Compare how Iran and Belarus became members": each one's path, status by status, beside which joined first;
    // so too when the status each held before is asked ("…and what was their status before?").
    const before = q.main('status') && (q.has('before') || q.has('previous'));
    // ("compare afghanistan's and mongolia's status", "how has each one's status evolved": neither a member, each one's
    // statuses in turn are what is compared.)
    const [ha, hb] = [f.history(a.id), f.history(b.id)];
    const statusesAsked =
      !(ra?.from && rb?.from) &&
      // ("could you compare where Afghanistan and Mongolia stand?": compared, each one's way to where it stands.)
      (q.main('status') || q.has('how') || (q.main('compare') && q.form !== 'yesno' && q.form !== 'choice')) &&
      // (Bids compared are the applications, each with where it stands.)
      !q.has('apply') &&
      ha.length > 0 &&
      hb.length > 0 &&
      !verdict;
    if (statusesAsked)
      return {
        kind: 'fact',
        title: (l) => `${l.c(a)} / ${l.c(b)}`,
        lead: (l) => [a, b].map((c, i) => pathSentence(l, c, i === 0 ? ha : hb, f)).join(' '),
        sources: [...ha, ...hb].map((m) => m.sources).slice(0, 3),
      };
    if ((q.has('how') || q.main('path') || before) && ra?.from && rb?.from)
      return {
        kind: 'fact',
        title: (l) => `${l.c(a)} / ${l.c(b)}`,
        ...(verdict && { verdict }),
        lead: (l) => [a, b].map((c) => pathSentence(l, c, f.history(c.id), f)).join(' '),
        context: lead,
        sources: [
          ra.sources,
          rb.sources,
          ...[a, b].flatMap((c) =>
            f
              .history(c.id)
              .filter((m) => m.status !== 'member')
              .map((m) => m.sources),
          ),
        ].slice(0, 3),
      };
    const line = (c: CountryT, m: MembershipT | undefined, own: string[]) =>
      `${c.name}: ${m?.from ? `member since ${formatDate(m.from)}` : standing(c, own)}`;
    const draft: Draft = {
      kind: 'fact',
      title: (l) => `${l.c(a)} / ${l.c(b)}`,
      ...(verdict && { verdict }),
      lead,
      details: [
        {
          items: [
            line(a, ra, sa),
            line(b, rb, sb),
            ...(ra?.from || rb?.from ? [] : shared.map((x) => `${a.name}, ${b.name}: ${x}`)),
          ],
        },
      ],
      sources: [ra?.sources ?? f.statusOn(a.id)[0]?.sources ?? [], rb?.sources ?? f.statusOn(b.id)[0]?.sources ?? []],
    };
    // ("were armenia or azerbaijan admitted as members at bishkek?": what the records of those not members say is not
    // known, the sentence that bears on the question, in one note, as for one country.)
    const caveats = [a, b]
      .filter((c) => !(c === a ? ra : rb)?.from)
      .map((c) => {
        const now = f.statusOn(c.id);
        return (now.find((m) => m.status.startsWith('applicant')) ?? now[0])?.caveat;
      })
      .filter((x): x is string => !!x);
    const note = noteOf({ caveat: [...new Set(caveats)].join(' ') || undefined }, q);
    return note ? { ...draft, note } : draft;
  },
};

/** The status each cue names. */
const STATUS_OF: Partial<Record<string, MembershipT['status']>> = {
  observer: 'observer',
  dialogue: 'dialogue-partner',
  partner: 'partner',
};

/**
 * Two countries, each named with a status of its own ("belarus becoming a dialogue partner or afghanistan becoming an
 * observer"), put in order ("which came first", "before", "after"): each with the status named after it.
 */
function statusesOrdered(q: Question): { country: CountryT; status: MembershipT['status'] }[] | undefined {
  const named = q.countries.filter((c) => c.by !== 'demonym' && c.role !== 'aside').sort((a, b) => a.at - b.at);
  if (named.length !== 2 || named[0]!.country.id === named[1]!.country.id) return undefined;
  if (
    !(
      q.has('first') ||
      q.has('before') ||
      q.has('after') ||
      q.terms.some((t) => /^(earlier|sooner|later|first)$/.test(t))
    )
  )
    return undefined;
  const out = named.map((c, i) => {
    const end = named[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    const cue = q.cues.find((k) => k.at > c.at && k.at < end && STATUS_OF[k.cue] !== undefined);
    return cue ? { country: c.country, status: STATUS_OF[cue.cue]! } : undefined;
  });
  // ("since when have X and Y been observers": a status named once for both is not a status each.)
  return out.every((x) => x !== undefined)
    ? (out as { country: CountryT; status: MembershipT['status'] }[])
    : undefined;
}
