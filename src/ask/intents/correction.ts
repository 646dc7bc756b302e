import type { Loc } from '../draft.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';

/**
 * "Why did Türkiye join in 2024?", "why was Iran expelled?": the question takes for granted
 * something the store contradicts. The correction opens the reply (the engine adds it); this
 * answer gives the true state beside it, since the why has no answer.
 */
/** The asker takes for granted that a country joined as a member, and it never did (no year: not a wrong date). */
function neverJoined(q: Question): boolean {
  return q.claims.some(
    (c) => c.kind === 'joined' && c.stance === 'asserted' && c.holds === false && c.year === undefined,
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
  ],
  match(q) {
    const bad = q.claims.filter((c) => c.stance === 'asserted' && c.holds === false);
    if (bad.length === 0) return undefined;
    if (q.form === 'why' || q.form === 'how' || q.form === 'explain') return 97;
    // "Since Laos became a full member, is it the 11th?": a yes/no question resting on a country's joining that never happened.
    if (q.form === 'yesno' && neverJoined(q)) return 96;
    return undefined;
  },
  answer(q, f) {
    const bad = q.claims.find((c) => c.stance === 'asserted' && c.holds === false)!;
    if (bad.kind === 'joined' || bad.kind === 'left' || bad.kind === 'ordinal' || bad.kind === 'chaired') {
      const c = bad.country;
      const acc = f.accession(c.id);
      const now = f.statusOn(c.id).filter((m) => m.status !== 'none');
      const main = now.find((m) => m.status !== 'applicant-member' && m.status !== 'applicant-observer') ?? now[0];
      const count = neverJoined(q) ? f.memberCountOn(f.factDay) : undefined;
      return {
        kind: 'fact',
        title: (l) => l.c(c),
        ...(q.form === 'yesno' && { verdict: 'no' as const }),
        // What the question built on the premise: the members it would count among.
        ...(count && { context: (l: Loc) => l.m.memberCount(l.n(count.count), l.m.asOf(l.d(f.dataAsOf))) }),
        lead: (l: Loc) =>
          acc?.from
            ? l.m.memberSince(l.c(c), l.d(acc.from))
            : main
              ? l.m.statusSince(l.c(c), l.status(main.status), main.from && l.d(main.from))
              : l.m.notConnected(l.c(c)),
        sources: [
          acc?.sources ?? main?.sources ?? f.statusOn(c.id)[0]?.sources ?? [],
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
