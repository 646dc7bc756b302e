import { distance } from 'fastest-levenshtein';
import type { FactStore } from '../../facts/store.js';
import type { BodyKeyT, CountryT, EventT, LocalisedNameT, OfficialT } from '../../facts/schema.js';
import { latinWords, normaliseName } from '../../base/text.js';
import { LOCALE, type Lang } from './language.js';
import { isMonth } from './time.js';
import { foldAll } from './tokens.js';
import { neighbourSlip } from './text.js';
import { unnamed } from './unnamed.js';
import { FirstLetterIndex } from './substrings.js';

/**
 * Every name the data holds, indexed once per store in the forms a question may use: countries
 * (through the store's resolver, plus Russian case endings and lower-case ISO codes), places,
 * people, the organisation, its predecessor and bodies, other organisations and languages.
 */

export interface Form<T> {
  value: T;
  /** Folded Latin words (Latin forms) or a folded substring (other scripts). */
  words?: string[];
  sub?: string;
}

const LATIN_SCRIPT = /^(en|de|es|fr|tr)$/;

export type NameKind =
  | 'place'
  | 'person'
  | 'body'
  | 'genericBody'
  | 'org'
  | 'predecessor'
  | 'otherOrg'
  | 'language'
  | 'capital'
  | 'figure'
  | 'region';
export interface NameHit {
  kind: NameKind;
  value: unknown;
  at: number;
  len: number;
}

/** The lower-case codes after a dot, as web addresses end ("24.kg", "tass.ru"). */
function domains(text: string): Set<string> {
  return new Set([...text.matchAll(/[\p{L}\p{N}]\.([a-z]{2,3})(?![\p{L}\p{N}])/gu)].map((m) => m[1]!));
}

/** Two- and three-letter codes that are ordinary words in lower case (in some language asked in). */
/** A noun of study after a two-letter code ("IR exam", "IR students") makes it a field of study. */
const STUDY_NOUN =
  /^(exams?|class(es)?|courses?|theory|theories|students?|majors?|degrees?|prof|professors?|departments?|dept|scholars?|papers?|essays?|seminars?|lectures?|modules?|tests?|quiz(zes)?|homework|assignments?|textbooks?|syllabus|revision)$/;
const WORDLIKE_CODES = new Set([
  'in',
  'by',
  'am',
  'us',
  'la',
  'de',
  'sa',
  'mm',
  'af',
  'ind',
  'are',
  'can',
  'fra',
  'aze',
  'arm',
  'eg',
  'lao',
  'tur',
  'pak',
  'rus',
  'mn',
  'kh',
  'np',
  'tm',
  'bd',
  'ae',
  'be',
  'es',
  'fr',
  'it',
  'no',
  'so',
  'do',
  'to',
  'me',
  'my',
  'as',
  'an',
  'or',
  'id',
  'at',
  'is',
  'qa',
  'sg',
]);

function forms<T>(value: T, names: readonly string[]): Form<T>[] {
  const out: Form<T>[] = [];
  for (const n of names) {
    const words = latinWords(n);
    if (/^[\p{Script=Latin}\p{M}\d\s'’.,()-]+$/u.test(n) && words.length > 0) out.push({ value, words });
    else {
      const sub = foldAll(n).trim();
      // A Russian name declines ("Тяньцзинь", "в Тяньцзине"): its stem without the last vowel or soft sign.
      const stem = /^[\p{Script=Cyrillic}-]{5,}$/u.test(sub) ? sub.replace(/[ьаяйоеиыу]$/u, '') : sub;
      if (stem) out.push({ value, sub: stem });
    }
  }
  return out;
}

function allNames(n: LocalisedNameT | undefined): string[] {
  if (!n) return [];
  return [...Object.values(n.display), ...Object.values(n.recognise).flat()].filter(
    (x): x is string => typeof x === 'string',
  );
}

/** A country named in a question: where, how, and where it is named again by name (a later naming may be what is asked). */
interface CountryHit {
  country: CountryT;
  at: number;
  len: number;
  by: 'name' | 'code' | 'demonym' | 'fuzzy' | 'native';
  again?: number[];
  /** Where the name stands, when the country was first named by its demonym ("Iranian … Iran"). */
  namedAt?: number;
  namedLen?: number;
}

export class NameIndex {
  readonly org: Form<true>[];
  readonly predecessor: Form<true>[];
  readonly bodies: Form<BodyKeyT>[];
  readonly genericBodies: Form<BodyKeyT>[];
  readonly places: Form<string>[];
  readonly people: Form<{ official: OfficialT; predecessorName?: string }>[];
  readonly otherOrgs: Form<number>[];
  /** Regions by their M49 name ("Southern Asia"). */
  readonly regions: Form<string>[];
  readonly languages: Form<string>[];
  readonly capitals: Form<CountryT>[];
  readonly cyrillic: { stem: string; country: CountryT; endings?: readonly string[] }[] = [];
  /** Latin forms of every country name (folded words joined by spaces) → country and how it names it. */
  private readonly latinCountry = new Map<
    string,
    { country: CountryT; kind: 'name' | 'code' | 'demonym' | 'native' }
  >();
  /** How many words the longest Latin country name starting with a word has (one when none starts with it). */
  private readonly latinCountryWords = new Map<string, number>();
  /** Country names in other scripts, longest first (中华人民共和国 before 中国). */
  private readonly scriptCountry: { key: string; country: CountryT }[] = [];
  /** Single-word Latin names for near-miss matching. */
  // (A native name carries its language: "alianza" in Spanish is no slip of Turkish "Almanya".)
  private readonly fuzzyKeys: { key: string; country: CountryT; demonym: boolean; lang?: string }[] = [];
  /** Every word any data text uses (addresses left out): what the data could hold something on. */
  readonly vocabulary: ReadonlySet<string>;
  /** Every two words side by side in one data text ("development bank"). */
  readonly pairs: ReadonlySet<string>;

  constructor(readonly facts: FactStore) {
    const names = facts.data.ask.names;
    this.org = forms(true as const, allNames(names.organisation));
    this.predecessor = forms(true as const, allNames(names.predecessor));
    this.bodies = Object.entries(names.bodies).flatMap(([k, v]) => forms(k as BodyKeyT, allNames(v)));
    this.genericBodies = Object.entries(names.bodies).flatMap(([k, v]) =>
      forms(k as BodyKeyT, Object.values(v.generic ?? {}).flat()),
    );
    const placeKeys = new Set([...Object.keys(names.places), ...facts.data.events.map((e) => e.city)]);
    this.places = [...placeKeys].flatMap((p) => forms(p, [p, ...allNames(names.places[p])]));
    // People: full names, alternative names, distinctive surnames, names in other scripts, and
    // predecessors the data names only in a note ("replacing Ruslan Zhaksylykov").
    const people: Form<{ official: OfficialT; predecessorName?: string }>[] = [];
    const known = new Set(facts.data.officials.flatMap((o) => [o.name, ...o.altNames].map(normaliseName)));
    const parts = new Map<string, Set<string>>();
    for (const o of facts.data.officials)
      for (const n of [o.name, ...o.altNames])
        for (const p of normaliseName(n).split(' ')) parts.set(p, (parts.get(p) ?? new Set()).add(o.id));
    for (const o of facts.data.officials) {
      const own = [o.name, ...o.altNames];
      for (const n of own) {
        people.push(...forms({ official: o }, [n]));
        for (const p of normaliseName(n).split(' '))
          if (p.length >= 5 && parts.get(p)!.size === 1) people.push({ value: { official: o }, words: [p] });
      }
      people.push(...forms({ official: o }, allNames(names.people[o.id])));
      for (const m of (o.note ?? '').matchAll(
        /\b(?:replacing|succeeded|replaced|after) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/gu,
      )) {
        const prior = m[1]!.trim();
        if (known.has(normaliseName(prior))) continue;
        people.push(...forms({ official: o, predecessorName: prior }, [prior, prior.split(' ').at(-1)!]));
      }
    }
    this.people = people;
    this.regions = Object.entries(names.regions).flatMap(([k, v]) => forms(k, allNames(v)));
    this.otherOrgs = names.otherOrganisations.flatMap((o, i) =>
      forms(i, [o.name, ...Object.values(o.recognise).flat()]),
    );
    // Language names from Intl in every language asked in, for "is English an official language".
    const langs: Form<string>[] = [];
    const codes = [
      'en',
      'zh',
      'ru',
      'hi',
      'fa',
      'ur',
      'ar',
      'fr',
      'es',
      'de',
      'tr',
      'ja',
      'kk',
      'uz',
      'ky',
      'tg',
      'be',
      'mn',
      'ko',
      'pt',
      'it',
      'bn',
      'ps',
    ];
    for (const locale of Object.values(LOCALE)) {
      const dn = new Intl.DisplayNames([locale.split('-u-')[0]!], { type: 'language' });
      for (const c of codes) {
        const n = dn.of(c);
        if (n && n !== c) langs.push(...forms(c, [n]));
      }
    }
    for (const [code, list] of Object.entries(names.languageAliases)) langs.push(...forms(code, list));
    this.languages = langs;
    this.capitals = facts
      .countries()
      .flatMap((c) => forms(c, [c.capital.replace(/,.*$/, ''), ...allNames(names.places[c.capital])]));
    for (const c of facts.countries()) {
      for (const n of c.nativeNames) {
        if (n.lang !== 'ru' && n.lang !== 'be' && n.lang !== 'ky' && n.lang !== 'kk') continue;
        const key = foldAll(n.name).trim();
        if (!/^[\p{Script=Cyrillic} -]+$/u.test(key) || key.length < 5) continue;
        // Drop the ending that declension changes: Армения → Армени(и), Беларусь → Беларус(и).
        const stem = key.replace(/(ия|ья|ь|а|я|й|ы)$/u, '');
        if (stem.length >= 4) this.cyrillic.push({ stem, country: c });
        else if (stem.length === 3 && /ия$/u.test(key))
          this.cyrillic.push({ stem, country: c, endings: ['ия', 'ии', 'ию', 'ией', 'ийский', 'ийская', 'ийской'] });
      }
    }
    const rank = { name: 0, code: 1, native: 2, demonym: 3 };
    for (const c of facts.countries()) {
      const put = (n: string, kind: 'name' | 'code' | 'demonym' | 'native', lang?: string) => {
        const ws = latinWords(n);
        if (/^[\p{Script=Latin}\p{M}\d\s'’.,()-]+$/u.test(n) && ws.length > 0) {
          const key = ws.join(' ');
          const old = this.latinCountry.get(key);
          // A code that is also a word ("pak") gives way to a name or short form written the same.
          const weight = (k: keyof typeof rank) => (k === 'code' && WORDLIKE_CODES.has(key) ? 9 : rank[k]);
          if (!old || weight(kind) < weight(old.kind)) this.latinCountry.set(key, { country: c, kind });
          this.latinCountryWords.set(ws[0]!, Math.max(ws.length, this.latinCountryWords.get(ws[0]!) ?? 1));
          if (kind !== 'code' && ws.length === 1 && key.length >= (kind === 'demonym' ? 5 : 4))
            this.fuzzyKeys.push({ key, country: c, demonym: kind === 'demonym', ...(lang && { lang }) });
        } else {
          const key = foldAll(n).trim();
          if (key) this.scriptCountry.push({ key, country: c });
        }
      };
      for (const n of [c.name, c.officialName, ...c.aliases, ...c.oldNames, ...c.misspellings]) put(n, 'name');
      for (const n of c.nativeNames) {
        put(n.name, 'native', n.lang);
        if (n.latin) put(n.latin, 'native', n.lang);
      }
      for (const n of c.demonyms) {
        put(n, 'demonym');
        // "When did the Kazakhs join?": the people in the plural stand for their country.
        if (/^[A-Za-z]+$/.test(n) && !/(s|z|x|sh|ch|ese)$/i.test(n)) put(`${n}s`, 'name');
      }
      put(c.id, 'code');
      put(c.iso3, 'code');
    }
    this.scriptCountry.sort((a, b) => b.key.length - a.key.length);
    // The words the facts themselves use (not source titles, ids or topic keys): a question word outside them is one the data cannot answer.
    const { sources: _s, feeds: _f, ask: _a, rejectedSources: _r, ...records } = facts.data;
    const pairs = new Set<string>();
    const text = JSON.stringify(records, (key, value: unknown) => {
      if (SKIP_KEYS.has(key)) return undefined;
      if (typeof value === 'string') {
        const words = latinWords(value);
        for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
      }
      return value;
    }).replace(/https?:\/\/[^"\s]+/g, ' ');
    this.vocabulary = new Set(latinWords(text));
    this.pairs = pairs;
  }

  /** Countries named in the text: names, aliases, native names, demonyms, codes (in capitals, or lower case when no word), Russian case forms, near misses. */
  countries(
    text: string,
    words: string[],
    folded: string,
    lang: Lang,
    vocabulary: ReadonlySet<string>,
    stop: ReadonlySet<string>,
  ): CountryHit[] {
    const out: CountryHit[] = [];
    const add = unnamed((country: CountryT, at: number, by: (typeof out)[number]['by'], len = 1) => {
      const seen = out.find((o) => o.country.id === country.id);
      if (!seen) out.push({ country, at, by, len });
      // Where a country is named again by name: the role of a later naming may be what is asked.
      else if (by !== 'demonym' && at > seen.at) {
        (seen.again ??= []).push(at);
        // ("I'm preparing a seminar on Iranian foreign policy. When did Iran join?": named by name after its demonym.)
        if (seen.by === 'demonym' && by !== 'fuzzy' && seen.namedAt === undefined)
          Object.assign(seen, { namedAt: at, namedLen: len });
      }
    });
    // Both are read only when a code is met, which few questions hold: each is worked out on first use.
    let shoutingAt: boolean | undefined;
    const shouting = unnamed(
      () => (shoutingAt ??= text.replace(/[^A-Za-z]/g, '').length > 6 && text === text.toUpperCase()),
    );
    // Codes count in capitals ("IN", "RUS"); the words as typed tell which were capitals.
    let upperAt: Set<string> | undefined;
    const upper = unnamed(() => {
      if (upperAt) return upperAt;
      const typed = text
        .replace(/['’](?=\p{L})/gu, ' ')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      upperAt = new Set(
        typed.filter((w) => w.length >= 2 && w.length <= 3 && /^[A-Z]+$/.test(w)).map((w) => w.toLowerCase()),
      );
      return upperAt;
    });
    const taken = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      if (taken.has(i)) continue;
      // Only names that start with this word are looked up (no name is longer than the longest that does).
      for (let n = Math.min(4, words.length - i, this.latinCountryWords.get(words[i]!) ?? 1); n >= 1; n--) {
        const key = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
        const hit = this.latinCountry.get(key);
        if (!hit) continue;
        if (hit.kind === 'code') {
          // ("24.kg", "tass.ru": a site's domain, not the country of its code.)
          if (text.includes('.') && domains(text).has(key)) continue;
          const wordlike = WORDLIKE_CODES.has(key);
          if (wordlike && (!upper().has(key) || shouting() || lang !== 'en')) continue;
          if (!upper().has(key) && lang !== 'en') continue;
          // "revising for IR exam": a field of study, not a country's code.
          if (STUDY_NOUN.test(words[i + n] ?? '')) continue;
        }
        // ("is saudi a member?", "Saudi's been a full member since Tianjin": a demonym put as the subject is the country.)
        // ("saudi in the sco as what exactly?": so is one placed in the SCO.)
        // ("saudi = sco member?": so is one put before the standing asked of it; "2025-26 chair was kyrgyz yes?": and one put
        // as the chair.)
        const subject =
          AS_SUBJECT.test(words[i + n] ?? '') ||
          (/^(was|is)$/.test(words[i - 1] ?? '') &&
            /^(chair|chairman|chairmanship|presidency)$/.test(words[i - 2] ?? '')) ||
          (words[i + n] === 'in' && /^(the|sco)$/.test(words[i + n + 1] ?? '')) ||
          STANDING_AFTER.test(words[i + n] === 'sco' ? (words[i + n + 1] ?? '') : (words[i + n] ?? ''));
        add(hit.country, i, hit.kind === 'demonym' && subject ? 'name' : hit.kind, n);
        for (let j = i; j < i + n; j++) taken.add(j);
        break;
      }
    }
    // Other scripts: native names as substrings, longest first.
    if (/[^\u0020-\u024f\s]/.test(folded)) {
      let rest = folded;
      // A city's name may begin with a country's ("چینگدائو", Qingdao, starts with "چین", China): places first.
      for (const p of this.places)
        if (p.sub && rest.includes(p.sub)) rest = rest.split(p.sub).join(' '.repeat(p.sub.length));
      for (const { key, country } of this.scriptCountry) {
        const at = rest.indexOf(key);
        if (at < 0) continue;
        // (A short Cyrillic name, "РФ", only as a word of its own: not inside "арфа".)
        if (
          key.length <= 3 &&
          /^\p{Script=Cyrillic}+$/u.test(key) &&
          /\p{L}/u.test(`${rest[at - 1] ?? ''}${rest[at + key.length] ?? ''}`)
        )
          continue;
        // (An Arabic-script name only where a word begins: "ترکی" is not inside "مشترکی", joint.)
        if (
          /^\p{Script=Arabic}/u.test(key) &&
          /\p{Script=Arabic}/u.test(rest[at - 1] ?? '') &&
          /\p{L}/u.test(rest[at - 1] ?? '')
        )
          continue;
        add(country, at, 'native');
        rest = rest.slice(0, at) + ' '.repeat(key.length) + rest.slice(at + key.length);
      }
    }
    // Russian case forms: "Армении", "Беларуси", "Индии".
    if (lang === 'ru') {
      for (const m of folded.matchAll(/\p{Script=Cyrillic}[\p{Script=Cyrillic}-]{3,}/gu)) {
        const w = m[0];
        for (const { stem, country, endings } of this.cyrillic) {
          if (w.startsWith(stem) && (endings ? endings.includes(w.slice(stem.length)) : w.length - stem.length <= 3))
            add(country, m.index, 'native');
        }
      }
    }
    // Near misses of Latin names ("irann", "kazakstn"), for words that are neither vocabulary nor names.
    if (LATIN_SCRIPT.test(lang)) {
      words.forEach((w, i) => {
        if (
          taken.has(i) ||
          w.length < 5 ||
          stop.has(w) ||
          vocabulary.has(w) ||
          !/^[a-z]+$/.test(w) ||
          this.latinCountry.has(w)
        )
          return;
        const near = this.nearCountryKey(w, lang);
        if (near) add(near.country, i, near.demonym ? 'demonym' : 'fuzzy');
      });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  private nameKeysByFirst: Map<string, string[]> | undefined;

  /** The names whose first word is one edit from the word (two in long words, same first letter), when one word is nearest. */
  private nearForms(word: string): { kind: NameKind; value: unknown; words: string[] }[] | undefined {
    // A line and its parts are read apart, with the same words: each word's nearest name is worked out once a question.
    if (this.nearFormsSeen.has(word)) return this.nearFormsSeen.get(word);
    const found = this.nearFormsAnew(word);
    this.nearFormsSeen.set(word, found);
    return found;
  }

  private readonly nearFormsSeen = new Map<string, { kind: NameKind; value: unknown; words: string[] }[] | undefined>();
  private readonly nearCountrySeen = new Map<string, { country: CountryT; demonym: boolean } | undefined>();

  /** Forgets the near misses worked out for the question before: they are shared only within one question. */
  startQuestion(): void {
    this.nearFormsSeen.clear();
    this.nearCountrySeen.clear();
  }

  private nearFormsAnew(word: string): { kind: NameKind; value: unknown; words: string[] }[] | undefined {
    const allowed = word.length <= 7 ? 1 : 2;
    let best: string | undefined;
    let bestD = allowed + 1;
    let tie = false;
    if (!this.nameKeysByFirst) {
      this.nameKeysByFirst = new Map();
      for (const key of this.scanner!.latin.keys())
        if (key.length >= 5) this.nameKeysByFirst.set(key[0]!, [...(this.nameKeysByFirst.get(key[0]!) ?? []), key]);
    }
    for (const key of this.nameKeysByFirst.get(word[0]!) ?? []) {
      if (Math.abs(key.length - word.length) > allowed) continue;
      // (Two letters typed the wrong way round are one slip: "qingdoa".)
      const d = swapped(key, word) ? 1 : distance(key, word);
      if (d < bestD) [best, bestD, tie] = [key, d, false];
      else if (d === bestD) tie = true;
    }
    // Other organisations go by acronyms, which are not misspelt into words ("asian" is no slip of "ASEAN").
    const found =
      best !== undefined && !tie ? this.scanner!.latin.get(best)?.filter((f) => f.kind !== 'otherOrg') : undefined;
    return found?.length ? found : undefined;
  }

  /** A near miss of a country's Latin name: one edit (two in long names), unambiguous. */
  nearCountry(word: string, lang?: string): CountryT | undefined {
    return this.nearCountryKey(word, lang)?.country;
  }

  private nearCountryKey(word: string, lang?: string): { country: CountryT; demonym: boolean } | undefined {
    const seenKey = lang ? `${lang}:${word}` : word;
    if (this.nearCountrySeen.has(seenKey)) return this.nearCountrySeen.get(seenKey);
    const found = this.nearCountryKeyAnew(word, lang);
    this.nearCountrySeen.set(seenKey, found);
    return found;
  }

  private nearCountryKeyAnew(word: string, lang?: string): { country: CountryT; demonym: boolean } | undefined {
    const allowed = word.length <= 6 ? 1 : 2;
    let best: { country: CountryT; demonym: boolean } | undefined;
    let bestD = allowed + 1;
    let tie = false;
    for (const k of this.fuzzyKeys) {
      if (Math.abs(k.key.length - word.length) > allowed) continue;
      if (allowed === 2 && k.key[0] !== word[0]) continue;
      const d = distance(k.key, word);
      // (One letter swapped for another in a short word is a slip only between neighbouring keys: "Bursa" is no "Burma".)
      if (d === 1 && allowed === 1 && k.key.length === word.length && !neighbourSlip(k.key, word)) continue;
      // (Another language's name two edits off only when the word goes on from it: "indienne" from German "Indien".)
      if (d > 1 && k.lang && lang && k.lang !== lang && !word.startsWith(k.key.slice(0, -1))) continue;
      if (d < bestD) [best, bestD, tie] = [k, d, false];
      else if (d === bestD && k.country !== best?.country) tie = true;
    }
    return best && !tie && bestD <= allowed ? best : undefined;
  }

  /** The region a name names, written as Latin words or a folded script phrase ("south asian", "южной азии"). */
  regionNamed(name: readonly string[] | string): string | undefined {
    const key = typeof name === 'string' ? name : name.join(' ');
    this.regionIndex ??= new Map(this.regions.map((f) => [f.words ? f.words.join(' ') : f.sub!, f.value]));
    return this.regionIndex.get(key);
  }

  private regionIndex?: Map<string, string>;

  /** Every name written in another script (organisation, bodies, places, people, countries, capitals, other organisations), folded. */
  scriptForms(): readonly string[] {
    this.scriptNames ??= [
      ...[
        this.org,
        this.predecessor,
        this.bodies,
        this.genericBodies,
        this.places,
        this.people,
        this.otherOrgs,
        this.regions,
        this.capitals,
        this.languages,
      ].flatMap((list) => (list as Form<unknown>[]).map((f) => f.sub ?? '')),
      ...this.scriptCountry.map((c) => c.key),
    ]
      .filter((x) => x.length > 0)
      .sort((a, b) => b.length - a.length);
    return this.scriptNames;
  }

  private scriptNames?: string[];

  /** Every name form of every kind, indexed by first Latin word (script forms apart), built on first use. */
  private scanner?: {
    latin: Map<string, { kind: NameKind; value: unknown; words: string[] }[]>;
    script: { kind: NameKind; value: unknown; sub: string }[];
    scriptIndex: FirstLetterIndex<{ kind: NameKind; value: unknown; sub: string }>;
  };

  /** One pass over the question for every kind of name: places, people, bodies, the organisation, its predecessor, other organisations, languages, capitals, figures' keywords. */
  scan(words: readonly string[], folded: string, known?: (w: string) => boolean): NameHit[] {
    if (!this.scanner) {
      const latin = new Map<string, { kind: NameKind; value: unknown; words: string[] }[]>();
      const script: { kind: NameKind; value: unknown; sub: string }[] = [];
      const put = (kind: NameKind, list: readonly Form<unknown>[]) => {
        for (const f of list) {
          if (f.words)
            latin.set(f.words[0]!, [...(latin.get(f.words[0]!) ?? []), { kind, value: f.value, words: f.words }]);
          else if (f.sub) script.push({ kind, value: f.value, sub: f.sub });
        }
      };
      put('place', this.places);
      put('person', this.people);
      put('body', this.bodies);
      put('genericBody', this.genericBodies);
      put('org', this.org);
      put('predecessor', this.predecessor);
      put('otherOrg', this.otherOrgs);
      put('region', this.regions);
      put('language', this.languages);
      put('capital', this.capitals);
      put(
        'figure',
        this.facts.data.ask.figures.flatMap((f) => forms(f, f.keywords)),
      );
      this.scanner = { latin, script, scriptIndex: new FirstLetterIndex(script, (f) => f.sub) };
    }
    const out: NameHit[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let forms = this.scanner.latin.get(w);
      // A near miss of a name's first word ("shangai five", "tianjing"), when the word is nothing the engine knows.
      // A month in any language ("marzo") is a date, never a slip of a name ("Mirzo").
      if (!forms && known && w.length >= 5 && /^[a-z]+$/.test(w) && !isMonth(w)) {
        const near = this.nearForms(w);
        if (near && !known(w)) forms = near;
      }
      for (const f of forms ?? []) {
        let ok = true;
        for (let j = 1; j < f.words.length; j++) if (words[i + j] !== f.words[j]) ok = false;
        if (ok) out.push({ kind: f.kind, value: f.value, at: i, len: f.words.length });
      }
    }
    if (/[^\u0020-\u024f\s]/.test(folded)) {
      for (const f of this.scanner.scriptIndex.candidates(folded)) {
        let at = folded.indexOf(f.sub);
        // A short name in a script that spaces its words ("ЕС") is a word of its own, not letters inside another ("десяти").
        if (f.sub.length <= 3 && !UNSPACED.test(f.sub))
          while (at >= 0 && inWord(folded, at, f.sub.length)) at = folded.indexOf(f.sub, at + 1);
        if (at >= 0) out.push({ kind: f.kind, value: f.value, at, len: f.sub.length });
        // A place is also found again after its first time ("سازمان همکاری شانگهای … شهر شانگهای": the first is inside
        // the organisation's name, the second the city).
        if (at >= 0 && f.kind === 'place')
          for (let next = folded.indexOf(f.sub, at + f.sub.length); next >= 0; next = folded.indexOf(f.sub, next + 1))
            if (!(f.sub.length <= 3 && !UNSPACED.test(f.sub) && inWord(folded, next, f.sub.length)))
              out.push({ kind: f.kind, value: f.value, at: next, len: f.sub.length });
      }
    }
    return out;
  }

  /** All hits of a form list in the question: Latin forms as whole-word sequences, others as substrings. */
  find<T>(list: readonly Form<T>[], words: string[], folded: string): { value: T; at: number; len: number }[] {
    const out: { value: T; at: number; len: number }[] = [];
    for (const f of list) {
      if (f.words) {
        const at = indexOfWords(words, f.words);
        if (at >= 0) out.push({ value: f.value, at, len: f.words.length });
      } else if (f.sub) {
        const at = folded.indexOf(f.sub);
        if (at >= 0) out.push({ value: f.value, at, len: f.sub.length });
      }
    }
    return out;
  }
}

/** Scripts written without spaces between words, where a name is found inside the text as it stands. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Whether the letters at `at` (of length `len`) run on into a letter on either side. */
function inWord(text: string, at: number, len: number): boolean {
  return /\p{L}/u.test(text.charAt(at - 1)) || /\p{L}/u.test(text.charAt(at + len));
}

/** Index of a word sequence in a word list, or -1. */
function indexOfWords(words: readonly string[], seq: readonly string[]): number {
  if (seq.length === 0) return -1;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return i;
  }
  return -1;
}

/** Events that match a place, a kind and a year: the question's candidates, best first. */
/** Record fields that hold no words of the facts. */
const SKIP_KEYS = new Set([
  'id',
  'topic',
  'sources',
  'url',
  'asOf',
  'checked',
  'verification',
  'event',
  'hostsSummit',
  'endsByRule',
  'termRule',
]);

/** Words for a meeting as such, which say nothing of which meeting it is. */
const GENERIC_MEETING = /^(meeting|meetings|summit|summits|council|session|sessions|conference)$/;

/** A meeting's name that gives its number in its series ("25th SCO Council of Heads of State, Tianjin"). */
const ORDINAL_IN_NAME = /\b\d+(?:st|nd|rd|th)\b/;

export function rankEvents(
  events: readonly EventT[],
  hint: {
    places: string[];
    bodies: Set<BodyKeyT>;
    /** The years the question gives (a meeting in any of them fits: "Astana 2024 with Bishkek 2026"). */
    years?: number[];
    date?: string;
    /** The month the question gives ("the Feb 2026 meeting"), as YYYY-MM. */
    month?: string;
    ordinal?: string[];
    /** The number is put on a meeting word ("the 3rd summit"), not on a member or a term. */
    numbered?: boolean;
    context?: boolean;
    /** The question's words, which may name a meeting by words of its name ("the military cooperation meeting"). */
    words?: readonly string[];
  },
): { events: EventT[]; named: boolean } {
  const scored = new Map<EventT, number>();
  const bump = unnamed((e: EventT, n: number) => scored.set(e, (scored.get(e) ?? 0) + n));
  for (const e of events) {
    if (hint.places.some((p) => p.toLowerCase() === e.city.toLowerCase())) bump(e, 3);
    // Context events (the NATO summit) are named by the organisation; a year beside them is the target's, not the meeting's.
    if (hint.context && e.kind === 'context') bump(e, 5);
    // (A whole ordinal: "3rd" is not the end of "23rd".)
    if (hint.ordinal?.length && hint.ordinal.some((o) => ` ${e.name.toLowerCase()}`.includes(` ${o} `))) bump(e, 3);
  }
  const named = scored.size > 0;
  // ("where was the 3rd sco summit held?": a meeting asked for by a number no meeting of a series the data numbers has
  // is none of them, not the latest of its kind.)
  if (
    !named &&
    hint.numbered &&
    hint.ordinal?.length &&
    events.some((e) => e.body !== undefined && hint.bodies.has(e.body) && ORDINAL_IN_NAME.test(e.name))
  )
    return { events: [], named: false };
  const candidates = named
    ? [...scored.keys()]
    : hint.bodies.size > 0
      ? events.filter((e) => e.body !== undefined && hint.bodies.has(e.body))
      : [];
  for (const e of candidates) {
    if (!scored.has(e)) scored.set(e, 0);
    if (e.body !== undefined && hint.bodies.has(e.body)) bump(e, 2);
    if (hint.years?.length) bump(e, hint.years.some((y) => e.start.startsWith(String(y))) ? 2 : -2);
    // The day itself ("on 26 feb 2026") names the meeting.
    if (hint.date !== undefined && e.start === hint.date) bump(e, 4);
    // So does the month ("the Feb 2026 Bishkek meeting"): a meeting that began in it.
    else if (hint.month !== undefined && e.start.startsWith(hint.month)) bump(e, 3);
  }
  // ("bishkek military cooperation meeting — how many came?": of one city's meetings that fit the question equally, the one
  // whose name has words of the question that the others' names lack, before the latest.)
  const byName = nameWordsAsked(candidates, hint.words ?? [], hint.places);
  const ranked = [...scored]
    .filter(([, s]) => s >= (named ? 3 : 2))
    .sort(
      (a, b) =>
        b[1] - a[1] ||
        (a[0].city === b[0].city ? (byName.get(b[0]) ?? 0) - (byName.get(a[0]) ?? 0) : 0) ||
        b[0].start.localeCompare(a[0].start),
    );
  if (ranked.length === 0) return { events: [], named: false };
  return { events: ranked.map(([e]) => e), named };
}

/**
 * How many of the question's words each meeting's name has that not every other meeting's name has, when two or more.
 * (Not a number, which the year and day weigh, nor a place, which names them all alike, nor a word for a meeting as such.)
 */
function nameWordsAsked(
  events: readonly EventT[],
  words: readonly string[],
  places: readonly string[],
): Map<EventT, number> {
  const out = new Map<EventT, number>();
  if (events.length < 2 || words.length === 0) return out;
  const placeWords = new Set([...places, ...events.map((e) => e.city)].flatMap((p) => p.toLowerCase().split(/\s+/)));
  for (const w of new Set(words)) {
    if (w.length < 4 || /\d/.test(w) || GENERIC_MEETING.test(w) || placeWords.has(w)) continue;
    const having = events.filter((e) => nameWordsOf(e).has(w));
    if (having.length > 0 && having.length < events.length) for (const e of having) out.set(e, (out.get(e) ?? 0) + 1);
  }
  // (One word in common may be chance, "the defence meeting" of a year of meetings; two name the meeting.)
  for (const [e, n] of out) if (n < 2) out.delete(e);
  return out;
}

/** A meeting's name as words, split once per record (the question path asks it of every candidate). */
const NAME_WORDS = new WeakMap<EventT, Set<string>>();
function nameWordsOf(e: EventT): Set<string> {
  let words = NAME_WORDS.get(e);
  if (!words) {
    words = new Set(e.name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    NAME_WORDS.set(e, words);
  }
  return words;
}

/** The word is the key with two neighbouring letters swapped. */
// (In words of seven letters or more: "atsana", Turkish for "send it", is no slip of "Astana".)
function swapped(key: string, word: string): boolean {
  if (key.length !== word.length || word.length < 7) return false;
  let i = 0;
  while (i < key.length && key[i] === word[i]) i++;
  return (
    i < key.length - 1 && key[i] === word[i + 1] && key[i + 1] === word[i] && key.slice(i + 2) === word.slice(i + 2)
  );
}

/** A word after a demonym that makes the demonym the subject (the country), not an adjective. */
const AS_SUBJECT = /^(s|is|was|has|been|joined|join|joins|became|become|becomes|a|an)$/;
// (Not "the Armenian and Azerbaijani membership bids": a people's name before "membership" qualifies it.)
const STANDING_AFTER = /^(member|members|partner|partners|observer|observers)$/;
