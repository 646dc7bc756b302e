import type { CountryT } from '../../facts/schema.js';
import type { Verdict } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Loc } from '../draft.js';
import type { Intent } from './types.js';

function standingLabel(f: AskFacts, c: CountryT): string {
  return f.statusOn(c.id)[0]?.status ?? 'none';
}

/** "What is the capital of Kazakhstan?", "which member's capital is Minsk?", "is Almaty the capital of Kazakhstan?" */
export const capital: Intent = {
  id: 'capital',
  priority: 64,
  examples: [
    { q: 'what is the capital of kazakhstan', must: ['Astana'] },
    { q: "which member's capital is Minsk", must: ['Belarus'] },
    { q: 'is Almaty the capital of Kazakhstan', must: ['No', 'Astana'] },
    { q: 'Какая столица Казахстана', must: [['Астана', 'Astana']] },
  ],
  match(q) {
    const cs = q.countries.filter((c) => c.by !== 'demonym');
    // "What was Astana called (in 2020)?": a capital's name at another time, asked about.
    const nameOfCapital =
      q.main('called') && cs.length === 1 && cs[0]!.by === 'capital' && (q.tense === 'past' || q.time !== undefined);
    if ((!q.main('capital') && !nameOfCapital) || q.main('tourism')) return undefined;
    if (cs.length === 0 || (q.main('list', 'all') && cs.length > 2)) return undefined;
    return 90;
  },
  answer(q, _f) {
    const byCapital = q.countries.filter((c) => c.by === 'capital').map((c) => c.country);
    const named = q.countries.filter((c) => c.by !== 'capital' && c.by !== 'demonym').map((c) => c.country);
    const c = named[0] ?? byCapital[0]!;
    // "Is Almaty the capital of Kazakhstan?": a place named beside the country.
    const other = q.places.find((p) => p.toLowerCase() !== c.capital.toLowerCase());
    const verdict: Verdict | undefined =
      q.form === 'yesno' ? (byCapital.some((x) => x.id === c.id) && !other ? 'yes' : 'no') : undefined;
    const capitalName = c.capital.replace(/,.*$/, '');
    void standingLabel;
    // Its name asked about: what the data notes of its names answers first.
    if (q.main('called') && !q.main('capital') && (q.tense === 'past' || q.time) && c.capitalNote)
      return {
        kind: 'fact',
        title: (l) => `${l.c(c)}: ${l.place(capitalName)}`,
        lead: (l) => (l.lang === 'en' ? c.capitalNote! : l.m.capital(l.c(c), l.place(capitalName))),
        ...(q.lang !== 'en'
          ? { context: c.capitalNote }
          : { context: (l: Loc) => l.m.capital(l.c(c), l.place(capitalName)) }),
        sources: [c.sources],
      };
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${l.place(capitalName)}`,
      ...(verdict && { verdict }),
      lead: (l) =>
        `${verdict === 'no' && other ? l.m.notCapital(l.place(other), l.c(c), l.place(capitalName)) : l.m.capital(l.c(c), l.place(capitalName))}${q.main('code') ? ` ${l.m.codes(l.c(c), c.id, c.iso3)}` : ''}`,
      ...(c.capitalNote && { context: c.capitalNote }),
      sources: [c.sources],
    };
  },
};

/** "What is India's ISO code?", "which country is PK?", "what is TJK?" */
export const code: Intent = {
  id: 'code',
  priority: 63,
  examples: [
    { q: "what is india's iso code", must: ['IN', 'IND'] },
    { q: 'which member has the code BY', must: ['Belarus'] },
    { q: 'what is TJK', must: ['Tajikistan'] },
  ],
  match(q) {
    const cs = q.countries.filter((c) => c.by !== 'demonym');
    if (cs.length === 0) return undefined;
    if (q.main('code') && !(q.main('list', 'all') && cs.length > 2)) return 90;
    // "which country is PK", "what is TJK": a code alone, asked what it is.
    if (
      cs.length === 1 &&
      cs[0]!.by === 'code' &&
      (q.form === 'which' || q.form === 'what' || q.form === 'fragment') &&
      !q.main('join', 'member', 'partner', 'status', 'capital', 'partOf')
    )
      return 85;
    return undefined;
  },
  answer(q, f) {
    const c = q.countries.filter((x) => x.by !== 'demonym')[0]!.country;
    const acc = f.accession(c.id);
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${c.id} / ${c.iso3}`,
      lead: (l) => l.m.codes(l.c(c), c.id, c.iso3),
      context: (l) =>
        acc?.from
          ? l.m.memberSince(l.c(c), l.d(acc.from))
          : l.m.notMemberIs(l.c(c), l.status(f.statusOn(c.id)[0]?.status ?? 'none')),
      sources: [c.sources, acc?.sources ?? f.statusOn(c.id)[0]?.sources ?? []],
    };
  },
};
