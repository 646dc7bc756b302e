import { isoDay } from '../../base/dates.js';
import type { MembershipT } from '../../facts/schema.js';
import type { Draft, Loc } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { asksStart, firstWithStatus, meetingsSideBySide, noteOf, scoReceives, subjects, mergedOn } from './shared.js';

/**
 * "List the partners", "how many partners?", "how big is the SCO family?", "former observers",
 * "which countries were dialogue partners before the merger?", "what happened to observer status?"
 */
export const partners: Intent = {
  id: 'partners',
  priority: 83,
  examples: [
    { q: 'how many dialogue partners were there before sept 2025', must: ['14', 'Türkiye'], mustNot: ['×'] },
    { q: 'how many observers did the sco have in 2020', must: ['4 observers'], mustNot: ['×'] },
    { q: 'list the partners', must: ['17', 'Laos', 'Türkiye'] },
    { q: 'how many countries are in the SCO family', must: ['27'] },
    { q: 'which countries were dialogue partners before the merger', must: ['14', 'Armenia', 'Sri Lanka'] },
    { q: 'how many observers are there now', must: ['None'] },
    { q: 'how many observers did the sco have in 2020', must: ['4', 'Afghanistan', 'Belarus', 'Iran', 'Mongolia'] },
    { q: 'Какие страны являются партнёрами ШОС?', must: [['Лаос', 'Laos']] },
  ],
  match(q) {
    // "Which organisations get 'guest attendance' at SCO events?": the guests on record, no standing of their own.
    if (guestsAsked(q)) return 93;
    // ("How many partners does the SCO have now that Laos has been added?": the count, the one named added among them.)
    const many = q.words.indexOf('many');
    const one = q.countries.length === 1 ? q.countries[0]! : undefined;
    if (
      q.form === 'howMany' &&
      q.main('partner') &&
      !q.main('member') &&
      one &&
      many >= 0 &&
      one.at > many &&
      q.cues.some((c) => c.cue === 'join' && c.at > one.at)
    )
      return 91;
    if (subjects(q).length > 0 || q.otherOrgs.length > 0 || q.main('apply')) return undefined;
    // ("Compare Astana 2024 and Tianjin 2025: what did each summit do on membership and partners?": the meetings set side
    // by side.)
    if (meetingsSideBySide(q)) return undefined;
    // "Is Mexico an SCO observer?": a yes/no about a country the data does not hold is about that country.
    // ("Why did Mexico become an observer?", "when did …": the same of a why or a when.)
    if (q.unknownName && (q.form === 'yesno' || q.form === 'why' || q.form === 'when')) return undefined;
    if (scoReceives(q)) return undefined;
    // "What countries are partners but not members?"
    if (q.main('partner') && q.main('member') && q.negated) return 92;
    // ("Wang Yi said '27 countries' after Bishkek — does that mean no new partners were added?": whether the count the
    // asker puts shows anyone new is what the family's record and its note say, before any meeting's decisions.)
    if (familyChanged(q)) return 94;
    if (familyAsked(q) || (q.main('partner') && q.main('member') && (q.form === 'howMany' || q.main('count', 'all'))))
      return 91;
    if (categoriesAsked(q)) return 91;
    if (q.numbers.some((n) => n.noun === 'country' && n.stance === 'reported')) return 90;
    // "Why were they merged into a single category?": a merge of categories is the partners' merge, the categories unnamed.
    if (q.main('merge') && (q.main('observer', 'dialogue', 'partner', 'status') || q.statusAsked)) return 90;
    if (q.main('observer', 'dialogue')) return q.main('first') ? 91 : 89;
    // "How did the partner numbers change?": the partners' own story (the categories before the merge, then now).
    if (partnersGrowth(q)) return 89;
    if (q.main('partner') && !q.main('apply', 'join', 'newest') && !(q.main('last') && q.main('join')))
      return q.form === 'howMany' ||
        q.main('list', 'count') ||
        q.form === 'which' ||
        q.form === 'who' ||
        q.form === 'list' ||
        q.form === 'what' ||
        q.form === 'fragment'
        ? 88
        : 60;
    return undefined;
  },
  answer(q, f) {
    if (guestsAsked(q)) return guests(q, f);
    const merge = f.topic('partnerMerge');
    const mergeDate = merge?.date;
    const mergeDay = mergeDate ? new Date(`${mergeDate}T00:00:00Z`) : undefined;
    const day = q.time
      ? q.time.mode === 'before'
        ? new Date(q.time.from.getTime() - 86_400_000)
        : q.time.to > f.factDay
          ? f.factDay
          : q.time.to
      : f.factDay;
    if (
      !q.negated &&
      (familyAsked(q) ||
        familyChanged(q) ||
        (q.main('partner') && q.main('member')) ||
        q.numbers.some((n) => n.noun === 'country' && n.stance === 'reported'))
    )
      // (Whether anyone new came in, the count alone does not show: what the family's note says is all there is.)
      return familyChanged(q) ? { ...family(q, f), verdict: 'unknown' } : family(q, f);
    // ("what categories exist in the sco now? still members, observers and dialogue partners?": the two there are, and
    // when the partner categories were merged.)
    if (categoriesAsked(q) && mergeDate)
      return {
        ...family(q, f, mergedOn(f, mergeDate)),
        sources: [f.topic('family')?.sources ?? [], merge?.sources ?? []],
      };
    const wantsFormer =
      (q.main('observer', 'dialogue') && !mergedOnly(q)) ||
      (mergeDay && day < mergeDay) ||
      (q.has('before') && q.main('merge')) ||
      (partnersGrowth(q) && !q.time);
    // "Which were dialogue partners until 2025?", "bis 2025": until the year of the merge is until the merge itself.
    const untilMerge =
      q.time?.mode === 'before' &&
      mergeDate !== undefined &&
      q.time.year === Number(mergeDate.slice(0, 4)) &&
      /^(until|till|til|bis|hasta|jusqu|jusqua)$/.test(q.words[q.time.at - 1] ?? '');
    if (wantsFormer) {
      const d = former(q, f, mergeDay && day < mergeDay && !untilMerge ? day : undefined);
      // "Did Tianjin do something with the observer category? heard it got scrapped": yes, it was merged away.
      const changed =
        q.form === 'yesno' && q.tense === 'past' && !q.time && (q.has('merge') || q.words.some((w) => CHANGED.test(w)));
      return changed && d.verdict === undefined ? { ...d, verdict: 'yes' } : d;
    }
    const list = f.partners(day);
    const count = q.form === 'howMany' || q.main('count');
    // ("Saudi, Qatar, UAE, Kuwait, Bahrain — all 5 Gulf countries are SCO partners now?": the countries put first, all
    // of them partners or not.)
    const named = q.form === 'yesno' ? q.countries : [];
    return {
      kind: 'fact',
      ...(named.length > 0 && {
        verdict: named.every((c) => list.some((p) => p.country.id === c.country.id))
          ? ('yes' as const)
          : ('no' as const),
      }),
      title: (l) => `${l.status('partner')}: ${l.n(list.length)}`,
      lead: (l) =>
        count
          ? l.m.partnerCount(l.n(list.length))
          : l.m.partnersAre(l.n(list.length), l.list(list.map((p) => l.c(p.country)))),
      ...(mergeDate && { context: mergedOn(f, mergeDate) }),
      ...(count && { details: [{ items: [list.map((p) => p.country.name).join(', ')] }] }),
      note: noteOf(f.topic('family')),
      sources: [f.topic('family')?.sources ?? [], merge?.sources ?? []],
    };
  },
};

/** How the merge came about is asked ("请解释…合并的过程", "nasıl birleşti", "explain the merge"), not what is left now. */
function howMerged(q: Question): boolean {
  return (
    q.has('merge') &&
    // ("the dialogue partners before they were merged": the list of then; but "explain the 2025 partner reform: which
    // categories existed before" asks the change, of which the list of then is a part.)
    (!q.has('before') || q.form === 'explain') &&
    q.form !== 'list' &&
    (q.form === 'explain' || q.form === 'how' || q.has('explain') || (q.has('how') && q.form !== 'howMany'))
  );
}

/** Words that say a category was done away with or changed ("scrapped", "abolished", "folded into"). */
const CHANGED =
  /^(scrapped|abolished|dropped|eliminated|removed|folded|merged|changed|ended|replaced|axed|discontinued)$/;

/**
 * "How many partners are there after the merger of observers & dialogue partners?": the old categories named only
 * as what the merge joined, after the partners asked about, are not asked about themselves.
 */
function mergedOnly(q: Question): boolean {
  const merge = q.cues.find((c) => c.cue === 'merge');
  if (!merge || q.has('before')) return false;
  const old = q.cues.filter((c) => c.cue === 'observer' || c.cue === 'dialogue');
  return q.cues.some((c) => c.cue === 'partner' && c.at < merge.at) && old.every((c) => c.at > merge.at);
}

/** A change in the partner category asked of itself ("how did the number of partners change"), not of the members. */
export function partnersGrowth(q: Question): boolean {
  return (
    // ("retracer l'évolution des catégories de statut — observateur, partenaire …": the categories' story, named so.)
    (q.main('partner') ||
      (q.main('status') && !q.eventNamed && q.words.some((w) => /^(categories|category|statuses)$/.test(w)))) &&
    q.main('growth') &&
    !q.main('member', 'apply', 'join', 'newest', 'first', 'last')
  );
}

/** The kinds of standing asked ("what categories exist", "which statuses are there"), of no country. */
function categoriesAsked(q: Question): boolean {
  return (
    q.main('status') &&
    q.words.some((w) => /^(categories|category|statuses|kinds|types|tiers|levels)$/.test(w)) &&
    ['what', 'which', 'list', 'howMany'].includes(q.form) &&
    !q.negated &&
    // ("which big western players are in no sco category at all": countries outside them are asked.)
    !q.words.some((w) => /^(no|not|none|outside|neither)$/.test(w)) &&
    // (What became of the old ones, or a country's, is their own story: "what happened to the observer category?")
    !q.main('observer', 'dialogue', 'partner', 'merge', 'join', 'member') &&
    q.events.length === 0
  );
}

/**
 * Whether the family grew, asked with its count put ("Wang Yi said '27 countries' after Bishkek — so did new ones join?",
 * "is the 'SCO family' still 27 countries or did it change?").
 */
function familyChanged(q: Question): boolean {
  return (
    (q.form === 'yesno' || q.form === 'choice') &&
    (q.has('family') || q.numbers.some((n) => n.noun === 'country' && n.stance === 'reported')) &&
    q.main('join', 'newest', 'growth')
  );
}

/** The "SCO family" asked about, or named first and asked of ("'27 countries' for the sco family - what does that number consist of?"). */
function familyAsked(q: Question): boolean {
  return q.main('family') || (q.has('family') && ['what', 'which', 'howMany', 'list', 'explain'].includes(q.form));
}

/**
 * The SCO's guests asked for, not one country's standing ("which orgs get guest attendance?"; "… turkmenistan, asean
 * and who else?" asks the others beside the one named).
 */
function guestsAsked(q: Question): boolean {
  return q.main('guest') && q.form !== 'yesno' && (subjects(q).length === 0 || q.words.includes('else'));
}

/** The guests the data lists at the SCO's meetings, as its record says. */
function guests(q: Question, f: AskFacts): Draft {
  const g = f.topic('guestAttendances');
  if (!g) return { kind: 'notHeld', title: () => 'Not in the data', lead: (l) => l.m.notHeld(), sources: [] };
  return {
    kind: 'fact',
    title: () => g.label,
    lead: (l) => (l.lang === 'en' ? g.text : l.m.fromData(g.label)),
    ...(q.lang !== 'en' && { context: g.text }),
    note: noteOf(g),
    sources: [g.sources],
  };
}

/** The family's count and make-up; with a context of the caller's, its count alone leads. */
function family(_q: Question, f: AskFacts, context?: Draft['context']): Draft {
  const members = f.members(f.factDay).length;
  const partners = f.partners(f.factDay).length;
  const fam = f.topic('family');
  return {
    kind: 'fact',
    title: (l) => `${l.org}: ${l.n(members + partners)}`,
    // (In English the record's own sentence says it, with what the partners are; said once.)
    lead: (l) =>
      l.lang === 'en' && fam?.text && !context
        ? fam.text
        : l.m.family(l.n(members + partners), l.n(members), l.n(partners)),
    context: context ?? ((l) => (l.lang === 'en' ? '' : (fam?.text ?? ''))),
    note: noteOf(fam),
    sources: [fam?.sources ?? []],
  };
}

/** Observers and dialogue partners: before the merge, on a day before it, or "none any more". */
function former(q: Question, f: AskFacts, asked?: Date): Draft {
  const merge = f.topic('partnerMerge');
  const mergeDate = merge?.date ?? '';
  // The last day before the merge is the day the data's own pre-merge lists describe: asked for it, they answer.
  const lastDay = mergeDate ? new Date(`${mergeDate}T00:00:00Z`).getTime() - 86_400_000 : Number.NaN;
  const day0 = asked && asked.getTime() >= lastDay && asked.getTime() < lastDay + 86_400_000 ? undefined : asked;
  // ("dialogue partners before 2025"): asked for the time before a year, when partners whose start the data lacks may
  // already have held, the data's own list of the last day before the merge answers, with a note, rather than the few
  // whose start it holds.
  const unsure =
    day0 !== undefined &&
    q.has('before') &&
    !(q.main('observer') && !q.main('dialogue')) &&
    day0.getTime() < lastDay &&
    f.store.withStatus(['dialogue-partner'], new Date(lastDay)).some((x) => x.record.from === undefined);
  const day = unsure ? undefined : day0;
  const before = day ?? new Date(new Date(`${mergeDate}T00:00:00Z`).getTime() - 86_400_000);
  const onlyObservers = q.main('observer') && !q.main('dialogue');
  const onlyDialogue = q.main('dialogue') && !q.main('observer');
  const structure = f.topic('structureBeforeMerge');
  // On a past day, a record whose start the data does not hold cannot be said to have held then.
  const known = <T extends { record: MembershipT }>(list: T[]) =>
    day ? list.filter((x) => x.record.from !== undefined) : list;
  const observers = known(f.store.withStatus(['observer'], before));
  const dialogue = known(f.store.withStatus(['dialogue-partner'], before));
  if (q.main('first')) {
    const status = onlyDialogue ? 'dialogue-partner' : 'observer';
    const first = firstWithStatus(f, status);
    if (first) {
      return {
        kind: 'fact',
        title: (l) => l.c(first.country),
        lead: (l) =>
          l.m.firstOfStatus(l.c(first.country), l.status(status).replace(/^(an?|the) /, ''), l.d(first.from!)),
        sources: [first.sources],
      };
    }
  }
  // "Which country became an observer in 2012?": those whose category began in the year asked.
  const t = q.time;
  if (t && t.mode === 'in' && t.role !== 'aside' && asksStart(q)) {
    const statuses = onlyDialogue
      ? ['dialogue-partner']
      : onlyObservers
        ? ['observer']
        : ['observer', 'dialogue-partner'];
    const began = f.store.data.memberships.filter(
      (m) =>
        statuses.includes(m.status) &&
        m.from !== undefined &&
        new Date(`${m.from}T00:00:00Z`) >= t.from &&
        new Date(`${m.from}T00:00:00Z`) <= t.to,
    );
    const country = (id: string) => f.country(id)!;
    if (began.length > 0)
      return {
        kind: 'fact',
        title: (l) => l.list(began.map((m) => l.c(country(m.country)))),
        lead: (l) =>
          began
            .map((m) =>
              m.to
                ? l.m.statusFromTo(l.c(country(m.country)), l.status(m.status), l.d(m.from!), l.d(m.to))
                : l.m.statusSince(l.c(country(m.country)), l.status(m.status), l.d(m.from!)),
            )
            .join(' '),
        sources: began.map((m) => m.sources),
      };
  }
  // "What year did each dialogue partner join?": when each began, as far as the data holds it; the rest said plainly.
  // ("the two former observers, with the year each obtained that status": the year asked beside the list.)
  const yearsAsked =
    q.form === 'when' ||
    ((q.form === 'list' || q.form === 'which' || q.form === 'fragment') &&
      q.words.some((w) => /^(years?|dates?|when)$/.test(w)));
  if (yearsAsked && !day && (onlyDialogue || onlyObservers)) {
    const status = onlyDialogue ? 'dialogue-partner' : 'observer';
    const list = onlyDialogue ? dialogue : observers;
    const unknown = list.filter((x) => !x.record.from);
    const known = list.filter((x) => x.record.from);
    if (unknown.length > 0 || q.form !== 'when')
      return {
        kind: 'fact',
        title: () => (onlyDialogue ? 'Dialogue partners' : 'Observers'),
        lead: (l) =>
          [
            ...(unknown.length > 0
              ? [l.m.statusStartNotHeld(l.list(unknown.map((x) => l.c(x.country))), l.status(status))]
              : []),
            ...known.map((x) =>
              l.m.statusFromTo(l.c(x.country), l.status(status), l.d(x.record.from!), x.record.to && l.d(x.record.to)),
            ),
          ].join(' '),
        ...(mergeDate && { context: mergedOn(f, mergeDate) }),
        sources: [structure?.sources ?? [], ...known.slice(0, 2).map((x) => x.record.sources)],
      };
  }
  // ("请解释…合并为'伙伴'的过程", "nasıl birleşti": how the merge came about is no question of now.)
  const asksNow =
    !day &&
    !howMerged(q) &&
    (q.has('current') ||
      q.has('still') ||
      (q.tense === 'present' &&
        q.form !== 'which' &&
        q.form !== 'list' &&
        !q.has('before') &&
        !q.has('previous') &&
        !q.time));
  // "Compare the old observer / dialogue-partner setup with the new partner category": then, and the partners now.
  // ("what happened to observers and dialogue partners at tianjin?": the meeting that merged them asks the same.)
  const atMerge =
    q.eventNamed &&
    !q.has('before') &&
    (q.form === 'what' || q.form === 'explain' || q.form === 'how') &&
    q.events.some((e) => e.start <= mergeDate && (e.end ?? e.start) >= mergeDate);
  const thenAndNow =
    !day &&
    (q.main('compare', 'difference', 'old', 'growth') ||
      q.has('compare') ||
      q.has('difference') ||
      atMerge ||
      // ("… before and after tianjin", "which categories existed before, and what replaced them?": both sides of the
      // change.)
      (q.words.includes('before') && q.words.some((w) => /^(after|replaced|replace|replaces)$/.test(w)))) &&
    q.has('partner');
  if (asksNow && !q.has('before') && !thenAndNow) {
    return {
      kind: 'fact',
      title: () => 'No observers or dialogue partners',
      lead: (l) => l.m.noObserversNow(l.d(mergeDate)),
      // "Still 14 dialogue partners?": how many partners the merged category holds now, then the categories before it.
      context: (l: Loc) => {
        const now = f.partners(f.factDay);
        return l.m.partnersAre(l.n(now.length), l.list(now.map((p) => l.c(p.country))));
      },
      ...(structure && { details: [{ items: [structure.text] }] }),
      sources: [merge?.sources ?? [], structure?.sources ?? []],
    };
  }
  const until = day ? undefined : mergeDate;
  const leads: ((l: Loc) => string)[] = [];
  // "how did the observers and dialogue partners merge?": the merge first, then what it joined.
  const merged = mergeDate && howMerged(q) ? mergedOn(f, mergeDate) : undefined;
  if (merged) leads.push((l) => (typeof merged === 'string' ? merged : merged(l)));
  if (!onlyDialogue)
    leads.push((l) =>
      until
        ? l.m.observersWere(l.n(observers.length), l.list(observers.map((o) => l.c(o.country))), l.d(until))
        : l.m.observersOn(l.n(observers.length), l.list(observers.map((o) => l.c(o.country))), l.d(isoDay(before))),
    );
  if (!onlyObservers)
    leads.push((l) =>
      until
        ? l.m.dialogueWere(l.n(dialogue.length), l.list(dialogue.map((o) => l.c(o.country))), l.d(until))
        : l.m.dialogueOn(l.n(dialogue.length), l.list(dialogue.map((o) => l.c(o.country))), l.d(isoDay(before))),
    );
  // (How they merged, then how many the merged category holds now.)
  if (merged && !thenAndNow) {
    const now = f.partners(f.factDay);
    leads.push((l) => l.m.partnerCount(l.n(now.length)));
  }
  if (thenAndNow) {
    const now = f.partners(f.factDay);
    leads.push((l) => l.m.partnerCount(l.n(now.length)));
    // The partners that were neither observers nor dialogue partners before: what the change added.
    const was = new Set([...observers, ...dialogue].map((o) => o.country.id));
    const added = now.filter((p) => !was.has(p.country.id) && p.record.from);
    const latest = now.reduce((m, p) => ((p.record.from ?? '') > m ? p.record.from! : m), '');
    if (added.length === 1 && added[0]!.record.from === latest)
      leads.push((l) => l.m.newestPartner(l.c(added[0]!.country), l.d(latest)));
    else if (added.length > 1 && added.length <= 5)
      leads.push((l) =>
        l.m.becamePartners(
          l.list(added.map((p) => l.c(p.country))),
          l.m.inYear(l.d(added[0]!.record.from!.slice(0, 4))),
        ),
      );
  }
  return {
    kind: 'fact',
    title: () => (onlyDialogue ? 'Dialogue partners' : onlyObservers ? 'Observers' : 'Observers and dialogue partners'),
    lead: (l) => leads.map((x) => x(l)).join(' '),
    ...(mergeDate && !merged && { context: mergedOn(f, mergeDate) }),
    ...(day &&
      !onlyObservers && {
        note: 'The data does not hold when most dialogue partners were admitted, so only those with a known start are listed.',
      }),
    ...(unsure && {
      note: 'The data does not hold when most dialogue partners were admitted: this is the list it holds for the day before the merge.',
    }),
    sources: [
      structure?.sources ?? [],
      merge?.sources ?? [],
      ...(thenAndNow ? [f.topic('family')?.sources ?? []] : observers.slice(0, 1).map((o) => o.record.sources)),
    ],
  };
}
