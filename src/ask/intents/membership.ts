import type { CountryT, MembershipT } from '../../facts/schema.js';
import { eventPhase } from '../../facts/time.js';
import type { AskFacts } from '../facts.js';
import type { Draft, Loc, Verdict } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { termLine } from './chair.js';
import { whenWhere } from './events.js';
import {
  asksStart,
  dayOf,
  firstSentence,
  firstWithStatus,
  mergedOn,
  noteOf,
  standing,
  standingNote,
  subjects,
  whenText,
  perCountry,
  joinedOn,
  rolesNamed,
} from './shared.js';

/**
 * "Is Iran a member?", "what is Armenia's status?", "was India a member in 2015?", "is Afghanistan
 * still an observer?", "tell me about Belarus in the SCO": a country's standing, now or on a day.
 */
export const membership: Intent = {
  id: 'membership',
  priority: 50,
  examples: [
    { q: 'is iran a member of the sco?', must: ['Yes', 'member', '4 July 2023'] },
    { q: 'is turkey a member of sco', must: ['No', 'not an SCO member', 'partner'] },
    { q: 'Is the US in the SCO?', must: ['No', 'any category'] },
    { q: 'was india a member in 2015?', must: ['No', '9 June 2017'] },
    { q: 'is afghanistan still an observer', must: ['No', 'partner', '1 September 2025'] },
    { q: 'is turkmenistan an observer or a partner', must: ['No', 'guest'] },
    { q: 'is mongolia an observer or a partner', must: ['Yes', 'partner'] },
    { q: 'what is armenia\u2019s status in the sco', must: ['partner', 'applied'], mustNot: ['Yes.', 'No.'] },
    { q: 'Является ли Индия членом ШОС?', must: ['Да', '9 June 2017'] },
    { q: 'Ist die Türkei Mitglied der SOZ?', must: ['Nein', 'Türkei', 'partner'] },
  ],
  match(q) {
    const cs = subjects(q);
    if (cs.length === 0) return undefined;
    if (cs.length === 1 && sameCategoryAsked(q)) return 90;
    // ("Kazakhstan's role in the SCO — founder, summits, chair, SG", "trace its role"): a member's roles, not one path or
    // one meeting (a meeting named asks its role there).
    // (Not a role in a year or in statements, nor one resting on a premise the data contradicts: "as one of the Shanghai
    // Five, what role did Uzbekistan play in 1996?" is answered by its correction.)
    if (
      cs.length === 1 &&
      q.form !== 'yesno' &&
      !q.eventNamed &&
      !q.time &&
      !q.main('statement') &&
      !q.claims.some((c) => c.holds === false) &&
      rolesNamed(q)
    )
      // (Above the Secretary-General's 94: "… founder, chair, SG" names the office as one of the roles.)
      return 95;
    // ("Has Turkmenistan ever shown up at SCO events as a guest?": a guest is a standing the data records.)
    // ("does the sco have an official transport corridor agreement …?": "official" said of a document names no standing.)
    const statusCue =
      q.main('member', 'partOf', 'partner', 'observer', 'dialogue', 'status', 'guest') ||
      (q.main('full') && !q.main('outcome'));
    if (q.main('join') && (q.form === 'when' || q.form === 'how' || q.form === 'howLong')) return 60;
    // "When was India expelled?": the premise is corrected first; the country's standing is the answer.
    if (q.main('leave', 'expel') && q.claims.some((c) => c.kind === 'left' && c.holds === false)) return 85;
    // What members said or how they reacted is a statement, not a status.
    // ("the documents say different things" after the question is a remark on sources, not what was asked.)
    // ("is iran in the sco? my grandad says so": a saying in an aside is no question about what was said.)
    const said =
      q.words.some((t) => /^(react|reacted|respond|responded|statement|statements)$/.test(t)) ||
      (q.words.some((t) => /^(say|said|says)$/.test(t)) &&
        q.cues.some(
          (c) => c.role !== 'aside' && (c.cue === 'claimSource' || c.cue === 'announce' || c.cue === 'statement'),
        )) ||
      // In another script the reaction or statement is a cue ("有何反应", "واکنش").
      (q.lang !== 'en' && q.main('statement'));
    // ("the document list says 'dialogue partner', TASS says 'partner' - which one is right?": two sources' words for a
    // status, one to choose; what stands is the status.)
    const oneOfTwo =
      q.form === 'which' &&
      q.words.some((w, i) => w === 'which' && q.words[i + 1] === 'one') &&
      q.cues.some((c) => c.cue === 'true' && /^(right|correct|accurate)$/.test(q.words[c.at] ?? ''));
    if (statusCue && oneOfTwo) return 89;
    // ("client says japan is an sco observer, can u confirm": a standing someone said, put to be checked, is the standing.)
    const saidChecked =
      statusCue &&
      q.form === 'yesno' &&
      q.main('true') &&
      !q.words.some((t) => /^(statement|statements|react|reacted|respond|responded)$/.test(t));
    if (
      said &&
      !saidChecked &&
      !(
        q.cues.some((c) => c.cue === 'statement' && c.role === 'aside') &&
        statusCue &&
        (q.form === 'yesno' || q.form === 'choice')
      )
    )
      return undefined;
    if (q.form === 'yesno' && (statusCue || q.has('partOf'))) return 88;
    // ("did laos get full membership or partner status at tianjin?": which of two categories, even of a meeting named;
    // not of a meeting whose decisions the data lacks, "… at the bishkek summit?", which its own answer says.)
    if (q.form === 'choice' && statusCue)
      return CATEGORY_CUES.filter(([cue]) => q.main(cue)).length >= 2 &&
        // (Not a standing before or after the meeting: "was laos ever an observer or dialogue partner before tianjin?")
        !q.main('before', 'after') &&
        !(q.events[0] && eventPhase(q.events[0], q.today) !== 'held')
        ? 87
        : 86;
    if (
      statusCue &&
      !q.main(
        'count',
        'list',
        'capital',
        'code',
        'chair',
        'secgen',
        'summit',
        'meeting',
        'defence',
        'minister',
        'attend',
        'refuse',
        'founder',
        'apply',
        'join',
        'language',
      )
    )
      return 84;
    if (statusCue) return 62;
    // "qatar?", "tell me about belarus", "info on laos and the sco": a country alone.
    if (
      (q.form === 'fragment' || q.form === 'explain' || q.form === 'yesno') &&
      q.cues.every((c) => c.role === 'aside' || !RELATIONAL.has(c.cue))
    )
      return 70;
    return undefined;
  },
  // ("how long has India been a member?": since the day it became one.)
  since: joinedOn,
  answer(q0, f) {
    // "Is the US or the EU in any category?": an either-or between the subjects, not between categories, asks yes or no of each.
    const q: Question =
      q0.form === 'choice' &&
      /^(is|are|was|were|has|have|does|did)$/.test(q0.words[0] ?? '') &&
      CATEGORY_CUES.filter(([cue]) => q0.main(cue)).length < 2
        ? { ...q0, form: 'yesno' }
        : q0;
    // ("Which of the following is NOT a member? (a) Belarus (b) Iran (c) Turkmenistan": the ones that are not, first.)
    const named = subjects(q).slice(0, 4);
    const notFirst = q.negated && q.form === 'which';
    const cs = notFirst
      ? [...named.filter((c) => !isMemberNow(f, c)), ...named.filter((c) => isMemberNow(f, c))]
      : named;
    // "When did Egypt become a dialogue partner?": the record holds the status but not its start.
    const c0 = cs[0];
    const rec =
      c0 && q.form === 'when' && q.statusAsked && q.statusAsked !== 'member'
        ? f.history(c0.id).find((m) => m.status === q.statusAsked)
        : undefined;
    if (c0 && rec && !rec.from) {
      return {
        kind: 'fact',
        title: (l) => l.c(c0),
        lead: (l) => l.m.statusStartNotHeld(l.c(c0), l.status(rec.status)),
        context: (l) => l.m.statusFromTo(l.c(c0), l.status(rec.status), undefined, rec.to && l.d(rec.to)),
        note: noteOf(rec),
        sources: [rec.sources],
      };
    }
    if (c0 && cs.length === 1 && sameCategoryAsked(q)) {
      const d = sameCategory(f, c0);
      if (d) return d;
    }
    const d =
      cs.length === 1
        ? withChoice(q, f, cs[0]!, one(q, f, cs[0]!))
        : perCountry(
            // ("is the UK or France an SCO observer or partner?": the either-or of categories asked of each.)
            cs.map((c) => withApplication(q, f, c, withChoice(q, f, c, one(q, f, c)))),
            // (Named together, not compared: "did turkey become a partner the same year afghanistan became an observer?")
            // ("mongolia became an observer in 2012 same as afghanistan, right?": "same as" says it of both, too.)
            // ("both got observer status at the same time in 2012", "… همراه افغانستان …": said of both.)
            q.form === 'yesno' &&
              ((!q.main('compare', 'same') && q.words.some((w) => TOGETHER.has(w))) ||
                q.main('together') ||
                q.words.includes('both') ||
                // ("mongolia has been an observer since 2012 like afghanistan, na?": "like" another says it of both.)
                / (same as|like) (?!to )/.test(` ${q.words.join(' ')} `)),
          );
    return q !== q0 && d.verdict ? { ...d, verdictAlways: true } : d;
  },
};

/**
 * Several countries' standings in one answer keep only each one's lead, so a pending application (in the
 * title's standing, and the context of one country's answer) is said in the lead: "X has applied for full membership".
 */
function withApplication(q: Question, f: AskFacts, c: CountryT, d: Draft): Draft {
  const app = standing(f, c, dayOf(q, f).day).find(
    (m) => m.status === 'applicant-member' || m.status === 'applicant-observer',
  );
  if (!app) return d;
  return {
    ...d,
    lead: (l) =>
      `${d.lead(l)} ${l.m.applied(
        l.c(c),
        app.status === 'applicant-member' ? l.m.fullMembership : l.m.observerStatus,
        app.from && l.d(app.from),
      )}`,
  };
}

/** The categories an either-or names, as statuses ("an observer or a partner"). */
const CATEGORY_CUES = [
  ['member', 'member'],
  ['partner', 'partner'],
  ['observer', 'observer'],
  ['dialogue', 'dialogue-partner'],
] as const;

/**
 * "Is Turkmenistan an observer or a partner?": a polar either-or (it opens like a yes/no
 * question) opens with its verdict: yes when the country's standing is one of the categories
 * named, no when it is neither; the standing itself follows.
 */
function withChoice(q: Question, f: AskFacts, c: CountryT, d: Draft): Draft {
  // ("Est-ce que … ou …", "Ist Laos Beobachter oder Partner?": the polar openers of French and German.)
  // ("¿Japón es socio u observador?": in Spanish the copula may follow the subject.)
  if (
    q.form !== 'choice' ||
    !(
      /^(is|are|was|were|has|have|does|did|est|ist|sind|war|waren|hat|haben)$/.test(q.words[0] ?? '') ||
      // ("I need to know whether Egypt is an SCO member or only a partner": the same either-or, put as what is needed.)
      (q.lang === 'en' && q.words.includes('whether')) ||
      (q.lang === 'es' && /^(es|fue|era)$/.test(q.words[1] ?? '')) ||
      // ("Беларусь полноправный член ШОС или всё ещё наблюдатель?": Russian puts no verb first; "क्या नेपाल … सदस्य है या
      // …?", "کیا …": Hindi and Urdu open the either-or they read as one with a yes/no word of their own.)
      (q.lang === 'ru' && q.tense !== 'past') ||
      q.lang === 'hi' ||
      q.lang === 'ur'
    )
  )
    return d;
  const named = CATEGORY_CUES.filter(([cue]) => q.main(cue)).map(([, status]) => status as string);
  if (named.length < 2) return d;
  // Asked in the past without a day ("was Belarus an observer or a dialogue partner?"): any category it held.
  const held =
    q.tense === 'past' && !q.time && !q.clauseDay
      ? f.history(c.id).map((m) => m.status as string)
      : standing(f, c, dayOf(q, f).day).map((m) => m.status as string);
  // ("Is Egypt an SCO member or only a partner?": membership put first is what the asker doubts; a partner is no member,
  // which the standing that follows says, so the verdict is no.)
  const memberFirst =
    q.cues
      .filter((x) => x.role === 'main' && CATEGORY_CUES.some(([cue]) => cue === x.cue))
      .sort((a, b) => a.at - b.at)[0]?.cue === 'member';
  const holds = memberFirst ? held.includes('member') : held.some((s) => named.includes(s));
  return { ...d, verdict: holds ? 'yes' : 'no', verdictAlways: true };
}

/** Words that name several countries together ("Japan and Saudi Arabia", "both"). */
const TOGETHER = new Set([
  'and',
  'both',
  'together',
  'along',
  'alongside',
  'und',
  'beide',
  'et',
  'tous',
  'y',
  'ambos',
  've',
]);

/** Cues that make a question about something other than a country's standing. */
const RELATIONAL = new Set([
  'sign',
  'statement',
  'outcome',
  'capital',
  'code',
  'chair',
  'secgen',
  'summit',
  'meeting',
  'defence',
  'minister',
  'attend',
  'refuse',
  'founder',
  'join',
  'apply',
  'language',
  'count',
  'list',
  'leave',
  'expel',
  'why',
  'found',
  'killed',
  'host',
  'growth',
  'compare',
  'difference',
  'path',
]);

/** A hedge that widens "in the SCO" to any standing ("somehow", "at all", "in any way", "irgendwie", "de alguna manera"). */
const ANY_WAY =
  / (somehow|at all|in (any|some) (way|form|capacity|role|shape)|irgendwie|in irgendeiner (form|weise)|de alguna (manera|forma)|de (quelque|une certaine) (facon|maniere)|d une (facon|maniere) ou d une autre|bir sekilde|herhangi bir sekilde) /;

/** A noun for any tie at all ("any link to the SCO?", "ties with it", "Verbindung", "vínculo", "lien", "bağlantı"): asks for any standing. */
const LINK_NOUN =
  /^(links?|ties|connections?|relationship|verbindung(en)?|beziehung(en)?|vinculos?|relacion(es)?|liens?|baglanti(si)?|iliskisi?)$/;

/** "any SCO status?", "algún estatus", "irgendeinen Status", "herhangi bir statüsü", "un quelconque statut": any standing at all. */
const ANY_STATUS =
  / (any|irgendein\w*|irgendwelche\w*|algun|alguna|quelconque|herhangi bir) (\w+ ){0,2}(status|standing|statut|estatus|statusu|statu|statusu\w*)\b/;

function one(q: Question, f: AskFacts, c: CountryT): Draft {
  const { day, asked } = dayOf(q, f);
  const now = standing(f, c, day);
  const acc = f.accession(c.id);
  const member = now.find((m) => m.status === 'member');
  const asksPartner = q.has('partner') && !q.has('member') && !q.has('partOf');
  // A category named in an aside ("I thought they were an observer") is not what is asked.
  const asksPast =
    (q.statusAsked === 'observer' || q.statusAsked === 'dialogue-partner') && q.main('observer', 'dialogue');
  const when = whenText(q, f);

  // "Was Belarus a dialogue partner?", "is Afghanistan still an observer?": a category that may have ended.
  if (asksPast && q.form !== 'choice') {
    const past = pastStatus(q, f, c, q.statusAsked!, now);
    if (past) return past;
  }

  if (member && rolesNamed(q) && q.form !== 'yesno') return roles(f, c, member);
  if (member) {
    const founder = f.isFounder(c.id);
    const always = q.has('always') && !founder;
    const verdict: Verdict = asksPartner || always ? 'no' : 'yes';
    const earlier = f.history(c.id).filter((m) => m.status === 'observer' || m.status === 'dialogue-partner');
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${l.status('member')}`,
      verdict,
      lead: (l) => memberLine(l, c, member, founder),
      ...(!founder &&
        earlier.length > 0 && {
          context: (l: Loc) =>
            l.list(
              earlier.map((m) =>
                l.m.statusFromTo(l.c(c), l.status(m.status), m.from && l.d(m.from), m.to && l.d(m.to)),
              ),
            ),
        }),
      note: noteOf(member),
      sources: [member.sources, ...earlier.map((m) => m.sources)],
      suggestions: [`when did ${c.name} join the SCO`],
    };
  }

  // A past day before it joined.
  if (asked && acc?.from && new Date(`${acc.from}T00:00:00Z`) > day) {
    const before = now.filter((m) => m.status !== 'none');
    return {
      kind: 'fact',
      title: () => `${c.name} before it joined`,
      verdict: 'no',
      lead: (l) => l.m.notYetMember(l.c(c), when(l), l.d(acc.from!)),
      ...(before.length > 0 && {
        context: (l: Loc) => l.m.wasOnDay(l.c(c), l.list(before.map((m) => l.status(m.status))), when(l)),
      }),
      sources: [acc.sources, ...before.map((m) => m.sources)],
    };
  }

  const main = now[0];
  // ("was Laos admitted in 2024 as an observer or a partner?": no standing on a past day, one since: said as then.)
  const since = asked ? standing(f, c, f.factDay).find((m) => m.status !== 'none') : undefined;
  if ((!main || main.status === 'none') && since)
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      verdict: 'no',
      lead: (l) => l.m.wasOnDay(l.c(c), l.status('none'), when(l)),
      context: (l) =>
        since.status === 'member'
          ? l.m.memberSince(l.c(c), l.d(since.from!))
          : l.m.statusSince(l.c(c), l.status(since.status), since.from && l.d(since.from)),
      sources: [since.sources],
    };
  if (!main || main.status === 'none') {
    return {
      kind: 'fact',
      title: () => `${c.name}: not part of the SCO`,
      verdict: 'no',
      lead: (l) => l.m.notConnected(l.c(c)),
      note: noteOf(main, q),
      sources: [main?.sources ?? f.topic('notConnected')?.sources ?? []],
      suggestions: ['list the SCO members', 'list the SCO partners'],
    };
  }
  // Partners, applicants, guests: what it is, and that it is not a member.
  const partner = now.find((m) => m.status === 'partner' || m.status === 'observer' || m.status === 'dialogue-partner');
  const application = now.find((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
  // "Is Qatar connected to the SCO?", "in any SCO category?": any standing at all is a Yes.
  // So is "in the SCO somehow / at all / in any way" when no category is named: it asks for any standing.
  const anyLink =
    q.words.some((w) => /^(connected|linked|associated|affiliated|involved|category|categories)$/.test(w)) ||
    ANY_STATUS.test(` ${q.words.join(' ')} `) ||
    (!q.has('member') &&
      !q.statusAsked &&
      (ANY_WAY.test(` ${q.words.join(' ')} `) || q.words.some((w) => LINK_NOUN.test(w))));
  // ("Has Turkmenistan ever shown up as a guest?": the guest standing asked, held.)
  const guestAsked = q.main('guest') && !q.has('member') && main.status === 'guest';
  const verdict: Verdict =
    (asksPartner || anyLink) && partner
      ? 'yes'
      : q.statusAsked === 'applicant-member' && application
        ? 'yes'
        : (anyLink && application) || guestAsked
          ? 'yes'
          : 'no';
  // ("Is Egypt an SCO partner?": Yes, and the standing asked, with no word on membership, which was not.)
  // (Asked whether it is "in" or "part of" the SCO, it is first said not to be a member.)
  const standingAsked =
    verdict === 'yes' &&
    !q.has('member') &&
    (main === partner || guestAsked) &&
    (asksPartner || !/\b(in|part of|inside) (the )?sco\b/.test(q.words.join(' ')));
  const other = now.filter((m) => m !== main);
  const own = standingNote(f, c);
  const earlier = f
    .history(c.id)
    .filter((m) => m.to && !now.includes(m) && m.status !== 'member' && new Date(`${m.to}T00:00:00Z`) <= day);
  return {
    kind: 'fact',
    title: (l) => `${l.c(c)}: ${now.map((m) => l.status(m.status)).join(', ')}`,
    verdict,
    lead: (l) =>
      asked
        ? l.m.wasOnDay(l.c(c), l.status(main.status), when(l))
        : standingAsked
          ? l.m.statusSince(l.c(c), l.status(main.status), main.from && l.d(main.from))
          : l.m.notMemberIs(l.c(c), l.status(main.status), main.from && l.d(main.from)),
    // ("is Laos a dialogue partner?", "the document list says 'dialogue partner' - which one is right?": a partner since
    // the merge is asked by a category the merge ended, which the merge explains.)
    ...(mergeNamed(q, f, main) ?? contextFor(c, main, other, earlier)),
    // What the data says of its standing beyond the status records ("not invited to SCO meetings since 2021").
    ...(own && { details: [{ items: [firstSentence(own.text)] }] }),
    note: noteOf(application ?? main, q),
    sources: [
      main.sources,
      ...(own ? [own.sources] : []),
      ...other.map((m) => m.sources),
      ...earlier.map((m) => m.sources),
    ],
    suggestions: [`/sco country ${c.name}`],
  };
}

/** One sentence beside a non-member's standing: its application, else its earlier categories, else how it came about. */
/** "X is one of the founding member states …" or "X has been a member since …". */
function memberLine(l: Loc, c: CountryT, member: MembershipT, founder: boolean): string {
  return founder ? l.m.founderMember(l.c(c), l.d(member.from!)) : l.m.memberSince(l.c(c), l.d(member.from!));
}

/**
 * "What are all Tajikistan's roles in the SCO?": its membership, then the meetings it hosted (or hosts) and its terms as
 * chair, each as the data has it.
 */
function roles(f: AskFacts, c: CountryT, member: MembershipT): Draft {
  const hosted = f.store.data.events
    .filter((e) => e.host === c.id)
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(-3);
  const terms = f.chairs().filter((t) => t.country === c.id);
  const founder = f.isFounder(c.id);
  // ("Kazakhstan's role — founder, summits, chair, SG", "Uzbekistan … hosts RATS"): its nationals heading a permanent body
  // now, and the permanent bodies it is the seat of.
  const heads = f.store.data.officials.filter(
    (o) => o.country === c.id && !o.to && (o.role === 'secretary-general' || o.role === 'rats-director'),
  );
  const seats = (['secretariatSeat', 'ratsSeat'] as const)
    .map((t) => f.topic(t))
    .filter((t) => t?.countries.includes(c.id));
  return {
    kind: 'fact',
    title: (l) => `${l.c(c)}: ${l.status('member')}`,
    lead: (l) =>
      [
        memberLine(l, c, member, founder),
        ...hosted.map((e) => {
          const phase = f.phase(e);
          // (A meeting whose day passed unconfirmed is said as the data has it, not as hosted.)
          if (phase === 'unconfirmed') return whenWhere(f, e)(l);
          return phase === 'upcoming' ? l.m.eventHosts(l.c(c), l.event(e)) : l.m.eventHost(l.c(c), l.event(e));
        }),
        ...terms.map((t) => termLine(f, l, c, t)),
        ...heads
          .filter((o) => o.role === 'secretary-general' && o.from)
          .map((o) => l.m.secgenNow(l.person(o), l.c(c), l.d(o.from!))),
      ].join(' '),
    details: [
      {
        items: [
          ...seats.map((t) => firstSentence(t!.text)),
          ...heads.filter((o) => o.role !== 'secretary-general').map((o) => `${o.name}: ${o.roleLabel}`),
        ],
      },
    ],
    sources: [
      member.sources,
      ...hosted.map((e) => e.sources),
      ...terms.map((t) => t.sources),
      ...heads.map((o) => o.sources),
      ...seats.map((t) => t!.sources),
    ],
  };
}

function mergeNamed(q: Question, f: AskFacts, main: MembershipT): Pick<Draft, 'context'> | undefined {
  const merge = f.topic('partnerMerge');
  // (Only one that held no category before: another's earlier category is the context, and says the same.)
  if (main.status !== 'partner' || !merge?.date || main.from !== merge.date || f.history(main.country).length > 1)
    return undefined;
  if (!q.has('dialogue') && !q.has('observer')) return undefined;
  return { context: mergedOn(f, merge.date) };
}

function contextFor(
  c: CountryT,
  main: MembershipT,
  other: MembershipT[],
  earlier: MembershipT[],
): Pick<Draft, 'context'> {
  const application = other.find((m) => m.status === 'applicant-member' || m.status === 'applicant-observer');
  if (application) return { context: firstSentence(application.how) };
  if (earlier.length)
    return {
      context: (l: Loc) =>
        l.list(earlier.map((m) => l.m.statusFromTo(l.c(c), l.status(m.status), m.from && l.d(m.from), l.d(m.to!)))),
    };
  if (main.status === 'guest' || main.status === 'applicant-observer' || main.status === 'applicant-member')
    return { context: firstSentence(main.how) };
  return {};
}

/** A category asked about by name: when it held, and what holds now. */
function pastStatus(
  q: Question,
  f: AskFacts,
  c: CountryT,
  status: MembershipT['status'],
  now: MembershipT[],
): Draft | undefined {
  const records = f.history(c.id).filter((m) => m.status === status);
  const current = now[0];
  const member = now.find((m) => m.status === 'member');
  // "Is Iran a full member or an observer?" is answered by the member answer.
  // "Since when were they observers before membership?" asks the earlier status itself.
  if (member && q.has('member') && !q.has('ever') && !(q.form === 'when' || q.has('before'))) return undefined;
  if (records.length === 0) {
    // ("when did türkiye get observer status?": never, but it was a dialogue partner before its present category.)
    const earlier = f
      .history(c.id)
      .filter((m) => m !== current && m.to && m.status !== 'member' && m.status !== 'none');
    // ("Japón es observador desde 2004, el primero de todos, ¿no?": of a country the SCO has no tie with, the first the
    // data records is the context.)
    const first = q.main('first') && (!current || current.status === 'none') ? firstWithStatus(f, status) : undefined;
    const merge = f.topic('partnerMerge');
    const merged =
      current?.status === 'partner' && merge?.date && current.from === merge.date && status !== 'partner'
        ? merge
        : undefined;
    if (first?.from)
      return {
        kind: 'fact',
        title: (l) => l.c(c),
        verdict: 'no',
        lead: (l) => l.m.neverStatus(l.c(c), l.status(status)),
        context: (l) =>
          l.m.firstOfStatus(l.c(first.country), l.status(status).replace(/^(an?|the) /, ''), l.d(first.from!)),
        sources: [first.sources],
      };
    // ("US and japan have been sco dialogue partners since when?": of a country with no tie at all, that it has none.)
    const none = current?.status === 'none';
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      verdict: 'no',
      lead: (l) => (none ? l.m.notConnected(l.c(c)) : l.m.neverStatus(l.c(c), l.status(status))),
      ...(current &&
        !none && {
          context: (l: Loc) =>
            l.list([
              ...earlier.map((m) => l.m.statusFromTo(l.c(c), l.status(m.status), m.from && l.d(m.from), l.d(m.to!))),
              l.m.statusSince(l.c(c), l.status(current.status), current.from && l.d(current.from)),
            ]),
        }),
      // ("is Laos a dialogue partner?": a partner since the merge is asked by a category the merge ended.)
      ...(merged && { details: [{ items: [firstSentence(merged.text)] }] }),
      sources: current ? [current.sources, ...earlier.map((m) => m.sources), merged?.sources ?? []] : [],
    };
  }
  const r = records[0]!;
  const ended = r.to !== undefined;
  const own = current?.status !== 'member' ? standingNote(f, c) : undefined;
  // "Is Afghanistan still an observer?" asks about now; "was Belarus…", "has Iran ever been…" ask about the past.
  // ("is mongolia still an observer or did that change": "still" asks about now, whatever tense the rest is in.)
  const asksNow =
    (q.tense === 'present' || (q.has('still') && !q.time && /^(is|are|isn)$/.test(q.words[0] ?? ''))) &&
    !q.has('ever') &&
    q.form !== 'fragment';
  const first = firstOf(q, f, status);
  if (first && first.country !== c.id && q.form === 'yesno')
    return {
      kind: 'fact',
      title: (l) => l.c(first.country),
      verdict: 'no',
      lead: (l) => l.m.firstOfStatus(l.c(first.country), l.status(status).replace(/^(an?|the) /, ''), l.d(first.from!)),
      context: (l) =>
        ended
          ? l.m.statusFromTo(l.c(c), l.status(status), r.from && l.d(r.from), l.d(r.to!))
          : l.m.statusSince(l.c(c), l.status(status), r.from && l.d(r.from)),
      sources: [first.sources, r.sources],
    };
  const onTime = heldOnTime(q, r);
  // A standing put in the year it began ("Mongolia, the first observer (2004) — right?"), or as the first of its kind,
  // is checked then, not now.
  const thenAsked = (onTime === true && r.from?.slice(0, 4) === String(q.time?.year)) || first?.country === c.id;
  const verdict: Verdict = onTime === false || (ended && asksNow && !thenAsked) ? 'no' : 'yes';
  return {
    kind: 'fact',
    title: (l) =>
      `${l.c(c)}: ${l.status(status)}${r.from ? ` ${l.d(r.from.slice(0, 4))}` : ''}${r.to ? `–${l.d(r.to.slice(0, 4))}` : ''}`,
    verdict,
    lead: (l) =>
      ended
        ? l.m.statusFromTo(l.c(c), l.status(status), r.from && l.d(r.from), l.d(r.to!))
        : l.m.statusSince(l.c(c), l.status(status), r.from && l.d(r.from)),
    ...(ended &&
      current &&
      current !== r && {
        context: (l: Loc) =>
          current.status === 'member'
            ? l.m.memberSince(l.c(c), l.d(current.from!))
            : l.m.statusSince(l.c(c), l.status(current.status), current.from && l.d(current.from)),
      }),
    // What the data says of its standing now, beyond the records ("not invited to SCO meetings since 2021").
    ...(own && { details: [{ items: [firstSentence(own.text)] }] }),
    note: noteOf(r),
    sources: [r.sources, ...(current ? [current.sources] : []), ...(own ? [own.sources] : [])],
  };
}

/** "The first observer was Afghanistan, right?": the first record of the category, when the question asks for the first of it. */
function firstOf(q: Question, f: AskFacts, status: MembershipT['status']): MembershipT | undefined {
  if (
    !q.main('first') ||
    !/\b(first|1st)( ever)? (observer|dialogue partner|dialog partner|partner)s?\b/.test(q.words.join(' '))
  )
    return undefined;
  return firstWithStatus(f, status);
}

/**
 * "Was Afghanistan an observer in 2004?": whether the category held in the time asked; "became an observer in 2004":
 * whether it began then. Undefined when no time is asked or the record's start is not held.
 */
function heldOnTime(q: Question, r: MembershipT): boolean | undefined {
  const t = q.time;
  if (!t || t.role === 'aside' || !r.from || q.has('before')) return undefined;
  // ("an observer before it became a member in 2017?", "an observer from 2015 and a dialogue partner from 2010"): with
  // another category named, the time may be the other's.
  const categories = (['member', 'observer', 'dialogue', 'partner'] as const).filter((c) => q.has(c));
  if (categories.length > 1) return undefined;
  const from = new Date(`${r.from}T00:00:00Z`);
  // ("was belarus an observer since 2005?": a standing said to be held since a year began in that year; said in the
  // present, "an SCO observer since 2004 — right?", it must hold still.)
  // (One year for all: "Mongolia observer since 2004, Afghanistan since 2012" gives each its own.)
  if (t.since && q.times.length === 1) return from >= t.from && from <= t.to && (q.tense === 'past' || !r.to);
  if ((t.mode !== 'in' && t.mode !== 'range') || q.has('after')) return undefined;
  const to = r.to ? new Date(`${r.to}T00:00:00Z`) : undefined;
  return asksStart(q) ? from >= t.from && from <= t.to : from <= t.to && (!to || to >= t.from);
}

/** "Which countries share Turkey's category?", "who else is in the same category as Laos?": the others of its standing. */
function sameCategoryAsked(q: Question): boolean {
  return (
    ['which', 'list', 'what', 'who', 'fragment'].includes(q.form) &&
    /\b(share|shares|sharing)\b.{0,20}\b(category|status|standing)\b|\b(same|one) (category|status|standing|group)\b/.test(
      q.words.join(' '),
    )
  );
}

function sameCategory(f: AskFacts, c: CountryT): Draft | undefined {
  const own = standing(f, c, f.factDay).find((m) => m.status === 'member' || m.status === 'partner');
  if (!own) return undefined;
  const list = own.status === 'member' ? f.members() : f.partners();
  return {
    kind: 'fact',
    title: (l) => `${l.status(own.status)}: ${l.n(list.length)}`,
    lead: (l) =>
      (own.status === 'member' ? l.m.membersAre : l.m.partnersAre)(
        l.n(list.length),
        l.list(list.map((x) => l.c(x.country))),
      ),
    context: (l) =>
      own.status === 'member'
        ? memberLine(l, c, own, f.isFounder(c.id))
        : l.m.notMemberIs(l.c(c), l.status(own.status), own.from && l.d(own.from)),
    sources: [own.sources, f.topic('family')?.sources ?? []],
  };
}

function isMemberNow(f: AskFacts, c: CountryT): boolean {
  return f.statusOn(c.id).some((m) => m.status === 'member');
}
