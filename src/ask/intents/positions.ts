import type { CountryT, EventT, OrgFactT, PositionT } from '../../facts/schema.js';
import { isoToDate } from '../../base/dates.js';
import { latinWords, stem } from '../../base/text.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { TEXT_LEFT_OUT, TEXT_NAMED } from '../lexicon/common.js';
import { afterTime, blocksCountry, perCountry, saysOmitted, sidesAt, standing, subjects } from './shared.js';
import { whenWhere } from './events.js';

/** An account asked for: a list, an explanation, "what"/"which" (not a yes/no or a "when"). */
function asksAccount(q: Question): boolean {
  return q.form === 'list' || q.form === 'explain' || q.form === 'what' || q.form === 'which' || q.main('list');
}

/** The countries whose positions are asked about: those named, else a demonym's ("Pakistani media"). */
function sides(q: Question) {
  const named = subjects(q);
  return named.length ? named : q.countries.filter((c) => c.role === 'main').map((c) => c.country);
}

/**
 * What a country did at a meeting and why: "why did India refuse to sign at Qingdao?", "who
 * refused?", "what did Pakistan say?", "did Rajnath Singh sign?". Reasons are given as the
 * data attributes them.
 */
export const positions: Intent = {
  id: 'positions',
  priority: 89,
  examples: [
    { q: 'how did the terrorism dispute at qingdao carry over to tianjin', must: ['Pahalgam', 'condemned'] },
    { q: 'why did india refuse to sign the joint statement', must: ['Pahalgam', 'Balochistan'] },
    { q: 'who refused to sign at qingdao', must: ['India', 'refused'] },
    { q: 'What did Pakistan say about India\u2019s refusal?', must: ['Balochistan'] },
    { q: 'did rajnath singh sign the qingdao statement', must: ['No', 'refused'] },
    { q: 'why did china boycott the qingdao meeting', must: ['hosted', 'Dong Jun'] },
    { q: 'Почему Индия отказалась подписать заявление в Циндао?', must: ['Pahalgam'] },
    { q: "india vs pakistan at qingdao - each side's version", must: ['Pahalgam', 'Balochistan', 'Pakistan'] },
    { q: 'how did the pakistani press frame the qingdao row', must: ['Balochistan'] },
  ],
  match(q) {
    // "What came out of the April 2026 meeting — did India sign this time?": positions recorded at a meeting of
    // another year do not answer for the meeting the question dates.
    // (A year the question has wrong for the meeting it names is corrected, not a meeting of that year.)
    const times = q.times.filter(
      (t) => !q.claims.some((c) => c.kind === 'held' && c.holds === false && c.year === t.year),
    );
    if (
      times.length > 0 &&
      q.events.length > 0 &&
      !q.events.some((e) => e.positions.length > 0 && times.some((t) => Number(e.start.slice(0, 4)) === t.year))
    )
      return undefined;
    // "Both sides' version of the Qingdao row", "India vs Pakistan at Qingdao": each country's recorded position.
    if (
      sidesAt(q) &&
      q.form !== 'yesno' &&
      (q.form === 'explain' || q.form === 'why' || q.form === 'how' || q.main('compare', 'difference', 'both'))
    )
      return 92;
    // "Summarise India–Pakistan friction in the SCO": two countries, an account asked, no meeting and no other relation
    // named: what the data records between them (their positions at a meeting), else where each stands.
    if (betweenCountries(q)) return 85;
    // "Our program is tracking the India–Pakistan fight … Could you walk me through how it played out from Qingdao to
    // the Tianjin summit?": the dispute and its sides named in the sentence before, the meeting in this one.
    if (sidesBefore(q)) return 92;
    const e = eventWithPositions(q, undefined);
    // "How the Pahalgam issue go from Qingdao to Tianjin?": a place the meeting's positions name (not a meeting's own
    // city) names its dispute, when an account of it is asked.
    if (e && (q.form === 'how' || q.form === 'explain') && placeDisputed(q, e)) return 90;
    const who = sides(q).length > 0 || q.people.some((p) => p.official.event);
    // "India blocked its membership bid": a refusal of an application, at no meeting named, is the application's.
    // So is one country blocking another ("did India block Azerbaijan?"), at no meeting and over no statement.
    const ofApplication =
      (q.main('apply') || (blocksCountry(q) && !q.main('sign', 'statement', 'defence'))) && !q.eventNamed;
    // "Did India dissociate from the 2 March 2026 statement?": a statement dated to its month, at no meeting, is the
    // organisation's own, before any passage that names another.
    if ((q.main('refuse') || goesAlong(q)) && monthDated(q)) return 95;
    // ("'India refused to sign the joint declaration in Qingdao' — is that right?": a line in the words of a claim on
    // record as wrong or misleading is checked by that claim's correction.)
    // (Only of the refusal or the word the claim is about, and of no other country than the claim names: "the qingdao
    // joint declaration was blocked by china, wasn't it?" asks who blocked it.)
    const misworded = q.disputed[0];
    if (
      (q.form === 'yesno' || q.form === 'choice') &&
      misworded !== undefined &&
      misworded.own >= 3 &&
      /^(false|misleading|incomplete)$/.test(misworded.claim.verdict) &&
      (q.has('refuse') || q.words.some((w) => /^(word|wording|term)$/.test(w))) &&
      // (Not a reason given for the refusal that the claim does not speak of, "… because it mentioned Pahalgam, correct?":
      // the positions say why.)
      !reasonBeside(q, misworded.claim.keywords) &&
      subjects(q).every((c) => misworded.claim.claim.includes(c.name))
    )
      return undefined;
    if (q.main('refuse') && !ofApplication && (e || q.main('sign', 'statement', 'defence') || who)) return 93;
    // "List the main disagreements in the SCO": with no country or meeting named, every refusal and dissent on record.
    if (q.main('refuse') && !ofApplication && !who && !q.eventNamed && asksAccount(q)) return 91;
    // ("Did India sign on to the June 2025 statement condemning Israel's strikes?": a statement of the organisation's own,
    // which the passage names with the country, is no meeting's joint statement.)
    const ownStatement =
      !q.eventNamed &&
      q.passage?.record.kind === 'fact' &&
      q.passage.words.includes('statement') &&
      q.passage.matched >= 4;
    if (q.main('sign') && who && (q.form === 'yesno' || q.form === 'why') && !ownStatement) return 92;
    // A person named at a meeting speaks for a recorded position only when their country has one ("why was Nasirzadeh's trip notable" is his own record).
    const whoHere =
      sides(q).length > 0 ||
      q.people.some((p) => p.official.event && e?.positions.some((x) => x.country === p.official.country));
    if (
      e &&
      whoHere &&
      (q.main('why') ||
        q.terms.some((t) =>
          /^(say|said|stance|position|object|objected|objection|react|reacted|view|frame|framed|missing|omitted|left)$/.test(
            t,
          ),
        ) ||
        q.main('status'))
    )
      return 90;
    // "What did India do at Qingdao?": a country's act at a meeting where positions are recorded.
    if (e && sides(q).length > 0 && q.form === 'what' && !q.main('minister', 'capital', 'code', 'join')) return 90;
    // ("whats the story with india and the qingdao defence meeting? explain it simply": a side's account of the meeting.)
    if (e && sides(q).length === 1 && q.form === 'explain' && !q.main('minister', 'capital', 'code', 'join', 'path'))
      return 88;
    // "Which terror attack did the draft leave out?": what the refusing country objected to.
    // (Not a draft of the asker's that says something: "intern's draft says the SCO was founded in 2002".)
    const draftSays = /^(says|said|writes|wrote|has|lists|claims|reads|states)$/.test(
      q.words[q.words.indexOf('draft') + 1] ?? '',
    );
    const omission = q.terms.filter(
      (t) =>
        /^(attack|attacks|terror|terrorism|terrorist|leave|left|omit|omitted|omission|mention|mentioned|missing|draft|object|objected|objection)$/.test(
          t,
        ) &&
        !(t === 'draft' && draftSays) &&
        // ("all ten defence ministers were in qingdao or some were missing?": someone absent, not a word the draft left out.)
        !(t === 'missing' && (q.main('minister') || q.main('attend'))),
    );
    // ("Did the SCO issue a statement after the attacks on Iran?": with no meeting named, a word the search finds best in
    // one of the organisation's own records asks about that record, not about a meeting's draft.)
    const ownRecord =
      !e && q.passage?.record.kind === 'fact' && omission.some((t) => q.passage!.words.includes(stem(t)));
    // ("after the qingdao drama, did the tianjin declaration mention pahalgam?": another meeting named, whose own outcome
    // names what is asked by its proper name, is asked about, not the draft of the meeting with positions.)
    const otherOutcome =
      q.form === 'yesno' &&
      q.events.some(
        (x) =>
          x !== e &&
          x.positions.length === 0 &&
          x.outcomes.some((o) =>
            q.terms.some((t) => new RegExp(`\\b${t.charAt(0).toUpperCase()}${t.slice(1)}\\b`).test(o.text)),
          ),
      );
    if (
      (e || (q.main('statement') && !(q.eventNamed && q.places.length > 0))) &&
      omission.length > 0 &&
      !ownRecord &&
      !otherOutcome
    )
      return 91;
    return undefined;
  },
  answer(q, f) {
    const d = account(q, f);
    // "The Tianjin Declaration skipped Pahalgam just like the Qingdao draft — why the repeat?": what another meeting named
    // is said to have left out, its own outcome names; that outcome corrects the premise first.
    const o = omissionDenied(q);
    if (!o) return d;
    return {
      ...d,
      ...(q.form === 'yesno' && { verdict: 'no' as Verdict }),
      lead: (l) => (l.lang === 'en' ? o.text : d.lead(l)),
      context: (l) => (l.lang === 'en' ? d.lead(l) : o.text),
      sources: [o.sources, ...d.sources],
    };
  },
};

/** An outcome of another meeting the question names that states what the question says it left out. */
function omissionDenied(q: Question): EventT['outcomes'][number] | undefined {
  if (!saysOmitted(q)) return undefined;
  // (A place named beside the meeting's own city: "Pahalgam", not "Tianjin", which names the declaration itself.)
  const places = q.places.filter((p) => !q.events.some((x) => x.city.toLowerCase() === p.toLowerCase()));
  for (const x of q.events)
    if (x.positions.length === 0) for (const o of x.outcomes) if (places.some((p) => o.text.includes(p))) return o;
  return undefined;
}

/** What the data records of the countries' positions the question asks about. */
function account(q: Question, f: AskFacts): Draft {
  const dated = datedStatement(q, f);
  if (dated) return statementStance(q, dated);
  const pair = q.form !== 'yesno' ? (sidesAt(q) ?? sidesBefore(q)) : undefined;
  if (pair) return bothSides(q, f, pair);
  const between = betweenCountries(q);
  if (between) {
    const cs = between.map((c) => c.id);
    const shared = f.store.data.events.find(
      (e) => inTime(q, e) && cs.filter((c) => e.positions.some((p) => p.country === c)).length >= 2,
    );
    if (shared) {
      // ("… since 2017": the account starts when both were members, which one sentence says.)
      const [a, b] = between;
      const from = [a, b].map((c) => standing(f, c!, f.factDay).find((m) => m.status === 'member')?.from);
      const together = between.length === 2 && q.time?.since === true && from[0] !== undefined && from[0] === from[1];
      const draft = bothSides(q, f, shared);
      return together ? { ...draft, context: (l) => l.m.joinedSameDay(l.c(a!), l.c(b!), l.d(from[0]!)) } : draft;
    }
    return perCountry(
      between.map((c) => {
        const held = standing(f, c, f.factDay).filter((m) => m.status !== 'none');
        return {
          kind: 'fact',
          title: (l) => l.c(c),
          lead: (l) =>
            held.length === 0
              ? l.m.notConnected(l.c(c))
              : held
                  .map((m) =>
                    m.status === 'member' && m.from
                      ? l.m.memberSince(l.c(c), l.d(m.from))
                      : l.m.statusSince(l.c(c), l.status(m.status), m.from && l.d(m.from)),
                  )
                  .join(' '),
          sources: [held[0]?.sources ?? f.statusOn(c.id)[0]?.sources ?? []],
        };
      }),
    );
  }
  // "Where has India broken ranks?": with no meeting named, every recorded refusal and dissent of the country.
  // "List the main disagreements": of every country, when none is named.
  const one = sides(q)[0]?.id;
  const every = !one && q.main('refuse') && !q.eventNamed && asksAccount(q);
  // ("… and why he didn't sign the joint statement?": a why asks the reason at the meeting, not every refusal on record.)
  if ((one || every) && !q.eventNamed && q.form !== 'yesno' && q.form !== 'why') {
    const refusals = f.store.data.events.flatMap((e) =>
      e.positions.filter((p) => (every || p.country === one) && p.act === 'refused-to-sign').map((p) => ({ e, p })),
    );
    const dissents = f.store.data.organisation.filter((o) =>
      every ? (o.dissenting?.length ?? 0) > 0 : o.dissenting?.includes(one!),
    );
    if (refusals.length + dissents.length >= 2)
      return {
        kind: 'fact',
        title: (l) => (one ? l.c(one) : l.org),
        lead: (l) =>
          [
            ...refusals.map((r) => l.m.refusedToSign(l.c(r.p.country), l.event(r.e))),
            ...dissents.map((d) => (l.lang === 'en' ? d.text : l.m.fromData(d.label))),
          ].join(' '),
        sources: [...refusals.map((r) => r.p.sources), ...dissents.map((d) => d.sources)],
      };
  }
  const e =
    eventWithPositions(q, f) ?? f.store.data.events.find((x) => x.positions.some((p) => p.act === 'refused-to-sign'));
  if (!e) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
  const countries = [
    ...sides(q).map((c) => c.id),
    ...q.people.filter((p) => p.official.event === e.id).map((p) => p.official.country),
  ];
  const refusal = e.positions.find((p) => p.act === 'refused-to-sign');
  // "Why did Pakistan refuse to sign?" when another refused: the correction opens; the refusal on record answers the why.
  const misnamed = q.claims.some(
    (c) => c.kind === 'refused' && c.event.id === e.id && c.stance === 'asserted' && c.holds === false,
  );
  let own = misnamed ? [] : e.positions.filter((p) => countries.includes(p.country));
  // "What did Pakistan say about India's refusal?": the first-named country's view.
  if (own.length > 1 && sides(q)[0]) own = own.filter((p) => p.country === sides(q)[0]!.id);
  const label = (l: Loc) => l.event(e);
  const statement = e.outcomes.find((o) => /\bjoint statement\b|communiqu/i.test(o.text));
  // "Did India attend the Qingdao meeting at all, or boycott it?", "did India boycott it?": it attended; what it did
  // there follows.
  const went = countries[0];
  const stayedAway = q.words.some((w) => /^(boycott|boycotted|boycotting|boycotts|skip|skipped|snub|snubbed)$/.test(w));
  if (
    went &&
    (q.main('attend') || stayedAway) &&
    (q.form === 'yesno' || q.form === 'choice') &&
    (e.host === went || e.attendees.includes(went))
  ) {
    const act = own.find((p) => p.country === went);
    return {
      kind: 'fact',
      title: (l) => `${l.c(went)} — ${label(l)}`,
      verdict: (q.main('attend') ? 'yes' : 'no') as Verdict,
      // (The refusal in the same lead: as context it shares nearly every word with it and would read as a repeat.)
      lead: (l) =>
        [
          l.m.attended(l.c(went), label(l), true),
          act?.act === 'refused-to-sign' ? l.m.refusedToSign(l.c(went), label(l)) : '',
        ]
          .filter(Boolean)
          .join(' '),
      sources: [e.sources, act?.sources ?? []],
    };
  }
  if (countries.length > 0 && own.length === 0 && !misnamed) {
    // A country with no recorded position: whether it attended, and that no statement was issued.
    const c = countries[0]!;
    // "Why did China boycott Qingdao?": it hosted or attended; that answers first, the refusal on record beside it.
    if (q.main('refuse') && (e.host === c || e.attendees.includes(c))) {
      const chair = e.chair ? f.store.official(e.chair) : undefined;
      return {
        kind: 'fact',
        title: (l) => `${l.c(c)} — ${label(l)}`,
        ...(q.form === 'yesno' && { verdict: 'no' as Verdict }),
        lead: (l) =>
          e.host === c
            ? `${l.m.eventHost(l.c(c), label(l))}${chair?.country === c ? ` ${l.m.eventChair(l.person(chair), label(l))}` : ''}`
            : l.m.attended(l.c(c), label(l), true),
        ...(refusal && { context: (l: Loc) => l.m.refusedToSign(l.c(refusal.country), label(l)) }),
        sources: [e.sources, chair?.sources ?? [], refusal?.sources ?? []],
      };
    }
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)} — ${label(l)}`,
      ...(q.form === 'yesno' && { verdict: 'no' as Verdict }),
      lead: (l) =>
        statement && /^no\b/i.test(statement.text)
          ? l.m.noStatement(label(l))
          : l.m.attended(l.c(c), label(l), e.attendees.includes(c)),
      ...(refusal && {
        context: (l: Loc) =>
          l.lang === 'en' && statement ? statement.text : l.m.refusedToSign(l.c(refusal.country), label(l)),
      }),
      sources: [statement?.sources ?? e.sources, refusal?.sources ?? []],
    };
  }
  const p: PositionT = own[0] ?? refusal ?? e.positions[0]!;
  const echo = echoAt(q, e, p, f.store.data.events);
  const asksWhy =
    q.main('why') ||
    q.terms.some((t) => /^(reason|object|objected|objection|missing|leave|left|omit|omitted)$/.test(t));
  const none = statement !== undefined && /^no\b/i.test(statement.text);
  const verdict: Verdict | undefined =
    q.form === 'yesno'
      ? q.main('refuse')
        ? p.act === 'refused-to-sign'
          ? 'yes'
          : 'no'
        : // ("was the Jaffar Express mentioned in the Qingdao draft?": what the draft held, as the record of it says.)
          asksContent(q) && p.act === 'refused-to-sign'
          ? contentVerdict(q, p.reason ?? '')
          : p.act === 'refused-to-sign' || (q.main('sign') && none)
            ? 'no'
            : undefined
      : undefined;
  // "What did the Qingdao communiqué say about terrorism?": there was none; that answers first, the reason after it.
  if (none && statement && !echo && q.main('statement') && countries.length === 0 && q.form !== 'yesno')
    return {
      kind: 'fact',
      title: (l) => label(l),
      // Said as the meeting's outcome: a what-question never opens with "No".
      lead: (l) => l.m.noStatement(label(l)),
      context: p.act === 'refused-to-sign' ? (l: Loc) => l.m.refusedToSign(l.c(p.country), label(l)) : undefined,
      ...(p.reason && { details: [{ items: [p.reason] }] }),
      sources: [statement.sources, p.sources],
    };
  const act = (l: Loc) =>
    p.act === 'refused-to-sign'
      ? l.m.refusedToSign(l.c(p.country), label(l))
      : `${l.m.positionAt(l.c(p.country), label(l))} ${p.stance}.`;
  const englishAct = `${f.nameOf(p.country)} ${p.stance}.`;
  // ("When did India refuse to sign?": the meeting's dates, then what was done; not "when was the attack that …".)
  const whenDone = q.form === 'when' && /^(refus|sign|statement|declar|communi|dates?$)/.test(q.mainTerms[0] ?? '');
  return {
    kind: 'fact',
    title: (l) => `${l.c(p.country)} — ${label(l)}`,
    ...(verdict && { verdict }),
    lead: (l) =>
      whenDone ? whenWhere(f, e)(l) : l.lang === 'en' ? (asksWhy && p.reason ? p.reason : englishAct) : act(l),
    // (The correction before has said who refused.)
    context: whenDone
      ? (l: Loc) => (l.lang === 'en' ? englishAct : act(l))
      : asksWhy
        ? misnamed
          ? undefined
          : englishAct
        : p.reason,
    ...((echo || (q.lang !== 'en' && p.reason)) && {
      details: [{ items: [...(q.lang !== 'en' && p.reason ? [p.reason] : []), ...(echo ? [echo.text] : [])] }],
    }),
    sources: [p.sources, statement?.sources ?? [], echo?.sources ?? []],
  };
}

/** Words that ask what came of a dispute later ("play out later", "did it continue", "how was it eventually handled", "ensuite"). */
const SEQUEL =
  /^(later|afterwards|subsequently|eventually|continue|continued|evolve|evolved|resolved|solved|sorted|followed|sequel|aftermath|ensuite|danach|spater|luego|despues|posteriormente)$/;

/**
 * "Compare India's position at Qingdao with the Tianjin Declaration": of the other meeting named, the outcome that
 * names most of what the position names (the attack, the place), when the question compares the two.
 */
function echoAt(
  q: Question,
  e: EventT,
  p: PositionT,
  all: readonly EventT[],
  unnamed = false,
): EventT['outcomes'][number] | undefined {
  // ("Kannst du erklären …", "pouvez-vous m'expliquer …": a request to explain, whatever form the reading gives it.)
  if (!q.main('compare', 'difference', 'after') && q.form !== 'explain' && q.form !== 'how' && !q.has('explain'))
    return undefined;
  // The other meetings named by their cities ("Tianjin" names its summit and its foreign ministers' meeting).
  const others = q.events.filter(
    (x) => x.id !== e.id && q.places.some((pl) => pl.toLowerCase() === x.city.toLowerCase()),
  );
  // With no meeting named, when both sides are asked of ("India–Pakistan friction in the SCO"), or when what came of it is asked
  // ("how did the Qingdao row play out later?", "did it continue after Qingdao?"), any later meeting's outcome that names
  // most of it.
  const sequel = q.words.some(
    (w, i) =>
      SEQUEL.test(w) ||
      // ("how did the fight end up?", not "why did India end up signing?")
      (w === 'end' && q.words[i + 1] === 'up' && !/ing$/.test(q.words[i + 2] ?? '')) ||
      // ("how the qingdao dispute played out — from the june defence meet to the september summit")
      (/^(play|plays|played|playing)$/.test(w) && q.words[i + 1] === 'out') ||
      (w === 'after' && q.events.some((x) => x.city.toLowerCase() === q.words[i + 1])),
  );
  const later =
    others.length === 0 && (sequel || (unnamed && !q.eventNamed)) ? all.filter((x) => x.start > e.start && x.sco) : [];
  const outcomes = [...others, ...later].flatMap((x) => x.outcomes);
  const names = new Set(`${p.stance} ${p.reason ?? ''}`.match(/\b\p{Lu}\p{Ll}{3,}/gu) ?? []);
  let best: EventT['outcomes'][number] | undefined;
  // A later meeting's outcome must share two names, not one.
  let most = others.length > 0 ? 0 : 1;
  for (const o of outcomes) {
    const n = [...names].filter((w) => o.text.includes(w)).length;
    if (n > most) [best, most] = [o, n];
  }
  return best;
}

/** The meeting whose positions the question is about: the one it names, or the one with the countries' recorded positions. */
/**
 * "Did India dissociate from the 2 March 2026 statement?": a statement of the organisation's own, dated by the question
 * to its month or day, with no meeting named.
 */
/**
 * The times that date a statement to its month or day (a month of another calendar too: "خرداد ۱۴۰۴"), the main clause's
 * first ("India dissociated from the June 2025 statement; did it also from the 2 March 2026 one?" asks of March).
 */
const monthTimes = (q: Question) =>
  q.times
    .filter(
      (t) => t.role !== 'aside' && (t.month !== undefined || t.to.getTime() - t.from.getTime() <= 32 * 86_400_000),
    )
    .sort((a, b) => Number(b.role === 'main') - Number(a.role === 'main'));

/** A statement asked of, dated to its month, with no meeting named and no signing ("the joint statement") asked. */
const monthDated = (q: Question) =>
  !q.eventNamed &&
  // ("in june 2025 when the sco condemned israel's strikes on iran, …": what it condemned in a month is its statement.)
  (q.main('statement') || q.words.some((w) => /^(condemned|condemning|condemnation)$/.test(w))) &&
  !q.main('sign') &&
  monthTimes(q).length > 0;

function datedStatement(q: Question, f: AskFacts): OrgFactT | undefined {
  if (!monthDated(q)) return undefined;
  const statements = f.store.orgFacts('statements');
  for (const t of monthTimes(q)) {
    const found = statements.find((s) => s.date && isoToDate(s.date) >= t.from && isoToDate(s.date) <= t.to);
    if (found) return found;
  }
  return undefined;
}

/** The verbs that ask what a text said or left out ("… mention tha na?", "did the draft include …"). */
const CONTENT_VERB =
  /^(mention|mentioned|mentions|include|included|includes|contain|contained|contains|cite|cited|refer|referred|omit|omitted|name|named|reference|referenced)$/;
const asksContent = (q: Question) => q.words.some((w) => CONTENT_VERB.test(w));

/**
 * Whether the text held what the question names ("… Pahalgam …", "… Balochistan …"): the clause of the record that
 * names it says it was left out or named; nothing when the record does not name it, or names the things asked both ways.
 */
function contentVerdict(q: Question, record: string): Verdict | undefined {
  const clauses = record.split(/;|\bbut\b/);
  const asked = [...q.places, ...q.unknownWords]
    .map((w) => w.toLowerCase())
    // (Not the asking verb itself: "was it mentioned" names nothing the text held.)
    .filter((w) => w.length > 3 && !CONTENT_VERB.test(w) && record.toLowerCase().includes(w));
  const found = new Set(
    asked.map((w) => {
      const c = clauses.find((x) => x.toLowerCase().includes(w)) ?? '';
      return TEXT_LEFT_OUT.test(c) ? 'no' : TEXT_NAMED.test(c) ? 'yes' : undefined;
    }),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/** "did india go along with it?", "india joined it?": whether a country stood with the statement (no refusal asked). */
const goesAlong = (q: Question) =>
  q.form === 'yesno' &&
  !q.main('refuse') &&
  sides(q).length > 0 &&
  /\b(go along|went along|gone along|join|joined|joins|support|supported|supports|backed|backs|endorse|endorsed|endorses)\b|\bback (it|the|this|that|them)\b/.test(
    q.words.join(' '),
  );

/** Who stood apart from the statement, as its record says; that the data records no one when it names none. */
function statementStance(q: Question, s: OrgFactT): Draft {
  const dissent = s.dissenting ?? [];
  // The countries asked about, not the one the statement is about ("… the statement on the strikes on Iran").
  const asked = sides(q).filter((c) => dissent.includes(c.id) || !s.countries.includes(c.id));
  // ("did every member back it?": all of them, when the record names some who stood apart and not all, is No.)
  const everyMember = asked.length === 0 && q.main('all');
  const verdict: Verdict | undefined =
    q.form === 'yesno' && everyMember && dissent.length > 0
      ? 'no'
      : q.form !== 'yesno' || asked.length === 0
        ? undefined
        : dissent.length === 0
          ? 'unknown'
          : asked.every((c) => dissent.includes(c.id)) !== goesAlong(q)
            ? 'yes'
            : 'no';
  return {
    kind: 'fact',
    title: () => s.label,
    ...(verdict && { verdict }),
    lead: (l) =>
      dissent.length === 0
        ? l.m.noDissentRecorded(s.label)
        : l.lang === 'en'
          ? s.text
          : l.m.dissociatedFrom(l.list(dissent.map((c) => l.c(c)))),
    ...((dissent.length === 0 || q.lang !== 'en') && { context: s.text }),
    note: s.caveat,
    sources: [s.sources],
  };
}

function eventWithPositions(q: Question, f: AskFacts | undefined): EventT | undefined {
  // The meeting the question names; another with positions only when none is named by place or time.
  // Two meetings named by their places ("the Qingdao dispute and how it played out at Tianjin"): the one with positions.
  if (q.eventNamed && q.events[0] && (q.places.length > 0 || q.time)) {
    const placed = q.events.filter((e, i) => i === 0 || q.places.some((p) => p.toLowerCase() === e.city.toLowerCase()));
    return placed.find((e) => e.positions.length > 0);
  }
  const named = q.events.find((e) => e.positions.length > 0);
  if (named) return named;
  const fromPerson = q.people.map((p) => p.official.event).find(Boolean);
  if (f && fromPerson) return f.event(fromPerson);
  return undefined;
}

/** Each named country's recorded position at the meeting, the act that decided its outcome first. */
function bothSides(q: Question, f: AskFacts, e: EventT): Draft {
  const main = q.countries.filter((c) => c.role === 'main').map((c) => c.country.id);
  // (The countries compared may be named in an aside: "India & Pakistan 'observer since 2005' — how well sourced?")
  const named = e.positions.some((p) => main.includes(p.country)) ? main : q.countries.map((c) => c.country.id);
  const own = e.positions
    .filter((p) => named.includes(p.country))
    .sort((a, b) => Number(b.act === 'refused-to-sign') - Number(a.act === 'refused-to-sign'));
  const first = own[0]!;
  const statement = e.outcomes.find((o) => /\bjoint statement\b|communiqu/i.test(o.text));
  const label = (l: Loc) => l.event(e);
  // "…from Qingdao to Tianjin": what the later meeting named said of what the sides disputed.
  const echo = echoAt(q, e, first, f.store.data.events, true);
  return {
    kind: 'fact',
    title: (l) => `${l.list(own.map((p) => l.c(p.country)))} — ${label(l)}`,
    lead: (l) =>
      l.lang === 'en'
        ? own.map((p) => `${f.nameOf(p.country)} ${p.stance}.`).join(' ')
        : first.act === 'refused-to-sign'
          ? l.m.refusedToSign(l.c(first.country), label(l))
          : `${l.m.positionAt(l.c(first.country), label(l))} ${first.stance}.`,
    details: [
      { items: [...own.map((p) => `${f.nameOf(p.country)}: ${p.reason ?? p.stance}`), ...(echo ? [echo.text] : [])] },
    ],
    sources: [...own.map((p) => p.sources), echo?.sources ?? statement?.sources ?? []],
  };
}

/**
 * Two countries with positions at a meeting this part names, and a dispute between them named anywhere in the
 * question (the sentence before may set the topic), when the question asks to walk through it.
 */
function sidesBefore(q: Question): EventT | undefined {
  if ((q.form !== 'explain' && q.form !== 'how') || !q.eventNamed || !q.has('refuse')) return undefined;
  const cs = [...new Set(q.countries.map((c) => c.country.id))];
  if (cs.length < 2) return undefined;
  return q.events.find((e) => cs.filter((c) => e.positions.some((p) => p.country === c)).length >= 2);
}

/** A place the question names, not the city of a meeting it names, that the meeting's recorded positions name. */
function placeDisputed(q: Question, e: EventT): boolean {
  const cities = new Set(q.events.map((x) => x.city.toLowerCase()));
  const said = e.positions.map((p) => `${p.stance} ${p.reason ?? ''}`).join(' ');
  return q.places.some((p) => !cities.has(p.toLowerCase()) && said.includes(p));
}

/** Whether a meeting falls within the time the question asks about (any, when it asks none). */
function inTime(q: Question, e: EventT): boolean {
  if (!q.time) return true;
  const start = isoToDate(e.start);
  // ("… since 2017": from that year on.)
  if (q.time.mode === 'after') return afterTime(q.time, start);
  return q.time.mode === 'in' && start >= q.time.from && start <= q.time.to;
}

/**
 * Two or more countries and an account asked of what stands between them, with no meeting and no other relation
 * named: a word the engine has none for ("get along"), or one of friction ("frictions", "flashpoints"), asked to be
 * explained or summed up ("india pakistan episodes at sco meetings in 2025 - a short timeline"). The countries, else
 * none.
 */
function betweenCountries(q: Question): CountryT[] | undefined {
  // ("india-pak frictions": a short form beside a name is the country too.)
  const named = subjects(q);
  const pair =
    named.length >= 2 ? named : [...new Set(q.countries.filter((c) => c.role === 'main').map((c) => c.country))];
  if (pair.length < 2 || q.eventNamed) return undefined;
  // ("… friction in 2025", "… since 2017": a year or span asked keeps the account, of the meetings within it.)
  if (q.time && q.time.mode !== 'in' && q.time.mode !== 'after') return undefined;
  const friction = q.has('refuse') && !q.main('sign', 'statement');
  // ("what happened between india and pakistan at sco meetings in 2025", "… a short timeline").
  const happened = q.main('outcome') && !q.main('statement') && (q.has('meeting') || q.words.includes('between'));
  if (!friction && !happened && q.unknownWords.length === 0) return undefined;
  const account =
    q.form === 'explain' ||
    q.form === 'how' ||
    ((friction || happened) && (q.form === 'fragment' || q.form === 'what' || q.form === 'list'));
  if (!account) return undefined;
  // (A timeline asked of what stands between them is no question of how the membership grew.)
  if (q.main('growth') && !friction && !happened) return undefined;
  // (The "since" that dates the account is no relation asked.)
  const since = q.time?.mode === 'after';
  if (!since && q.main('after')) return undefined;
  return q.main(
    'join',
    'member',
    'apply',
    'path',
    'status',
    'chair',
    'capital',
    'code',
    'minister',
    'defence',
    'summit',
    'found',
    'count',
    'list',
    'language',
    'first',
    'before',
    'compare',
    'sign',
    'statement',
    'announce',
  )
    ? undefined
    : pair;
}

/** A reason given in the question ("… because it mentioned Pahalgam") in which none of a claim's keywords stands. */
function reasonBeside(q: Question, keywords: readonly string[]): boolean {
  const at = q.words.findIndex((w) => /^(because|bc|due|over)$/.test(w));
  if (at < 0) return false;
  const reason = ` ${q.words.slice(at + 1).join(' ')} `;
  return !keywords.some((k) => reason.includes(` ${latinWords(k).join(' ')} `));
}
