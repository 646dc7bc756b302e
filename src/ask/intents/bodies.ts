import { formatRange } from '../../base/dates.js';
import type { BodyKeyT, OrgFactT } from '../../facts/schema.js';
import { whenWhere } from './events.js';
import { firstSentence, subjects } from './shared.js';
import type { Intent } from './types.js';
import type { Question } from '../understand/question.js';
import type { Verdict } from '../draft.js';

/** "What is the supreme body of the SCO?", "how often do SCO leaders meet?", "what are the SCO's bodies?" */
export const bodies: Intent = {
  id: 'bodies',
  priority: 66,
  examples: [
    { q: 'what is the supreme body of the sco', must: ['Council of Heads of State'] },
    { q: 'How often does the SCO summit meet?', must: ['once a year'] },
    {
      q: 'whats the difference between the CHS and the CHG',
      must: ['Council of Heads of State', 'Council of Heads of Government'],
    },
    { q: 'how do the CHS and the CHG differ, and who chairs each now', must: ['Tajikistan'] },
  ],
  match(q) {
    // "What's a 'Council of Heads of Government'? Is that different from the big summit?": the council itself asked.
    if (definesCouncil(q)) return 88;
    // ("Kindly explain … what the Council of Heads of State is and how often it meets": the supreme body, what it is.)
    if (
      q.bodies.length === 1 &&
      q.bodies[0] === 'headsOfState' &&
      (q.form === 'what' || q.form === 'explain') &&
      / (?:what|whats) (?:is |s )?(?:an? |the )?(?:sco )?(?:council|chs)\b/.test(` ${q.words.join(' ')}`) &&
      !q.time &&
      !q.eventNamed &&
      q.places.length === 0 &&
      q.countries.length === 0 &&
      !q.main('location', 'host', 'chair', 'attend', 'outcome', 'next', 'last')
    )
      return 89;
    // "The CHS vs the CHG": each body as the data describes it (two seats alone are the seats' family).
    // ("is the Council of Heads of State the same as the Council of Heads of Government?": whether two are one, No.)
    if (
      q.bodies.length >= 2 &&
      (q.main('difference', 'compare') || q.form === 'explain' || (q.form === 'yesno' && q.main('same'))) &&
      !q.bodies.every((b) => b === 'secretariat' || b === 'rats')
    )
      return 92;
    if (q.main('often') && (q.main('summit', 'meeting', 'leaders', 'body') || q.bodies.includes('headsOfState')))
      return 90;
    // "The permanent bodies": the Secretariat and RATS, which the seats answer.
    if (q.bodies.includes('secretariat') && q.bodies.includes('rats') && !q.bodies.includes('headsOfState'))
      return undefined;
    if (
      q.main('body') &&
      !q.main('chair', 'secgen') &&
      q.countries.length === 0 &&
      q.people.length === 0 &&
      // ("… and where do they sit?": where bodies sit is the seats' answer.)
      !(q.form === 'where' && q.main('location'))
    )
      // ("what's the top decision-making body called": a body at the top, no body named, is the supreme body, not a head.)
      return q.bodies.includes('headsOfGovernment') ? 60 : q.bodies.length === 0 && q.main('head') ? 88 : 86;
    if (
      q.bodies.includes('headsOfState') &&
      (q.form === 'what' || q.form === 'explain') &&
      !q.time &&
      !q.main('summit') &&
      !q.eventNamed
    )
      return 80;
    return undefined;
  },
  answer(q0, f) {
    // (The council asked what it is, beside the summit's council when set against it.)
    const q: Question =
      definesCouncil(q0) && q0.has('summit') && (q0.has('difference') || q0.has('same'))
        ? { ...q0, bodies: ['headsOfState', ...q0.bodies] }
        : q0;
    const supreme = f.topic('supremeBody');
    const seat = f.topic('secretariatSeat');
    const rats = f.topic('ratsSeat');
    const yearly = supreme?.frequency === 'yearly';
    if (
      (q.bodies.length >= 2 &&
        (q.main('difference', 'compare') || q.form === 'explain' || (q.form === 'yesno' && q.main('same')))) ||
      definesCouncil(q0)
    ) {
      const own: Partial<Record<BodyKeyT, OrgFactT | undefined>> = {
        headsOfState: supreme,
        secretariat: seat,
        rats,
      };
      // "… and where did each meet in 2025": per body, its meetings in the year asked, where and when (a summit for the CHS).
      const years = new Set(q.times.map((t) => t.year));
      const asksMeetings = years.size > 0 && (['location', 'meeting', 'summit', 'host'] as const).some((c) => q.has(c));
      const metIn = asksMeetings
        ? q.bodies.slice(0, 3).map((b) => ({
            b,
            met: f.eventsOf(b).filter((e) => years.has(Number(e.start.slice(0, 4)))),
          }))
        : [];
      // A body the data describes by a fact, else by its latest meeting held (unless its meeting asked stands for it).
      const lines = q.bodies.slice(0, 3).flatMap((b) => {
        const fact = own[b];
        if (fact) return [{ text: fact.text, sources: fact.sources }];
        if (asksMeetings) return [];
        const met = [...f.eventsOf(b)].reverse().find((e) => f.phase(e) !== 'upcoming' && e.status === 'held');
        return met ? [{ text: firstSentence(met.summary), sources: met.sources }] : [];
      });
      // "… and who chairs each now": per body, the latest chairmanship fact that names it (undated ones last).
      const chairs = q.has('chair')
        ? q.bodies.slice(0, 3).flatMap((b) => {
            const name = f.names.bodies[b]?.display.en;
            const named = f.store.data.organisation
              .filter((o) => o.topic === 'chairmanship' && name !== undefined && o.text.includes(name))
              .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
            return named.slice(0, 1);
          })
        : [];
      // "… and the most recent meeting of each": per body, its latest meeting held, with its dates.
      const latest = q.has('last')
        ? q.bodies.slice(0, 3).flatMap((b) => {
            const met = [...f.eventsOf(b)].reverse().find((e) => f.phase(e) !== 'upcoming' && e.status === 'held');
            return met ? [met] : [];
          })
        : [];
      const details = [
        ...(chairs.length > 0 ? [{ items: chairs.map((c) => c.text) }] : []),
        ...(latest.length > 0 ? [{ items: latest.map((e) => `${e.name}: ${formatRange(e.start, e.end)}`) }] : []),
      ];
      return {
        kind: 'fact',
        // ("is the council … the same thing as the summit?": two councils, so No.)
        ...(q0.form === 'yesno' && q0.has('same') && q.bodies.length >= 2 && { verdict: 'no' as const }),
        title: (l) => l.list(q.bodies.slice(0, 3).map((b) => l.body(b))),
        ...(details.length > 0 && { details }),
        lead: (l) =>
          [
            l.lang === 'en' && lines.length
              ? lines.map((x) => firstSentence(x.text)).join(' ')
              : l.m.bodies(l.list(q.bodies.slice(0, 3).map((b) => l.body(b)))),
            // A body with no meeting that year: said so (in English, where the body's name fits the sentence).
            ...metIn.flatMap(({ b, met }) =>
              met.length
                ? met.map((e) => whenWhere(f, e)(l))
                : l.lang === 'en'
                  ? [l.m.notHeld(`a ${l.list([...years].map(String))} ${l.body(b)}`)]
                  : [],
            ),
          ].join(' '),
        sources: [
          ...metIn.flatMap(({ met }) => met.map((e) => e.sources)),
          ...lines.map((x) => x.sources),
          ...latest.map((e) => e.sources),
          ...chairs.map((c) => c.sources),
        ],
      };
    }
    // ("what are the main bodies of the sco": several asked for, not the one at the top.)
    const several = q.words.some((w) => /^(bodies|organs|institutions|structures)$/.test(w)) && !q.main('head');
    if (
      q.main('often') ||
      (q.main('body') && !q.main('list') && !several) ||
      // ("what is the council of heads of state?": the one body asked what it is.)
      (q.bodies.length === 1 && q.bodies[0] === 'headsOfState' && !several)
    ) {
      // ("is the SCO summit held every year?": Yes, when the frequency asked is the one the data gives.)
      const asked = q.words.join(' ');
      const otherFrequency =
        /\b(twice|two times|three times|every (two|three|other|2|3) years?|biennial\w*|monthly)\b/.test(asked);
      const yearlyAsked = /\b((every|each|once a|once per|per) year|annual|annually|yearly)\b/.test(asked);
      const verdict: Verdict | undefined =
        q.form === 'yesno' && q.main('often') && yearly
          ? otherFrequency
            ? 'no'
            : yearlyAsked
              ? 'yes'
              : undefined
          : undefined;
      return {
        kind: 'fact',
        ...(verdict && { verdict }),
        title: (l) => l.body('headsOfState'),
        lead: (l) =>
          q.main('often') && yearly ? l.m.meetsYearly(l.body('headsOfState')) : l.m.supremeBody(l.body('headsOfState')),
        context: supreme?.text,
        sources: [supreme?.sources ?? []],
      };
    }
    return {
      kind: 'fact',
      title: () => 'SCO bodies',
      lead: (l) => l.m.bodies(l.list([l.body('headsOfState'), l.body('secretariat'), l.body('rats')])),
      details: [{ items: [supreme?.text, seat?.text, rats?.text].filter((x): x is string => !!x) }],
      sources: [supreme?.sources ?? [], seat?.sources ?? [], rats?.sources ?? []],
    };
  },
};

/**
 * "What is the Council of Heads of Government?": a council of meetings asked what it is, with no meeting of it, time or
 * place named and no relation asked of it beyond what it is (set against the summit's council at most).
 */
function definesCouncil(q: Question): boolean {
  return (
    q.bodies.length === 1 &&
    q.bodies[0] === 'headsOfGovernment' &&
    // ("what's a …", "what is the CHG", "explain what the council of heads of government is": what it is.)
    // ("is the council of heads of government the same thing as the summit?": what it is, set against the summit.)
    (((q.form === 'what' || q.form === 'explain') &&
      / (?:what|whats) (?:is |s |are )?(?:an? |the )?(?:sco )?(?:council|chg)\b/.test(` ${q.words.join(' ')}`)) ||
      (q.form === 'yesno' &&
        /^is (?:the )?(?:sco )?(?:council of heads of government|chg) (?:the )?(?:same|different)\b/.test(
          q.words.join(' '),
        ))) &&
    !q.time &&
    q.places.length === 0 &&
    q.countries.length === 0 &&
    !q.main('location', 'host', 'chair', 'attend', 'outcome', 'next', 'last', 'often')
  );
}

/** "So RATS got renamed into the Universal Centre?": a body's name changed, which the data records of none. */
export const renamed: Intent = {
  id: 'renamed',
  priority: 67,
  examples: [{ q: 'was RATS renamed', must: ['No', 'no new name'] }],
  match(q) {
    return q.main('renamed') && q.bodies.length > 0 && subjects(q).length === 0 ? 92 : undefined;
  },
  answer(q, f) {
    const body = q.bodies[0]!;
    // What the data says beside it: the passage the question's own words find, with its caveat.
    const p = q.passage && !q.passage.unknown && q.passage.score >= 4 ? q.passage : undefined;
    // Else the body's own record: its seat, or its latest meeting.
    const own =
      body === 'rats'
        ? f.topic('ratsSeat')
        : body === 'secretariat'
          ? f.topic('secretariatSeat')
          : f.eventsOf(body).at(-1);
    return {
      kind: 'fact',
      title: (l) => l.body(body),
      verdict: 'no',
      verdictAlways: q.form === 'yesno' || q.form === 'fragment' || q.form === 'choice',
      lead: (l) => l.m.notRenamed(l.body(body)),
      ...(p && { context: p.sentence }),
      ...(p?.caveat && { note: p.caveat }),
      sources: [p?.sources ?? own?.sources ?? []],
    };
  },
};
