import type { Loc } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { isoDay } from '../../base/dates.js';
import { subjects } from './shared.js';

/** The years a question spans: each named, every year of a range ("2025 and 2026"), and since a year up to today. */
function yearsAsked(q: Question): Set<number> {
  const out = new Set<number>();
  for (const t of q.times) {
    if (t.role === 'aside') continue;
    const last = t.untilYear ?? (t.mode === 'after' ? q.today.getUTCFullYear() : t.year);
    for (let y = t.year; y <= last; y++) out.add(y);
  }
  return out;
}

/** Several statements asked of at once: set side by side, or asked over a span of years. */
function acrossStatements(q: Question): boolean {
  // (Asked of every question: the cheap test first.)
  // ("what did the sco say … in 2025 vs 2026": what the organisation said is its statements.)
  if (!q.main('statement') && !scoSaid(q)) return false;
  const years = yearsAsked(q);
  const sideBySide =
    q.main('compare', 'difference', 'growth') || q.words.some((w) => w === 'vs' || w === 'versus' || w === 'both');
  // (Not a meeting's own statement: "india vs pakistan on why qingdao ended without a statement" is that meeting's; nor a
  // year walked through by its meetings, "iran's 2025-2026 - qingdao, the strikes, the statements".)
  return (
    subjects(q).length > 0 &&
    !q.eventNamed &&
    q.places.length === 0 &&
    (years.size >= 2 || sideBySide) &&
    // ("compare the SCO's reaction to strikes on iran in june 2025 vs march 2026 — was india on board both times?": a
    // request to compare, with a yes/no after it, still asks for the statements.)
    (q.form !== 'yesno' || /^(explain|compare|describe|summari[sz]e|contrast)$/.test(q.words[0] ?? '')) &&
    q.form !== 'choice'
  );
}

/**
 * "What did the SCO say after the strikes on Iran in early 2026?": what the organisation said of a country named, in the
 * time asked (not a meeting's own words, nor a country's).
 */
function saidIn(q: Question): boolean {
  const t = q.time;
  // (Asked of every question: the cheap tests first, the pattern last.)
  if (t === undefined || t.role === 'aside' || t.mode !== 'in' || !q.sco) return false;
  // What is said: in English, the SCO saying something or a statement asked; in another language, what was said or stated,
  // by its cue ("मार्च 2026 में ईरान पर हुए हमलों पर एससीओ सदस्य देशों ने क्या कहा था?").
  const said =
    q.lang === 'en'
      ? // ("explain iran's path: observer, member, then the 2026 statement": a statement among other things asked is one part.)
        // ("the SCO member states' statement of 2 March 2026": the members who issued it, no membership asked.)
        (scoSaid(q) ||
          (q.main('statement') &&
            !q.main('path', 'growth', 'observer', 'join') &&
            (!q.main('member') || /\bmember (states|countries) statements?\b/.test(q.words.join(' '))))) &&
        q.unknownName === undefined
      : q.main('announce', 'statement') &&
        !q.main('path', 'growth', 'observer', 'join', 'host', 'chair', 'summit', 'meeting');
  return (
    said &&
    yearsAsked(q).size < 2 &&
    subjects(q).length > 0 &&
    !q.eventNamed &&
    q.people.length === 0 &&
    (q.form === 'what' ||
      q.form === 'explain' ||
      q.form === 'fragment' ||
      // ("did sco say something when iran was struck …": whether it said anything at all, not whether a member backed it.)
      // (In English only: scoSaid reads English words.)
      (q.form === 'yesno' && scoSaid(q) && q.words.some((w) => w === 'something' || w === 'anything')))
  );
}

/**
 * The SCO is the one said to say something ("what did the sco say", "how did the SCO react", "did SCO put out something",
 * "the SCO's response"), in English: "what did pakistan's FM say about …" is another's word, "our note says …" the
 * asker's source, "what the sco decided" no statement.
 */
function scoSaid(q: Question): boolean {
  return (
    q.lang === 'en' &&
    q.sco &&
    /\bsco (?:(?:members?|member|states|itself|as|a|whole|collectively|officially|ever|actually|really|even|has|have|did|do|does) ){0,3}(?:say|said|says|state|stated|react|reacted|respond|responded|put out|issue|issued|release|released)\b|\bsco s (?:response|responses|reaction|reactions)\b/.test(
      q.words.join(' '),
    )
  );
}

/**
 * "Compare the SCO statements on strikes on Iran in June 2025 and March 2026, and India's stance": each statement of the
 * organisation's on what the question names, oldest first, each with who stood apart from it (its own sentence says so).
 */
export const statements: Intent = {
  id: 'statements',
  priority: 93,
  examples: [
    {
      q: 'compare the SCO statements on strikes on Iran in June 2025 and March 2026, and India\u2019s stance',
      must: ['June 2025', '2 March 2026', 'India'],
    },
    { q: 'how has the sco reacted to strikes on iran — 2025 vs 2026?', must: ['dissociated', 'grave concern'] },
    { q: 'how has the sco reacted to strikes on iran since 2025', must: ['June 2025', '2 March 2026'] },
  ],
  match(q) {
    if (acrossStatements(q)) return 95;
    return saidIn(q) ? 94 : undefined;
  },
  answer(q, f) {
    const named = new Set(subjects(q).map((c) => c.id));
    const years = yearsAsked(q);
    const t = !acrossStatements(q) && saidIn(q) ? q.time : undefined;
    const found = f.store
      .orgFacts('statements')
      // ("did the SCO put out anything on the India–Pakistan clashes in May 2025?": in a time asked, beside a country the
      // statement does not speak of, one that only stood apart from it names no statement.)
      .filter(
        (s) =>
          s.countries.some((c) => named.has(c)) &&
          !(
            t &&
            [...named].some((c) => !s.countries.includes(c)) &&
            s.countries.every((c) => !named.has(c) || s.dissenting?.includes(c))
          ),
      )
      .filter((s) => years.size < 2 || years.has(Number((s.date ?? '').slice(0, 4))))
      // ("… in early 2026": the statements of the time asked.)
      // (A statement may follow what it answers by weeks: "after the feb 2026 strikes" is answered in March.)
      .filter(
        (s) =>
          !t || !s.date || (s.date >= isoDay(t.from) && s.date <= isoDay(new Date(t.to.getTime() + 31 * 86_400_000))),
      )
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    if (found.length === 0)
      return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
    return {
      kind: 'fact',
      // ("did the sco say something when iran was struck in early 2026?": yes, what it said follows.)
      // ("did the SCO stay silent on the strikes?": a statement on record says it did not.)
      ...(q.form === 'yesno' && {
        // ("compare … june 2025 vs march 2026 — was india on board both times?": statements set side by side, one of which
        // a member stood apart from, are no Yes to being on board.)
        verdict: q.words.some((w) => /^(silent|silence|quiet)$/.test(w))
          ? ('no' as const)
          : t === undefined && found.length > 1 && found.some((s) => s.dissenting?.length)
            ? ('no' as const)
            : ('yes' as const),
      }),
      title: () => found.map((s) => s.label).join(' · '),
      lead: (l: Loc) =>
        l.lang === 'en' ? found.map((s) => s.text).join(' ') : found.map((s) => l.m.fromData(s.label)).join(' '),
      ...(q.lang !== 'en' && { context: found.map((s) => s.text).join(' ') }),
      // (A statement resting on one source says so, as its record does.)
      ...(found.length === 1 && found[0]!.caveat && { note: found[0]!.caveat }),
      sources: found.map((s) => s.sources),
    };
  },
};
