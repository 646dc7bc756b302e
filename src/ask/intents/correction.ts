import type { Loc } from '../draft.js';
import type { Intent } from './types.js';

/**
 * "Why did Türkiye join in 2024?", "why was Iran expelled?": the question takes for granted
 * something the store contradicts. The correction opens the reply (the engine adds it); this
 * answer gives the true state beside it, since the why has no answer.
 */
export const correction: Intent = {
  id: 'correction',
  priority: 96,
  examples: [
    { q: 'why did turkey join the sco in 2024', must: ['never joined', 'Belarus', 'partner'] },
    { q: 'why was iran expelled from the sco', must: ['never', 'member'] },
  ],
  match(q) {
    const bad = q.claims.filter((c) => c.stance === 'asserted' && c.holds === false);
    if (bad.length === 0) return undefined;
    return q.form === 'why' || q.form === 'how' || q.form === 'explain' ? 97 : undefined;
  },
  answer(q, f) {
    const bad = q.claims.find((c) => c.stance === 'asserted' && c.holds === false)!;
    if (bad.kind === 'joined' || bad.kind === 'left' || bad.kind === 'ordinal' || bad.kind === 'chaired') {
      const c = bad.country;
      const acc = f.accession(c.id);
      const now = f.statusOn(c.id).filter((m) => m.status !== 'none');
      const main = now.find((m) => m.status !== 'applicant-member' && m.status !== 'applicant-observer') ?? now[0];
      return {
        kind: 'fact',
        title: (l) => l.c(c),
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
