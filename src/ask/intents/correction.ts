import type { Loc } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { firstSentence } from './shared.js';

/**
 * "Why did Türkiye join in 2024?", "why was Iran expelled?": the question takes for granted
 * something the store contradicts. The correction opens the reply (the engine adds it); this
 * answer gives the true state beside it, since the why has no answer.
 */
/** The asker takes for granted that a country joined as a member, and it never did (no year: not a wrong date). */
function neverJoined(q: Question): boolean {
  return q.claims.some(
    (c) => c.kind === 'joined' && c.stance === 'asserted' && c.holds === false && (c.year === undefined || c.never),
  );
}

export const correction: Intent = {
  id: 'correction',
  priority: 96,
  examples: [
    { q: 'why did turkey join the sco in 2024', must: ['never joined', 'Belarus', 'partner'] },
    { q: 'why was iran expelled from the sco', must: ['never', 'member'] },
    { q: 'belarus has been in since 2001, so why is it called new?', must: ['2024'], mustNot: ['Yes'] },
    { q: 'since laos became a full member, is it the 11th?', must: ['No', 'partner', '10'] },
    { q: 'belarus joined in 2023, right? what was the process', must: ['did not join in 2023', 'Astana'] },
    {
      q: 'since turkey became a full sco member in 2022, has it attended every summit?',
      must: ['No', 'never joined', 'dialogue partner from 2012'],
    },
  ],
  match(q) {
    const bad = q.claims.filter((c) => c.stance === 'asserted' && c.holds === false);
    if (bad.length === 0) return undefined;
    // (A standing never had is said by the family that answers the country's standing; by this one only when no other
    // family answers.)
    if (bad.every((c) => c.kind === 'status')) return 40;
    // "Why did Astana host the 2025 summit?", "why did Pakistan refuse to sign at Qingdao?": a meeting put in the wrong
    // city, or a refusal put on the wrong country, is corrected by the engine's opening sentence; the meeting meant, or
    // the refusal on record, answers the rest; this answer only when nothing but the fallback search would.
    // So is a meeting's chair put on the wrong one ("why did Belousov chair the Qingdao meeting?").
    const another = bad.every(
      (c) =>
        c.kind === 'hosted' ||
        c.kind === 'held' ||
        c.kind === 'refused' ||
        // ("since the SCO's headquartered in Shanghai, why is RATS in Tashkent?": the seats, the wrong one corrected.)
        c.kind === 'seat' ||
        (c.kind === 'chaired' && c.event !== undefined && c.event.kind !== 'summit' && c.event.chair !== undefined),
    );
    // "Give me the SCO's eight members": a wrong count before a request for the members is corrected before their list.
    if (q.form === 'explain' && bad.every((c) => c.kind === 'count') && q.main('member')) return undefined;
    // "the 14 dialogue partners as they were before Tianjin": a count of a category merged away, asked as it was before,
    // holds for then; the list as it was answers.
    if (q.has('before') && bad.every((c) => c.kind === 'count' && (c.noun === 'dialogue' || c.noun === 'observer')))
      return undefined;
    if (q.form === 'why' || q.form === 'how' || q.form === 'explain') return another ? 45 : 97;
    // "Belarus joined in 2023, right? what was the process": the process asked of the premise corrected is the record's own.
    if (q.main('path') || q.main('explain')) return another ? 45 : 97;
    // "Since Laos became a full member, is it the 11th?", "when Türkiye became a full member in 2017, which summit was
    // it?": a question resting on a country's joining that never happened has no answer but the country's true standing.
    // ("armenia became a full member at tianjin — how many members does that make now?": a count asked has its own answer,
    // after the correction.)
    // ("laos came in at which summit, and in what capacity?": a joining the question itself asks about, not one put before
    // it, is answered by the country's own record: how it came in, and as what.)
    if (q.form === 'which' && q.main('join') && q.main('summit') && !q.has('join', 'sub', 'aside')) return undefined;
    if (neverJoined(q) && !(q.form === 'howMany' && q.main('member'))) return 96;
    return undefined;
  },
  answer(q, f) {
    const bad = q.claims.find((c) => c.stance === 'asserted' && c.holds === false)!;
    // "Kazakhstan chaired in 2024-25, so why …": when the country did chair (the term nearest the one claimed) is what
    // the asker built on; the correction has named who chaired then.
    if (bad.kind === 'chaired') {
      const c = bad.country;
      const year = bad.year ?? (bad.event ? Number(bad.event.start.slice(0, 4)) : undefined);
      const terms = f.chairs().filter((t) => t.country === c.id);
      const near =
        year === undefined
          ? terms.at(-1)
          : terms.reduce<(typeof terms)[number] | undefined>(
              (best, t) =>
                !best || Math.abs(Number(t.from.slice(0, 4)) - year) < Math.abs(Number(best.from.slice(0, 4)) - year)
                  ? t
                  : best,
              undefined,
            );
      if (near || f.chairs().length > 0)
        return {
          kind: 'fact',
          title: (l) => l.c(c),
          ...(q.form === 'yesno' && { verdict: 'no' as const }),
          lead: (l: Loc) =>
            near ? l.m.chairTerm(l.c(c), l.d(near.from), near.to && l.d(near.to)) : l.m.neverChaired(l.c(c)),
          sources: [near?.sources ?? []],
        };
    }
    if (
      bad.kind === 'joined' ||
      bad.kind === 'left' ||
      bad.kind === 'ordinal' ||
      bad.kind === 'chaired' ||
      bad.kind === 'status'
    ) {
      const c = bad.country;
      const acc = f.accession(c.id);
      const now = f.statusOn(c.id).filter((m) => m.status !== 'none');
      const main = now.find((m) => m.status !== 'applicant-member' && m.status !== 'applicant-observer') ?? now[0];
      // A count or an order built on the premise ("is it the 11th?") is answered by the count; else the country's
      // earlier standing says what it was instead.
      const counted = q.numbers.some((n) => n.stance === 'ordinal' || n.noun === 'member' || n.noun === 'country');
      const count = neverJoined(q) && counted ? f.memberCountOn(f.factDay) : undefined;
      // A pending application for membership is the nearest the country came; else its earlier standing.
      const applied = neverJoined(q) && !counted ? now.find((m) => m.status === 'applicant-member') : undefined;
      const earlier =
        neverJoined(q) && !counted && !applied ? f.history(c.id).find((m) => m.to && m !== main) : undefined;
      return {
        kind: 'fact',
        title: (l) => l.c(c),
        ...(q.form === 'yesno' && { verdict: 'no' as const }),
        // What the question built on the premise: the members it would count among.
        ...(count && { context: (l: Loc) => l.m.memberCount(l.n(count.count), l.m.asOf(l.d(f.dataAsOf))) }),
        // A join put in the wrong year: how it did join (the meeting, the step) is what the asker built on.
        ...(!count && bad.kind === 'joined' && acc?.how && { context: firstSentence(acc.how) }),
        ...(applied && {
          context: (l: Loc) => l.m.applied(l.c(c), l.m.fullMembership, applied.from && l.d(applied.from)),
        }),
        ...(earlier && {
          context: (l: Loc) =>
            l.m.statusFromTo(l.c(c), l.status(earlier.status), earlier.from && l.d(earlier.from), l.d(earlier.to!)),
        }),
        lead: (l: Loc) =>
          acc?.from
            ? l.m.memberSince(l.c(c), l.d(acc.from))
            : main
              ? l.m.statusSince(l.c(c), l.status(main.status), main.from && l.d(main.from))
              : l.m.notConnected(l.c(c)),
        sources: [
          acc?.sources ?? main?.sources ?? f.statusOn(c.id)[0]?.sources ?? [],
          applied?.sources ?? [],
          ...(bad.kind === 'joined' && bad.year
            ? f.store.data.memberships
                .filter((m) => m.status === 'member' && m.from?.startsWith(String(bad.year)))
                .map((m) => m.sources)
            : []),
        ],
      };
    }
    const p = f.memberCountOn(f.factDay);
    return {
      kind: 'fact',
      title: () => 'Correction',
      lead: (l) => (p ? l.m.memberCount(l.n(p.count), l.m.asOf(l.d(f.dataAsOf))) : l.m.notHeld()),
      sources: [p?.sources ?? []],
    };
  },
};
