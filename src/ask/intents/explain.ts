import type { Loc } from '../draft.js';
import type { Intent } from './types.js';
import { firstSentence, subjects } from './shared.js';

/**
 * Walk-throughs composed from several records: a country's path through the SCO's categories
 * (each status with its dates and the summit that decided it), and what separates members from
 * partners as far as the data says.
 */
export const explain: Intent = {
  id: 'explain',
  priority: 91,
  examples: [
    { q: "walk me through Belarus's path to SCO membership", must: ['2010', '2015', '4 July 2024', 'Astana'] },
    { q: 'explain how iran became a member', must: ['2005', '4 July 2023'] },
    { q: 'whats the difference between a member and a partner now', must: ['partner', '10', '17'] },
  ],
  match(q) {
    const cs = subjects(q);
    const walk =
      q.form === 'explain' || q.main('path', 'growth') || q.has('explain') || (q.form === 'how' && q.main('join'));
    if (
      cs.length === 1 &&
      walk &&
      (q.main('join', 'member', 'path', 'growth') || q.form === 'explain') &&
      !q.main('capital', 'code', 'chair', 'minister', 'defence', 'refuse', 'summit')
    ) {
      return q.form === 'how' && !q.main('path', 'growth') && !q.has('explain') ? 80 : 93;
    }
    if (
      cs.length === 0 &&
      q.main('difference', 'compare') &&
      q.main('member') &&
      q.main('partner', 'observer', 'dialogue')
    )
      return 92;
    return undefined;
  },
  answer(q, f) {
    const cs = subjects(q);
    if (cs.length === 0) {
      const members = f.members(f.factDay).length;
      const partners = f.partners(f.factDay).length;
      const merge = f.topic('partnerMerge');
      return {
        kind: 'fact',
        title: () => 'Members and partners',
        lead: (l) => l.m.rightsNotHeld(l.n(members), l.n(partners)),
        ...(merge?.date && { context: (l: Loc) => l.m.mergedInto(l.d(merge.date!)) }),
        sources: [f.topic('family')?.sources ?? [], merge?.sources ?? []],
      };
    }
    const c = cs[0]!;
    const records = f.history(c.id).filter((m) => m.status !== 'none');
    if (records.length === 0) {
      return {
        kind: 'fact',
        title: (l) => l.c(c),
        lead: (l) => l.m.notConnected(l.c(c)),
        sources: [f.statusOn(c.id)[0]?.sources ?? []],
      };
    }
    const ordered = [...records].sort((a, b) => (a.from ?? '0').localeCompare(b.from ?? '0'));
    const acc = f.accession(c.id);
    const summit = acc?.event ? f.event(acc.event) : undefined;
    return {
      kind: 'fact',
      title: (l) => l.c(c),
      lead: (l) =>
        l.m.path(
          l.c(c),
          l.list(ordered.map((m) => l.m.pathStep(l.status(m.status), m.from && l.d(m.from), m.to && l.d(m.to)))),
        ),
      context: summit && acc ? (l: Loc) => l.m.joined(l.c(c), l.d(acc.from!), l.event(summit)) : undefined,
      details: [{ items: ordered.map((m) => firstSentence(m.how)) }],
      sources: [
        acc?.sources ?? ordered.at(-1)!.sources,
        ...ordered
          .filter((m) => m !== acc)
          .slice(0, 2)
          .map((m) => m.sources),
      ],
    };
  },
};
