import type { CountryT } from '../../facts/schema.js';
import type { Verdict } from '../draft.js';
import type { AskFacts } from '../facts.js';
import type { Loc } from '../draft.js';
import { latinWords } from '../../base/text.js';
import { SET_APART } from '../lexicon/common.js';
import type { Question } from '../understand/question.js';
import type { Intent } from './types.js';
import { notHeldDraft } from './shared.js';

function standingLabel(f: AskFacts, c: CountryT): string {
  return f.statusOn(c.id)[0]?.status ?? 'none';
}

/** The countries whose capital is asked: named ones, or a demonym alone ("the Kazakh capital"). */
function capitalOf(q: Question) {
  // ("the capitals of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, the four founders besides China and Russia": the
  // ones set apart after the others are named are not asked.)
  const apart = q.words.findIndex(
    (_, i) => SET_APART_AT.test(q.words.slice(i, i + 2).join(' ')) && q.countries.some((c) => c.at < i),
  );
  const named = q.countries.filter((c) => c.by !== 'demonym' && (apart < 0 || c.at < apart));
  if (named.some((c) => c.by !== 'capital') || !q.main('capital')) return named;
  const demonyms = q.countries.filter((c) => c.by === 'demonym');
  return demonyms.length === 1 ? [...demonyms, ...named] : named;
}

/** Where words set countries apart from those named before ("besides", "except", "apart from", "other than"). */
const SET_APART_AT = new RegExp(`^(?:${SET_APART})\\b`);

/**
 * "Our archive has a 'Nur-Sultan' dateline — when was it called that?", "the 2024 summit: was the city still called
 * Nur-Sultan?", "Kazakhstan's capital is Nur-Sultan, right?": a capital's earlier name, asked about as a name (what it was
 * called, the capital or city it names, whether it holds), wherever in the question it stands.
 */
function oldCapitalAsked(q: Question): Question['renamedCapital'] {
  const old = q.renamedCapital;
  // (A capital asked for, "is it still Nur-Sultan?", is the capital's own answer, which names the earlier name after it.)
  if (
    !old ||
    q.form === 'list' ||
    q.main('list', 'tourism') ||
    (q.main('capital') && q.form !== 'when' && !q.eventNamed && !q.time)
  )
    return undefined;
  // ("is the capital Astana again? our docs still say Nur-Sultan": which name is asked yes or no of is the capital's own
  // answer; "… Astana, … 'Nur-Sultan'. Same city?" asks whether the two are one.)
  const now = latinWords(old.country.capital.replace(/,.*$/, '')).join(' ');
  if (q.form === 'yesno' && !q.words.includes('same') && ` ${q.words.join(' ')} `.includes(` ${now} `))
    return undefined;
  const asked =
    q.has('called') ||
    q.has('capital') ||
    q.words.some((w) => /^(city|same|dateline|datelines|renamed|name|names|spelling)$/.test(w));
  return asked ? old : undefined;
}

/**
 * Whether a capital bore a name on a day or in a year (ISO). A year asked holds the name when any of it did: compared by
 * years; a day by as much of it as the period gives.
 */
function nameHeldOn(period: { from: string; to: string }, on: string): boolean {
  const n = on.length === 4 ? 4 : undefined;
  return (
    on.slice(0, n ?? period.from.length) >= period.from.slice(0, n) &&
    on.slice(0, n ?? period.to.length) <= period.to.slice(0, n)
  );
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
    const cs = capitalOf(q);
    // "What was Astana called (in 2020)?": a capital's name at another time, asked about.
    const nameOfCapital =
      q.main('called') && cs.length === 1 && cs[0]!.by === 'capital' && (q.tense === 'past' || q.time !== undefined);
    // "when was astana called nur-sultan?", "astana vs nur-sultan — which years?": a capital's two names set side by side
    // ask when it bore which, whatever meeting of that city the question also names.
    const byName = q.countries.filter((c) => c.by === 'capital');
    const renamed =
      byName.length === 1 &&
      q.places.some((p) => byName[0]!.country.capitalOldNames.some((n) => n.toLowerCase() === p.toLowerCase()));
    // ("Kazakhstan's capital has changed names a couple of times; walk me through it", "the summit city goes by two names
    // (astana / nur-sultan), explain the name changes": the names a capital bore, over time.)
    const one = cs.filter((c) => c.role !== 'aside');
    if (
      one.length === 1 &&
      q.has('called') &&
      q.has('growth') &&
      (q.has('capital') || one[0]!.by === 'capital') &&
      // (Not one aspect of a country's path: "Kazakhstan ka SCO journey — founder, chairmanship, capital ka naam change".)
      !q.has('path') &&
      one[0]!.country.capitalOldNames.length > 0
    )
      return 94;
    if (renamed && q.form !== 'list') return 92;
    if (oldCapitalAsked(q)) return 93;
    if ((!q.main('capital') && !nameOfCapital) || q.main('tourism')) return undefined;
    // ("how much capital is pakistan putting into the SCO bank?": an amount of money, not a city.)
    if (q.quantity === 'much') return undefined;
    // "was nur-sultan the capital?", "almaty - wasn't it the capital?": a place alone, which a country's capital note may name.
    // (Not a place the data's own passages name as a capital of something else: "Cholpon-Ata a été désignée capitale de
    // quoi ?" is the SCO's tourism capital.)
    if (cs.length === 0 && q.places.length === 1 && q.countries.length === 0 && !q.eventNamed)
      return q.passage && !q.passage.unknown && q.passage.text.toLowerCase().includes(q.places[0]!.toLowerCase())
        ? undefined
        : 80;
    if (cs.length === 0) return undefined;
    // ("need the capital of each central asian member: KZ, KG, TJ, UZ": several countries' capitals, below a list of all.)
    return q.main('list', 'all') && cs.length > 2 ? 70 : 90;
  },
  answer(q, f) {
    const old = oldCapitalAsked(q);
    if (old) {
      const c = old.country;
      const capitalName = c.capital.replace(/,.*$/, '');
      const period = c.capitalNamePeriods.find((x) => x.name.toLowerCase() === old.name.toLowerCase());
      // The day the name is checked on: the meeting named, the year named, or today; "the same city?" holds on any day.
      const on = q.eventNamed ? q.events[0]?.start : q.time ? String(q.time.year) : f.today.toISOString().slice(0, 10);
      const within = q.words.includes('same') || (!!period && !!on && nameHeldOn(period, on));
      return {
        kind: 'fact',
        title: (l) => `${l.c(c)}: ${l.place(capitalName)}`,
        ...(q.form === 'yesno' && { verdict: within ? ('yes' as const) : ('no' as const) }),
        // ("When was it called that?": the years of the name first; otherwise the name now, then its history.)
        lead: (l) =>
          l.lang === 'en' && c.capitalNote && q.form === 'when'
            ? c.capitalNote
            : l.m.capital(l.c(c), l.place(capitalName)),
        context: (l: Loc) =>
          l.lang === 'en' && q.form === 'when' ? l.m.capital(l.c(c), l.place(capitalName)) : (c.capitalNote ?? ''),
        sources: [c.sources],
      };
    }
    if (capitalOf(q).length === 0) {
      const place = q.places[0]!;
      const said = (x: CountryT) =>
        x.capitalOldNames.some((n) => n.toLowerCase() === place.toLowerCase()) ||
        latinWords(x.capitalNote ?? '')
          .join(' ')
          .includes(latinWords(place).join(' '));
      const c = f.store.countries().find(said);
      if (!c?.capitalNote) return notHeldDraft(q);
      const now = c.capital.replace(/,.*$/, '');
      return {
        kind: 'fact',
        title: (l) => `${l.c(c)}: ${l.place(now)}`,
        // The note names it as a name or seat the capital had before: Yes of the past, No of now.
        ...(q.form === 'yesno' && { verdict: q.tense === 'past' ? ('yes' as const) : ('no' as const) }),
        lead: (l) => (l.lang === 'en' ? c.capitalNote! : l.m.capital(l.c(c), l.place(now))),
        context: (l) => (l.lang === 'en' ? l.m.capital(l.c(c), l.place(now)) : c.capitalNote!),
        sources: [c.sources],
      };
    }
    const byCapital = q.countries.filter((c) => c.by === 'capital').map((c) => c.country);
    // ("astana — was it still called nur-sultan when belarus joined there in 2024?": a country only in the clause that
    // dates the question is not the one whose capital is asked, when the capital is named in the question itself.)
    const capitalMain = q.countries.some((c) => c.by === 'capital' && c.role === 'main');
    const named = capitalOf(q)
      .filter((c) => c.by !== 'capital' && !(capitalMain && c.role === 'sub'))
      .map((c) => c.country);
    // "capitals of kyrgyzstan and tajikistan": each country's capital, one sentence each.
    if (named.length >= 2 && named.length <= 4 && q.form !== 'yesno')
      return {
        kind: 'fact',
        title: (l) => named.map((x) => `${l.c(x)}: ${l.place(x.capital.replace(/,.*$/, ''))}`).join(' · '),
        lead: (l) => named.map((x) => l.m.capital(l.c(x), l.place(x.capital.replace(/,.*$/, '')))).join(' '),
        sources: named.map((x) => x.sources),
      };
    const c = named[0] ?? byCapital[0]!;
    // "Is Almaty the capital of Kazakhstan?": a place named beside the country.
    const capitalName = c.capital.replace(/,.*$/, '');
    const other = q.places.find((p) => p.toLowerCase() !== c.capital.toLowerCase());
    // "Is Astana the capital of Kazakhstan?": the capital named as a place (a city meetings were held in) is named too.
    const capitalNamed =
      byCapital.some((x) => x.id === c.id) || q.places.some((p) => p.toLowerCase() === capitalName.toLowerCase());
    const verdict: Verdict | undefined = q.form === 'yesno' ? (capitalNamed && !other ? 'yes' : 'no') : undefined;
    void standingLabel;
    // Its name asked about: what the data notes of its names answers first.
    if (q.main('called') && !q.main('capital') && (q.tense === 'past' || q.time) && c.capitalNote) {
      // "was astana still called nur-sultan at the 2024 summit?": the name's period against the meeting's or year's date.
      const period = c.capitalNamePeriods.find((x) => q.places.some((p) => p.toLowerCase() === x.name.toLowerCase()));
      const on = q.eventNamed ? q.events[0]?.start : q.time ? String(q.time.year) : undefined;
      const within = period && on ? nameHeldOn(period, on) : undefined;
      return {
        kind: 'fact',
        title: (l) => `${l.c(c)}: ${l.place(capitalName)}`,
        ...(q.form === 'yesno' && within !== undefined && { verdict: within ? ('yes' as const) : ('no' as const) }),
        lead: (l) => (l.lang === 'en' ? c.capitalNote! : l.m.capital(l.c(c), l.place(capitalName))),
        ...(q.lang !== 'en'
          ? { context: c.capitalNote }
          : { context: (l: Loc) => l.m.capital(l.c(c), l.place(capitalName)) }),
        sources: [c.sources],
      };
    }
    // ("one student says Bishkek is capital of Tajikistan??": the city put wrongly is another country's capital, said too.)
    const otherCountry =
      verdict === 'no' && other
        ? f.store.countries().find((x) => x.id !== c.id && x.capital.replace(/,.*$/, '') === other)
        : undefined;
    return {
      kind: 'fact',
      title: (l) => `${l.c(c)}: ${l.place(capitalName)}`,
      ...(verdict && { verdict }),
      lead: (l) =>
        `${verdict === 'no' && other ? l.m.notCapital(l.place(other), l.c(c), l.place(capitalName)) : l.m.capital(l.c(c), l.place(capitalName))}${q.main('code') ? ` ${l.m.codes(l.c(c), c.id, c.iso3)}` : ''}`,
      ...(otherCountry
        ? { context: (l: Loc) => l.m.capital(l.c(otherCountry), l.place(other!)) }
        : c.capitalNote && { context: c.capitalNote }),
      sources: [c.sources, ...(otherCountry ? [otherCountry.sources] : [])],
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
    // "3-letter ISO codes for all ten members": every member's codes.
    if (cs.length === 0 && q.main('code') && q.main('member')) return 95;
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
    if (q.countries.every((x) => x.by === 'demonym')) {
      const members = f.members().map((m) => m.country);
      return {
        kind: 'fact',
        title: (l) => `${l.org}: ${l.n(members.length)}`,
        lead: (l) => members.map((c) => l.m.codes(l.c(c), c.id, c.iso3)).join(' '),
        sources: members.map((c) => c.sources),
      };
    }
    const named = q.countries.filter((x) => x.by !== 'demonym' && x.role !== 'aside').map((x) => x.country);
    // "iso codes for kyrgyzstan and tajikistan": each country's codes, one sentence each.
    if (named.length >= 2 && named.length <= 4)
      return {
        kind: 'fact',
        title: (l) => named.map((c) => `${l.c(c)}: ${c.id} / ${c.iso3}`).join(' · '),
        lead: (l) => named.map((c) => l.m.codes(l.c(c), c.id, c.iso3)).join(' '),
        sources: named.map((c) => c.sources),
      };
    const c = q.countries.filter((x) => x.by !== 'demonym')[0]!.country;
    const acc = f.accession(c.id);
    // "my spreadsheet has KYR as the ISO code for Kyrgyzstan, that's right?": a code put to be checked is one of the
    // country's or not.
    const own = [c.id.toLowerCase(), c.iso3.toLowerCase()];
    const claimed = q.words.filter((w) => /^[a-z]{2,3}$/.test(w) && (q.unknownWords.includes(w) || own.includes(w)));
    const verdict =
      q.form === 'yesno' && claimed.length > 0 ? (claimed.every((w) => own.includes(w)) ? 'yes' : 'no') : undefined;
    return {
      kind: 'fact',
      ...(verdict && { verdict }),
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

/** The name a country is named by, when it is one of its earlier names ("Persia", "Kirghizia"). */
function oldNameUsed(q: Question): { ref: Question['countries'][number]; old: string } | undefined {
  for (const ref of q.countries) {
    if (ref.by !== 'name' || ref.at < 0) continue;
    const typed = q.words.slice(ref.at, ref.at + (ref.len ?? 1)).join(' ');
    // "When did Iran ask to stop calling it Persia?": the earlier name anywhere in the question, beside the current one.
    const all = ` ${q.words.join(' ')} `;
    const old = ref.country.oldNames.find(
      (n) => latinWords(n).join(' ') === typed || all.includes(` ${latinWords(n).join(' ')} `),
    );
    if (old) return { ref, old };
  }
  return undefined;
}

/** An earlier name asked by its age: "old name", "former Western names", "historical name". */
const OLD_NAME = /\b(old|older|former|earlier|historic|historical)( \w+)? names?\b/;

/** "What was Iran called before?": one country named, its earlier name asked for (the first the data holds). */
function oldNameAsked(q: Question): { ref: Question['countries'][number]; old: string } | undefined {
  const named = q.countries.filter((c) => c.by === 'name');
  // ("Iran's old Western name", "former names for belarus": the name's age said by an adjective.)
  const earlier = q.has('before') || q.has('previous') || OLD_NAME.test(q.words.join(' '));
  if (named.length !== 1 || !q.main('called') || !earlier || q.main('capital')) return undefined;
  const old = named[0]!.country.oldNames[0];
  return old ? { ref: named[0]!, old } : undefined;
}

/** "When did Persia become Iran?", "what's Kirghizia?": a country named by an earlier name, its names asked about. */
export const formerName: Intent = {
  id: 'former-name',
  priority: 65,
  examples: [
    { q: 'when did persia become iran', must: ['Iran', '1935'] },
    { q: 'what is kirghizia', must: ['Kyrgyzstan'] },
  ],
  match(q) {
    const hit = oldNameUsed(q) ?? oldNameAsked(q);
    if (!hit) return undefined;
    if (!oldNameUsed(q)) return 94;
    const current = latinWords(hit.ref.country.name).join(' ');
    const both = ` ${q.words.join(' ')} `.includes(` ${current} `);
    // ("is 'Persia' ok as an alt name for Iran in our historical section?": the name asked of beats a history the aside names.)
    // (Not its official name: "Kirgizia / Kyrgyzstan — what's the official name?".)
    if (both && q.main('called') && !q.words.some((w) => OFFICIAL.test(w))) return 94;
    if (both || q.main('called')) return 92;
    // "What's Kirghizia?": nothing asked of it but what it is.
    if ((q.form === 'what' || q.form === 'fragment') && !q.cues.some((c) => c.role === 'main' && c.cue !== 'called'))
      return 85;
    // "old docs say 'Kirghizia' - which member is that": which country the old name is.
    // "kirghizia is which country now": the country asked for by name.
    const w = q.words.join(' ');
    if (
      (q.form === 'which' || q.form === 'what') &&
      (/\b(is|was) (that|it|this)$/.test(w) || /\b(which|what) (country|member|state)\b/.test(w))
    )
      return 88;
    return undefined;
  },
  answer(q, f) {
    const { ref, old } = (oldNameUsed(q) ?? oldNameAsked(q))!;
    const c = ref.country;
    const key = latinWords(old).join(' ');
    const about = (text: string) => ` ${latinWords(text).join(' ')} `.includes(` ${key} `);
    const note = c.caveat?.split(/(?<=\.)\s+(?=[A-Z'])/).find(about);
    const own = c.sources.filter((id) => about(f.store.cite(id)?.title ?? ''));
    // "Is Persia the same country as Iran?": yes, by the names the data holds.
    const current = latinWords(c.name).join(' ');
    const both = ` ${q.words.join(' ')} `.includes(` ${current} `);
    // ("old names for belarus? byelorussia and what else": all of them, when names are asked.)
    const all =
      q.form !== 'yesno' && c.oldNames.length > 1 && /\b(names|else|other|others|all)\b/.test(q.words.join(' '));
    return {
      kind: 'fact',
      title: (l) => `${old}: ${l.c(c)}`,
      ...(q.form === 'yesno' && both && { verdict: 'yes' as const }),
      lead: (l) => (all ? l.m.oldNamesOf(l.list(c.oldNames), l.c(c)) : l.m.oldNameOf(old, l.c(c))),
      ...(note && { context: note }),
      sources: [own.length > 0 ? own : c.sources],
    };
  },
};

/**
 * Cues a question that only puts two city names as one may carry ("is X the same city as Y?", "was astana ever called
 * nur-sultan?").
 */
const EQUATING_CUES = new Set(['same', 'difference', 'location', 'capital', 'called', 'true', 'ever']);

/**
 * "A = B?", "is A the same city as B?": two capital names put as one, asked yes or no —
 * Yes when one is an earlier name of the other, No when they are the capitals of two countries.
 */
export const capitalNames: Intent = {
  id: 'capital-names',
  priority: 61,
  examples: [{ q: 'Tashkent = Astana?', must: ['No', 'Tashkent', 'Astana'] }],
  match(q) {
    if (q.form !== 'yesno' || !q.capitalsNamed || q.countries.some((c) => c.by !== 'capital')) return undefined;
    // ("the 2024 summit in astana - is that the same city as nur-sultan?", "i keep seeing Nur-Sultan in old docs — is
    // that a different city from Astana?": what stands before "same" or "different" only names the cities.)
    const pivot = q.cues.find((c) => c.cue === 'same' || c.cue === 'difference');
    if (
      q.cues.some(
        (c) =>
          c.role === 'main' &&
          !EQUATING_CUES.has(c.cue) &&
          !(pivot && c.at < pivot.at) &&
          !(c.cue === 'after' && q.words[c.at] === 'from'),
      )
    )
      return undefined;
    return 93;
  },
  answer(q, _f) {
    const [a, b] = q.capitalsNamed!;
    const same = a!.id === b!.id;
    // ("… is that a different city from Astana?": asked the other way round.)
    const different = q.main('difference');
    const cs = same ? [a!] : [a!, b!];
    const cap = (c: CountryT) => c.capital.replace(/,.*$/, '');
    // ("in 2017, was astana called nur-sultan?": one city's two names, asked of a day, is whether the name held then.)
    const period = same
      ? a!.capitalNamePeriods.find((x) => q.places.some((p) => p.toLowerCase() === x.name.toLowerCase()))
      : undefined;
    // (Of the year asked only: a meeting found by the city's name dates nothing here.)
    const on = q.time ? String(q.time.year) : undefined;
    const heldThen = period && on && q.main('called') ? nameHeldOn(period, on) : undefined;
    return {
      kind: 'fact',
      title: (l) => cs.map((c) => `${l.c(c)}: ${l.place(cap(c))}`).join(' · '),
      verdict: heldThen !== undefined ? (heldThen ? 'yes' : 'no') : same !== different ? 'yes' : 'no',
      lead: (l) => cs.map((c) => l.m.capital(l.c(c), l.place(cap(c)))).join(' '),
      ...(same && a!.capitalNote && { context: a!.capitalNote }),
      sources: cs.map((c) => c.sources),
    };
  },
};

/** "Official" and "name" in the Latin-script languages ("official long names", "nombre oficial", "resmi adı"). */
const OFFICIAL = /^(official|formal|offizielle[nrs]?|amtliche[nrs]?|oficial|officiel|officielle|resmi)$/;
const NAME = /^(names?|title|nombre|nom|adi|adı|bezeichnung)$/;

/** "Kyrgyzstan's official name?", "official long names: iran / belarus / kyrgyzstan": each country's formal name. */
export const officialName: Intent = {
  id: 'official-name',
  priority: 59,
  examples: [
    { q: 'kyrgyzstan official name for a formal caption?', must: ['Kyrgyz Republic'] },
    { q: 'official long names: iran / belarus', must: ['Islamic Republic of Iran', 'Republic of Belarus'] },
  ],
  match(q) {
    const named = q.countries.filter((c) => c.by !== 'demonym');
    if (named.length === 0 || named.length > 5) return undefined;
    const asked = q.words.some((w) => OFFICIAL.test(w)) && q.words.some((w) => NAME.test(w));
    // (Not "official languages", "officially joined": a name must be asked.)
    // (Nor a person's name in its official spelling: "Who is Iran's defence minister now? … the name in its official
    // English spelling.")
    const personAsked = q.form === 'who' || q.people.length > 0 || q.main('minister', 'secgen', 'director', 'head');
    return asked && !(personAsked && q.words.some((w) => /^(spelling|spelled|spelt|transliteration)$/.test(w)))
      ? 93
      : undefined;
  },
  answer(q) {
    const cs = q.countries.filter((c) => c.by !== 'demonym').map((c) => c.country);
    const unique = cs.filter((c, i) => cs.findIndex((x) => x.id === c.id) === i);
    // ("is 'Kyrgyz Republic' the official name of Kyrgyzstan?": whether the name put is the official one.)
    const only = unique.length === 1 ? unique[0] : undefined;
    const verdict: Verdict | undefined =
      q.form === 'yesno' && only
        ? latinWords(only.officialName).every((w) => q.words.includes(w))
          ? 'yes'
          : 'no'
        : undefined;
    return {
      kind: 'fact',
      ...(verdict && { verdict }),
      title: (l) => unique.map((c) => `${l.c(c)}: ${c.officialName}`).join(' · '),
      // ("Belarus factsheet: official name and capital?", "… and its ISO code": what else the line asks of the country.)
      lead: (l) =>
        unique
          .map((c) =>
            [
              l.m.officialName(l.c(c), c.officialName),
              ...(q.has('capital') ? [l.m.capital(l.c(c), l.place(c.capital.replace(/,.*$/, '')))] : []),
              ...(q.has('code') ? [l.m.codes(l.c(c), c.id, c.iso3)] : []),
            ].join(' '),
          )
          .join(' '),
      sources: unique.map((c) => c.sources),
    };
  },
};

/** Words that ask how a name is written or said ("called", "spelling", "how do you write"). */
const WRITTEN =
  /^(called|call|named|name|names|spelling|spellings|spelled|spelt|spell|written|write|say|native|endonym|endonyms|local|escribe|escriben|llama|ecrit|ecrire|appelle|schreibt|heisst|yazilir|yazilis|denir)$/;
/** The cues a question about a country's name in a language may carry. */
const NAMING_CUES = new Set(['language', 'nationality', 'called', 'how', 'announce', 'standFor', 'full']);
/** The script asked for instead of a language ("in Cyrillic"). */
const CYRILLIC = /^(cyrillic|kyrillisch|cirilico|cyrillique|kiril)$/;

/** The name the data gives a country in the language asked, or in Cyrillic: the country's own first. */
function writtenIn(c: CountryT, q: Question): CountryT['nativeNames'][number] | undefined {
  if (q.words.some((w) => CYRILLIC.test(w))) {
    const cyr = c.nativeNames.filter((n) => /\p{Script=Cyrillic}/u.test(n.name));
    return cyr.find((n) => n.lang !== 'ru') ?? cyr[0];
  }
  const langs = q.languages.length > 0 ? q.languages : [...peoplesLanguage(q).keys()];
  return langs.map((l) => c.nativeNames.find((n) => n.lang === l)).find((n) => n !== undefined);
}

/**
 * "The Chinese name for Kazakhstan": a people's word put right before the naming word names the language, that
 * country's own (the first of its native names); that country is not the one whose name is asked.
 */
function peoplesLanguage(q: Question): Map<string, CountryT> {
  const out = new Map<string, CountryT>();
  if (q.languages.length > 0) return out;
  for (const c of q.countries) {
    const lang = c.country.nativeNames[0]?.lang;
    if (c.by === 'demonym' && lang && WRITTEN.test(q.words[c.at + (c.len ?? 1)] ?? '')) out.set(lang, c.country);
  }
  return out;
}

/** The countries whose names are asked: not one named only to give the language. */
function namedCountries(q: Question): CountryT[] {
  const asLanguage = new Set([...peoplesLanguage(q).values()].map((c) => c.id));
  return q.countries.map((c) => c.country).filter((c) => !asLanguage.has(c.id));
}

/** "What is the Kazakh-language spelling of Kazakhstan?", "Belarus in Cyrillic?": a country's name in a language. */
export const nativeName: Intent = {
  id: 'native-name',
  priority: 54,
  examples: [
    { q: 'what is the kazakh-language spelling of kazakhstan?', must: ['Қазақстан'] },
    { q: 'how is belarus spelled in cyrillic', must: ['Беларусь'] },
    { q: '¿cómo se escribe Pakistán en urdu?', must: ['پاکستان'] },
  ],
  match(q) {
    const cs = namedCountries(q);
    if (cs.length === 0 || cs.length > 3 || !q.words.some((w) => WRITTEN.test(w))) return undefined;
    // (Not a person's name spelled in a language, nor which languages are official; nor what a body, a meeting or a
    // source is called or says: only a country's name, asked with words of language and naming.)
    if (q.people.length > 0 || q.bodies.length > 0 || q.otherOrgs.length > 0 || q.words.includes('official'))
      return undefined;
    if (!/^(what|which|how|fragment|yesno)$/.test(q.form)) return undefined;
    if (q.cues.some((c) => c.role === 'main' && !NAMING_CUES.has(c.cue))) return undefined;
    return cs.some((c) => writtenIn(c, q)) ? 94 : undefined;
  },
  answer(q) {
    const cs = namedCountries(q).filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
    const found = cs.flatMap((c) => {
      const n = writtenIn(c, q);
      return n ? [{ c, n }] : [];
    });
    return {
      kind: 'fact',
      title: (l) => found.map(({ c, n }) => `${l.c(c)}: ${n.name}`).join(' · '),
      lead: (l) => found.map(({ c, n }) => l.m.nativeName(l.c(c), l.language(n.lang), n.name, n.latin)).join(' '),
      sources: found.map(({ c }) => c.sources),
    };
  },
};
