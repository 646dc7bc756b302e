import type { FactStore } from '../facts/store.js';
import type { CountryT, EventT, OfficialT } from '../facts/schema.js';
import type { MatchKind } from '../facts/resolve.js';
import { normaliseName } from '../base/text.js';
import { formatDate } from '../base/dates.js';
import { distance } from 'fastest-levenshtein';
import { isSwap, type Question } from './text.js';
import { isKeyword } from './lexicon.js';
import { STOPWORDS } from './stopwords.js';

export interface CountryRef {
  country: CountryT;
  matchedBy: MatchKind | 'code';
  text: string;
}

/** A day or a year the question asks about. */
export interface When {
  /** The day to look facts up on (for a bare year: its last day, or the data date if that is earlier). */
  day: Date;
  year: number;
  /** Only the year was given. */
  yearOnly: boolean;
  text: string;
  /** "in 2019", "before 2025", "on 4 July 2023": ready to put in a sentence. */
  phrase: string;
  /** "after 2015", "since 2015": the year opens a range rather than naming one. */
  after?: boolean;
}

export interface Entities {
  countries: CountryRef[];
  /** Countries named by their capital ("Minsk"), kept apart: a capital is often a meeting's city too. */
  capitals: CountryT[];
  events: EventT[];
  people: OfficialT[];
  when?: When;
  /** Words that named something (so they are not read as unknown vocabulary). */
  nameWords: Set<string>;
}

/**
 * Two- and three-letter codes that are also ordinary words; in lower case they are words,
 * and in a question typed all in capitals even upper case is not enough.
 */
const WORDLIKE_CODES = new Set(['in', 'by', 'am', 'us', 'la', 'de', 'sa', 'mm', 'af', 'ind', 'are', 'can', 'fra', 'aze']);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));

/** Cities the data holds events in, and the words that name the kind of meeting. */
const EVENT_KIND_WORDS: Record<string, EventT['kind'][]> = {
  summit: ['summit'],
  summits: ['summit'],
  defence: ['ministerial'],
  defense: ['ministerial'],
  ministers: ['ministerial'],
  minister: ['ministerial'],
  ministerial: ['ministerial'],
  government: ['heads-of-government'],
  nato: ['context'],
};

/** The data's meeting cities as written in the other languages asked in (matched as substrings of the folded text). */
const CITY_INTL: Record<string, string[]> = {
  qingdao: ['青岛', 'циндао', 'किंगदाओ', 'چینگدائو'],
  tianjin: ['天津', 'тяньцзин', 'तियानजिन', 'تیانجین'],
  bishkek: ['比什凯克', 'бишкек', 'बिश्केक', 'بیشکک'],
  astana: ['阿斯塔纳', 'астан', 'अस्ताना', 'آستانه'],
  moscow: ['莫斯科', 'москв', 'मास्को', 'مسکو'],
  'the hague': ['海牙', 'гаага', 'гааге', 'हेग', 'لاهه'],
};

/** Words naming the kind of meeting in the other languages. */
const KIND_INTL: { key: string; kind: EventT['kind'] }[] = [
  ...['防长', '国防部长', 'министр', 'оборон', 'रक्षा मंत्र', 'وزرای دفاع', 'وزیران دفاع'].map((key) => ({ key, kind: 'ministerial' as const })),
  ...['峰会', 'саммит', 'शिखर', 'اجلاس سران', 'نشست سران'].map((key) => ({ key, kind: 'summit' as const })),
];

export class EntityFinder {
  private readonly cities: { key: string; events: EventT[] }[];
  private readonly surnames: { key: string; person: OfficialT }[] = [];
  private readonly cyrillicStems: { stem: string; country: CountryT; endings?: readonly string[] }[] = [];
  private readonly latinNames: { key: string; country: CountryT }[] = [];
  private readonly capitalKeys: { key: string; country: CountryT }[] = [];

  constructor(private readonly facts: FactStore) {
    const byCity = new Map<string, EventT[]>();
    for (const e of facts.data.events) {
      const key = normaliseName(e.city);
      if (key === 'virtual' || key === 'online') continue;
      byCity.set(key, [...(byCity.get(key) ?? []), e]);
    }
    this.cities = [...byCity].map(([key, events]) => ({ key, events }));
    for (const c of facts.countries()) {
      this.capitalKeys.push({ key: normaliseName(c.capital.replace(/,.*$/, '')), country: c });
      for (const n of [c.name, ...c.aliases, ...c.oldNames, ...c.misspellings, ...c.demonyms]) {
        const key = normaliseName(n);
        if (/^[a-z]{4,}$/.test(key)) this.latinNames.push({ key, country: c });
      }
      for (const n of c.nativeNames) {
        const key = n.name.toLowerCase().replace(/ё/g, 'е');
        if (!/^[\p{Script=Cyrillic}-]+$/u.test(key) || key.length < 5) continue;
        // Drop the ending that declension changes: Армения → Армени(и), Беларусь → Беларус(и).
        const stem = key.replace(/(ия|ья|ь|а|я|й|ы)$/u, '');
        if (stem.length >= 4) this.cyrillicStems.push({ stem, country: c });
        // A short stem (Инд-ия → Индии, Индию) matches only with a case ending, never as any word's start.
        else if (stem.length === 3 && /ия$/u.test(key)) this.cyrillicStems.push({ stem, country: c, endings: ['ия', 'ии', 'ию', 'ией', 'ийский', 'ийская', 'ийской'] });
      }
    }
    // Each official by name, and each predecessor the data names only in a note ("replacing Ruslan Zhaksylykov")
    // by the official who replaced him: "who replaced Zhaksylykov?" is answered by that official's record.
    const named: { name: string; person: OfficialT }[] = [];
    const known = new Set(facts.data.officials.flatMap((o) => [o.name, ...o.altNames].map(normaliseName)));
    for (const o of facts.data.officials) {
      for (const n of [o.name, ...o.altNames]) named.push({ name: normaliseName(n), person: o });
      for (const m of (o.note ?? '').matchAll(/\b(?:replacing|succeeded|replaced) ((?:\p{Lu}[\p{L}'-]+ ?){2,3})/gu)) {
        const prior = normaliseName(m[1]!.trim());
        if (!known.has(prior)) named.push({ name: prior, person: o });
      }
    }
    // How many different people (officials or predecessors) carry each name part.
    const carriers = new Map<string, Set<string>>();
    for (const { name, person } of named) for (const p of name.split(' ')) carriers.set(p, (carriers.get(p) ?? new Set()).add(known.has(name) ? person.id : name));
    for (const { name, person } of named) {
      const parts = name.split(' ');
      this.surnames.push({ key: parts.join(' '), person });
      // Surnames and distinctive given names ("Rajnath", "Belousov") name the person alone; a given name
      // several people share ("Ruslan") does not.
      for (const p of parts) if (p.length >= 5 && !['singh', 'muhammad'].includes(p) && carriers.get(p)!.size === 1) this.surnames.push({ key: p, person });
    }
  }

  find(q: Question): Entities {
    const nameWords = new Set<string>();
    const countries = this.countries(q, nameWords);
    const when = findWhen(q, this.facts.dataDate);
    const events = this.events(q, when, nameWords);
    const people = this.people(q, nameWords);
    const capitals = this.capitalKeys.filter(({ key }) => q.padded.includes(` ${key} `)).map((x) => x.country);
    return { countries, capitals, events, people, ...(when && { when }), nameWords };
  }

  private countries(q: Question, nameWords: Set<string>): CountryRef[] {
    const shouting = q.text.replace(/[^A-Za-z]/g, '').length > 6 && q.text === q.text.toUpperCase();
    const out: CountryRef[] = [];
    const add = (r: CountryRef) => {
      if (!out.some((o) => o.country.id === r.country.id)) out.push(r);
      normaliseName(r.text).split(' ').forEach((w) => nameWords.add(w));
    };
    const afterCode = / (code|iso|codes|abbreviation) $/;
    // Possessives ("Iran's") would hide the name from the resolver.
    const text = q.text.replace(/(\p{L})['’]s\b/gu, '$1');
    for (const m of this.facts.resolver.findMentions(text)) {
      const isCode = m.matchedBy === 'iso2' || m.matchedBy === 'iso3';
      if (isCode && shouting && WORDLIKE_CODES.has(m.text.toLowerCase())) {
        const code = m.text.toLowerCase();
        const before = q.padded.slice(0, q.padded.indexOf(` ${code} `) + 1);
        // In capitals "IN" is usually a word; it is a code after "code", or in the name's slot ("IS BY A MEMBER").
        const inSlot = new RegExp(` (is|was|did|does|has) ${code} (a|an|in|the|join|joined|member|partner|still|ever) `).test(q.padded);
        if (!afterCode.test(before) && !inSlot) continue;
      }
      // "Chinese and Russian" as languages, "Indian" in a name: demonyms are kept, the caller weighs them.
      add(m);
    }
    // Lower-case ISO codes that are not English words: "is kz a member", "what is ir".
    for (const w of q.words) {
      if ((w.length === 2 || w.length === 3) && !WORDLIKE_CODES.has(w)) {
        const c = this.facts.country(w.length === 2 ? w : '');
        const c3 = w.length === 3 ? this.facts.countries().find((x) => x.iso3.toLowerCase() === w) : undefined;
        const hit = c ?? c3;
        if (hit) add({ country: hit, matchedBy: 'code', text: w });
      }
    }
    // "the us" typed in lower case: after "the" it is the country, never the pronoun.
    const us = this.facts.country('US');
    if (us && / the us /.test(q.padded) && !out.some((r) => r.country.id === 'US')) add({ country: us, matchedBy: 'iso2', text: 'us' });
    // Misspelt names the sentence scan is too strict for ("irann", "kazakstn"): a word that is no keyword, resolved alone.
    if (out.length === 0) {
      for (const w of q.words) {
        if (w.length < 4 || isKeyword(w) || STOPWORDS.has(w) || !/^[a-z]+$/.test(w)) continue;
        const hit = this.nearestName(w);
        if (hit) add({ country: hit, matchedBy: 'fuzzy', text: w });
      }
    }
    // Russian and other inflected scripts: "Армении", "Беларуси", "Индии" by their stems.
    if (q.lang === 'ru') {
      for (const w of q.folded.split(/[^\p{L}-]+/u)) {
        if (w.length < 4) continue;
        for (const { stem, country, endings } of this.cyrillicStems) {
          if (w.startsWith(stem) && (endings ? endings.includes(w.slice(stem.length)) : w.length - stem.length <= 3)) add({ country, matchedBy: 'native-name', text: w });
        }
      }
    }
    // Order of appearance in the question, so "India or Iran" keeps its order.
    const lower = q.folded;
    return out
      .map((r) => ({ r, at: positionOf(lower, r.text.toLowerCase()) }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.r);
  }

  /** The one country whose Latin name is within a typo of the word (none if two are equally near). */
  private nearestName(word: string): CountryT | undefined {
    // Four letters: only a swap ("irna"), since one edit reaches too many short words.
    if (word.length === 4) return this.latinNames.find(({ key }) => isSwap(key, word))?.country;
    const allowed = word.length <= 6 ? 1 : word.length <= 10 ? 2 : 3;
    let best: CountryT | undefined;
    let bestD = allowed + 1;
    let tie = false;
    for (const { key, country } of this.latinNames) {
      if (Math.abs(key.length - word.length) > allowed) continue;
      const d = isSwap(key, word) ? 1 : distance(key, word);
      if (d < bestD) [best, bestD, tie] = [country, d, false];
      else if (d === bestD && country !== best) tie = true;
    }
    return best && !tie ? best : undefined;
  }

  private events(q: Question, when: When | undefined, nameWords: Set<string>): EventT[] {
    const scored = new Map<EventT, number>();
    const bump = (e: EventT, n: number) => scored.set(e, (scored.get(e) ?? 0) + n);
    for (const { key, events } of this.cities) {
      // "Shanghai" in the organisation's own name or in "Shanghai Five" names no meeting.
      if (key === 'shanghai' && / shanghai (cooperation|co operation|five|5|org|organisation|organization|pact|bloc|group) /.test(q.padded)) continue;
      const hit = q.padded.includes(` ${key} `) || q.words.some((w) => w.length >= 6 && distance(w, key) === 1) || (q.lang !== 'en' && (CITY_INTL[key] ?? []).some((k) => q.folded.includes(k)));
      if (!hit) continue;
      key.split(' ').forEach((w) => nameWords.add(w));
      for (const e of events) bump(e, 3);
    }
    // "the 24th summit", "the virtual summit": what the data's event names say.
    for (const w of q.words) {
      if (!/^\d{1,2}(st|nd|rd|th)$/.test(w)) continue;
      for (const e of this.facts.data.events) if (e.name.toLowerCase().includes(`${w} `)) bump(e, 4);
    }
    if (/ (virtual|online|video) /.test(q.padded)) for (const e of this.facts.data.events) if (/virtual|online/i.test(`${e.city} ${e.name}`)) bump(e, 3);
    if (q.padded.includes(' hague ') || q.padded.includes(' nato ')) {
      nameWords.add('hague');
      for (const e of this.facts.data.events) if (e.kind === 'context') bump(e, 3);
    }
    if (scored.size === 0 && !when) return [];
    const kinds = new Set(q.words.flatMap((w) => EVENT_KIND_WORDS[w] ?? []));
    if (q.lang !== 'en') for (const { key, kind } of KIND_INTL) if (q.folded.includes(key)) kinds.add(kind);
    if (q.padded.includes(' heads of government ') || q.padded.includes(' prime ministers ')) kinds.add('heads-of-government'), kinds.delete('ministerial');
    if (q.padded.includes(' heads of state ')) kinds.add('summit');
    const candidates = scored.size > 0 ? [...scored.keys()] : this.facts.data.events.filter((e) => kinds.size > 0 && kinds.has(e.kind));
    for (const e of candidates) {
      if (kinds.has(e.kind)) bump(e, 2);
      if (when && e.start.startsWith(String(when.year))) bump(e, 2);
      else if (when) bump(e, -2);
    }
    const ranked = [...scored].filter(([, s]) => s >= 3).sort((a, b) => b[1] - a[1] || b[0].start.localeCompare(a[0].start));
    if (ranked.length === 0) return [];
    const top = ranked[0]![1];
    return ranked.filter(([, s]) => s === top).map(([e]) => e);
  }

  private people(q: Question, nameWords: Set<string>): OfficialT[] {
    const out: OfficialT[] = [];
    for (const { key, person } of this.surnames) {
      const hit = key.includes(' ')
        ? q.padded.includes(` ${key} `)
        : q.words.some((w) => w === key || (w.length >= 7 && key.length >= 7 && distance(w, key) <= 1));
      if (hit && !out.includes(person)) {
        out.push(person);
        key.split(' ').forEach((w) => nameWords.add(w));
      }
    }
    // "Dong" alone is a surname too short to match on its own; "Dong Jun" matches as a phrase.
    if (q.padded.includes(' dong ')) {
      const dong = this.facts.official('dong-jun');
      if (dong && !out.includes(dong)) out.push(dong);
      nameWords.add('dong');
    }
    return out;
  }
}

function positionOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** A date or year in the question: "2019", "in 2019", "4 July 2023", "July 2023", "2023-07-04", "as of March 2020". */
export function findWhen(q: Question, dataDate: Date): When | undefined {
  const t = q.padded;
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(q.text);
  if (m) return at(Number(m[1]), Number(m[2]), Number(m[3]), 'day');
  m = new RegExp(` (\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${[...MONTHS, ...MONTH_ABBR].join('|')}) (\\d{4}) `).exec(t);
  if (m) return at(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1]), 'day');
  m = new RegExp(` (${[...MONTHS, ...MONTH_ABBR].join('|')}) (\\d{1,2})(?:st|nd|rd|th)? (\\d{4}) `).exec(t);
  if (m) return at(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2]), 'day');
  m = new RegExp(` (${[...MONTHS, ...MONTH_ABBR].join('|')}) (\\d{4}) `).exec(t);
  if (m) {
    const y = Number(m[2]);
    const mo = monthIndex(m[1]!) + 1;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return at(y, mo, last, 'month');
  }
  m = / (?:start|beginning) of ((?:19|20)\d{2}) /.exec(t);
  if (m) return { ...at(Number(m[1]), 1, 1, 'day')!, phrase: `at the start of ${m[1]}` };
  m = / (?:in |of |during |by |around |as of |year |end of |before |after )?((?:19|20)\d{2})(?:s)? /.exec(t) ?? /((?:19|20)\d{2})\s*年/.exec(q.text) ?? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(q.text);
  if (m) {
    const year = Number(m[1]);
    // "before 2025" means the last day of 2024.
    if (new RegExp(` (before|prior to|until|till|up to) ${year} `).test(t)) {
      const day = new Date(Date.UTC(year - 1, 11, 31));
      return { day, year: year - 1, yearOnly: true, text: `before ${year}`, phrase: `before ${year}` };
    }
    if (new RegExp(` (after|since|from) ${year} `).test(t)) {
      return { day: dataDate, year, yearOnly: true, text: `after ${year}`, phrase: `after ${year}`, after: true };
    }
    const end = new Date(Date.UTC(year, 11, 31));
    const day = end > dataDate && year === dataDate.getUTCFullYear() ? dataDate : end;
    return { day, year, yearOnly: true, text: String(year), phrase: `in ${year}` };
  }
  return undefined;

  function at(y: number, mo: number, d: number, precision: 'day' | 'month'): When | undefined {
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (Number.isNaN(day.getTime()) || day.getUTCDate() !== d) return undefined;
    const iso = day.toISOString().slice(0, precision === 'day' ? 10 : 7);
    const text = formatDate(iso);
    return { day, year: y, yearOnly: false, text, phrase: precision === 'day' ? `on ${text}` : `in ${text}` };
  }
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name);
  return i >= 0 ? i : MONTH_ABBR.indexOf(name);
}
