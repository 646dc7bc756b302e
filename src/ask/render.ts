import type { BodyKeyT, CountryT, EventT, MembershipStatusT, OfficialT } from '../facts/schema.js';
import { reply, type Reply, type Section } from '../reply/model.js';
import { freshness } from '../facts/time.js';
import { sentences } from '../base/text.js';
import type { AskFacts } from './facts.js';
import type { Draft, Loc, Text } from './draft.js';
import { messagesFor } from './messages/index.js';
import { capitalise } from './messages/en.js';
import { LOCALE, type Lang } from './understand/language.js';
import type { DeclineReason, Question } from './understand/question.js';
import { unnamed } from './understand/unnamed.js';

/** The most sources one answer lists: enough to check it, short enough to read. */
const MAX_SOURCES = 3;

const locCache = new WeakMap<object, Map<Lang, Loc>>();

/** A language's names, dates and numbers for one store (built once per language). */
function locFor(f: AskFacts, lang: Lang): Loc {
  // Names and formats depend on the facts only: stores read against other clocks share them.
  let byLang = locCache.get(f.store.data);
  if (!byLang) locCache.set(f.store.data, (byLang = new Map()));
  let l = byLang.get(lang);
  if (!l) byLang.set(lang, (l = makeLoc(f, lang)));
  return l;
}

function makeLoc(f: AskFacts, lang: Lang): Loc {
  const locale = LOCALE[lang];
  const names = f.names;
  const m = messagesFor(lang, names);
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const full = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
  const month = fmt({ month: 'long', year: 'numeric' });
  const year = fmt({ year: 'numeric' });
  const monthDay = fmt({ month: 'long', day: 'numeric' });
  const dayOnly = fmt({ day: 'numeric' });
  const num = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  const languageNames = new Intl.DisplayNames([locale.split('-u-')[0]!], { type: 'language' });
  // Persian writes the ezafe on the month ("ژوئیهٔ"); the data and most readers write it plain.
  const tidy = (s: string) => (lang === 'fa' ? s.replace(/\u0654/g, '') : s);
  const dates = new Map<string, string>();
  const dateOf = (iso: string) => {
    let out = dates.get(iso);
    if (out === undefined) {
      const [y, mo, d] = iso.split('-').map(Number);
      const date = new Date(Date.UTC(y!, (mo ?? 1) - 1, d ?? 1));
      out = tidy((d ? full : mo ? month : year).format(date));
      dates.set(iso, out);
    }
    return out;
  };
  const countryName = (c: CountryT | string): string => {
    const country = typeof c === 'string' ? f.country(c) : c;
    if (!country) return String(c);
    if (lang === 'en') return country.aliases.find((a) => a === `the ${country.name}`) ?? country.name;
    return country.nativeNames.find((n) => n.lang === lang)?.name ?? country.name;
  };
  const place = (p: string) => names.places[p]?.display[lang] ?? p;
  // Dates repeat from answer to answer: each range is formatted once.
  const ranges = new Map<string, string>();
  const range = (start: string, end?: string): string => {
    if (!end || end === start) return dateOf(start);
    if (start.length === 10 && end.length === 10) {
      const a = new Date(`${start}T00:00:00Z`);
      const b = new Date(`${end}T00:00:00Z`);
      // (The ICU of Node 20 ranges Chinese long dates as "2025/6/25 – 2025/6/26": the end is said after 至 with what differs.)
      if (lang === 'zh')
        return `${dateOf(start)}至${(start.slice(0, 4) !== end.slice(0, 4) ? full : start.slice(0, 7) !== end.slice(0, 7) ? monthDay : dayOnly).format(b)}`;
      // Intl puts thin spaces around the dash; a range inside one month reads "25–26 June 2025".
      return tidy(full.formatRange(a, b))
        .replace(/[\u2009\u202f]/g, ' ')
        .replace(/^(\d{1,2}\.?) – (\d)/, '$1–$2');
    }
    return `${dateOf(start)} – ${dateOf(end)}`;
  };
  const loc: Loc = {
    lang,
    m,
    c: countryName,
    d: dateOf,
    dr: (start, end) => {
      const key = `${start}/${end ?? ''}`;
      const known = ranges.get(key);
      if (known !== undefined) return known;
      const out = range(start, end);
      ranges.set(key, out);
      return out;
    },
    n: (x) => num.format(x),
    ago: (n, unit) => relative.format(-n, unit),
    nth: (x) => m.nth(x),
    list: (items, type = 'conjunction') => lists[type].format(items),
    place,
    person: (o: OfficialT) => names.people[o.id]?.display[lang] ?? o.name,
    body: (b: BodyKeyT) => names.bodies[b]?.display[lang] ?? names.bodies[b]?.display.en ?? b,
    org: names.organisation.display[lang] ?? names.organisation.display.en ?? '',
    orgFull: names.organisation.full?.[lang] ?? names.organisation.full?.en ?? '',
    five: names.predecessor.display[lang] ?? names.predecessor.display.en ?? '',
    language: (code) => {
      const n = languageNames.of(code) ?? code;
      return lang === 'en' || lang === 'de' ? n : n;
    },
    status: (s: MembershipStatusT) => m.status[s],
    event: (e: EventT) => {
      if (e.kind !== 'context')
        return m.eventLabel(e.body ?? e.kind, place(e.city), e.start.slice(0, 4), /online|virtual/i.test(e.city));
      // Another organisation's meeting: its English name, or in another language that organisation's own name for it.
      const org = lang === 'en' ? undefined : names.otherOrganisations.find((o) => o.events.includes(e.id));
      return org ? m.otherSummit(org.recognise[lang]?.[0] ?? org.name, place(e.city), e.start.slice(0, 4)) : e.name;
    },
  };
  return loc;
}

/** Source ids of a draft, first of each claim before the second of any, at most three. */
function pickSources(groups: readonly (readonly string[])[]): string[] {
  const ids: string[] = [];
  const gs = groups.map((g) => [...g]);
  for (let i = 0; ids.length < MAX_SOURCES && gs.some((g) => g.length > i); i++) {
    for (const g of gs) {
      const id = g[i];
      if (id && !ids.includes(id) && ids.length < MAX_SOURCES) ids.push(id);
    }
  }
  return ids;
}

const text = (t: Text | string | undefined, l: Loc) => (t === undefined ? '' : typeof t === 'string' ? t : t(l));
/** Parts joined into sentences, each sentence starting with a capital ("the United States is…" opens as "The United States is…"). */
const join = (...parts: string[]) =>
  parts
    .filter((p) => p?.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Not after an abbreviation inside a sentence ("4 июля 2023 г. и …"), nor after an ordinal written with a stop
    // ("10. üye devlet"; a year's stop still ends its sentence).
    .replace(SENTENCE_OPENING, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/([。！？]) /g, '$1')
    // An abbreviation's stop ends the sentence too ("1 сентября 2025 г.").
    .replace(/(?<!\.)\.\.(?!\.)/g, '.');

/**
 * A lower-case letter that opens a sentence. Made once: tsx writes a pattern with letters beyond ASCII or a Unicode
 * class as `new RegExp(…)`, which would make it again on every call.
 */
const SENTENCE_OPENING = /(^|(?<!(?:^|\s)(?:г|гг|e\.g|i\.e|vs|\d{1,2}))[.!?]\s)(\p{Ll})/gu;

/** Internal claim references ("see R1 and R2") never reach a reader. */
function scrub(s: string): string {
  // (No bracket, nothing to take out or flatten: most texts, cheaply.)
  if (!s.includes('(') && !s.includes('（')) return s.includes(' , ') ? s.replace(/ , /g, ', ') : s;
  return flatBrackets(s.replace(/\s*\((?:see )?[RE]\d{1,2}(?:(?:,\s*|\s+and\s+)[RE]\d{1,2})*\)/g, ''));
}

/** Brackets never nest: "(Regional Anti-Terrorist Structure (RATS))" reads "(Regional Anti-Terrorist Structure, RATS)". */
export function flatBrackets(s: string): string {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '(' || ch === '（') {
      depth++;
      out += depth === 1 ? ch : ', ';
    } else if ((ch === ')' || ch === '）') && depth > 0) {
      depth--;
      if (depth === 0) out += ch;
    } else out += ch;
  }
  return out.replace(/ , /g, ', ');
}

const norm = (s: string) => {
  let out = normed.get(s);
  if (out === undefined) {
    const lower = s.toLowerCase();
    // (A text all in ASCII has no letter or digit beyond a-z and 0-9: the cheaper pattern finds the same.)
    out = (!NON_ASCII.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
    normed.set(s, out);
  }
  return out;
};

/** Texts normalised while one question is answered (its parts' replies are compared again when combined). */
const normed = new Map<string, string>();
const NON_ASCII = /[^\p{ASCII}]/u;

/** A new question: nothing normalised for the last one is kept. */
export function startReply(): void {
  normed.clear();
  worded.clear();
}

/** Words of three letters or more, for telling whether one sentence restates another. */
const wordsOf = (s: string) => {
  let out = worded.get(s);
  if (!out) {
    out = new Set(
      norm(s)
        .split(' ')
        .filter((w) => w.length > 2),
    );
    worded.set(s, out);
  }
  return out;
};
const worded = new Map<string, Set<string>>();

/** The sentence says all the lead says, then more after a semicolon, colon or comma. */
function extends_(sentence: string, lead: string): boolean {
  // (Opening with another word, it cannot open with the lead: most context, without normalising either.)
  if (!firstWord(sentence).startsWith(firstWord(lead))) return false;
  const head = norm(lead.replace(/[.!?。]\s*$/, ''));
  const s = norm(sentence);
  return (
    head.length >= 20 &&
    s.length > head.length &&
    s.startsWith(head) &&
    /^[;:,]/.test(sentence.slice(lead.replace(/[.!?。]\s*$/, '').length).trimStart())
  );
}

const FIRST_WORD = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u;

/** A text's first word, lower case (a function of the module: a closure made per call would be named each time under tsx). */
function firstWord(x: string): string {
  return FIRST_WORD.exec(x)?.[1]?.toLowerCase() ?? '';
}

/**
 * A sentence of context restates the lead when it holds (nearly) every word of it: "The Secretariat is in
 * Beijing." then "The Secretariat, one of the two permanent bodies, is in Beijing." reads twice.
 */
export function restates(sentence: string, lead: string): boolean {
  const said = wordsOf(lead);
  const ctx = wordsOf(sentence);
  if (within(ctx, said)) return true;
  if (said.size < 3) return false;
  let shared = 0;
  for (const w of said) if (ctx.has(w)) shared++;
  return shared / said.size >= 0.8 && !namesOrNumbersBeyond(sentence, lead);
}

/**
 * A lead sentence the correction before it nearly says in full ("Iran did not join in 2024: it joined on 4 July 2023, at
 * the 2023 virtual SCO summit." — "Iran joined the SCO as a full member on 4 July 2023, at the 2023 virtual SCO
 * summit."): most of its words, and no name or number beyond it.
 */
function coveredBy(sentence: string, fixed: string): boolean {
  const own = wordsOf(sentence);
  if (own.size < 5) return false;
  const said = wordsOf(fixed);
  let shared = 0;
  for (const w of own) if (said.has(w)) shared++;
  return shared / own.size >= 0.8 && !namesOrNumbersBeyond(sentence, fixed);
}

/** Every word of `words` is in `of` (a loop: no copy of the set); its tense's helpers aside ("has been" is "is"). */
function within(words: Set<string>, of: Set<string>): boolean {
  for (const w of words) if (!of.has(w) && !TENSE_HELPERS.has(w)) return false;
  return true;
}

const TENSE_HELPERS = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'are']);

/** The sentence names someone, somewhere or a number the lead does not ("until Iran joined on 4 July"). */
function namesOrNumbersBeyond(sentence: string, lead: string): boolean {
  const inLead = new Set(norm(lead).split(' '));
  const words = sentence.split(/\s+/).slice(1);
  return words.some((w) => /^[\p{Lu}\p{N}]/u.test(w) && !inLead.has(norm(w)));
}

/** Sentences of a text (for keeping any one from appearing twice). */
function sentencesOf(s: string, memo = true): string[] {
  let out = memo ? sentenceMemo.get(s) : undefined;
  if (!out) {
    out = s
      // A full stop ends a sentence before a space ("2.1% of GDP" is one); the other scripts' marks need none.
      .split(/(?<=[.!?])\s+|(?<=[。।۔؟！？])\s*|\n/)
      .map(norm)
      .filter((x) => x.length >= 20);
    // The data's own texts (details, notes) come back answer after answer; the memo keeps those, never a reply's summary.
    if (memo) {
      if (sentenceMemo.size > 4000) sentenceMemo.clear();
      sentenceMemo.set(s, out);
    }
  }
  return out;
}

const sentenceMemo = new Map<string, string[]>();

/**
 * The reply: verdict (yes/no questions only), the correction of a false premise, the answer,
 * at most one sentence of context; in another language the lead in that language and the
 * English beside it; one short note apart; at most three sources.
 */
export function render(
  d: Draft,
  q: Question,
  f: AskFacts,
  corrections: Text[] = [],
  declines: readonly DeclineReason[] = [],
): Reply {
  const en = locFor(f, 'en');
  const local = locFor(f, q.lang);
  // A yes/no question the data cannot settle still opens with its verdict: not in the data.
  const verdict0 = d.verdict ?? (d.kind === 'notHeld' ? 'unknown' : undefined);
  // ("… do we need to run a correction?": the line's No is the correction's Yes.)
  const verdict =
    q.fixAsked && (verdict0 === 'yes' || verdict0 === 'no') ? (verdict0 === 'yes' ? 'no' : 'yes') : verdict0;
  const verdictOf = unnamed((l: Loc) =>
    verdict && (q.form === 'yesno' || d.verdictAlways) ? (q.guess && l.m.guessed[verdict]) || l.m.verdict[verdict] : '',
  );
  // (Two claims the same correction answers, "became the 11th member in 2025", say it once.)
  const fixes = unnamed((l: Loc) => [...new Set(corrections.map((c) => c(l)))].join(' '));
  const given = d.lead(en);
  const fixed = fixes(en);
  // Context that restates the lead, or the correction before it, says nothing (intents keep it to one sentence, or two
  // where the second answers).
  const ctx = sentences(text(d.context, en)).filter((s) => !restates(s, given) && !(fixed && restates(s, fixed)));
  // A context sentence that opens with the lead and goes on ("X was not a member; it joined in 2001…") replaces it.
  const opening = ctx[0] !== undefined && extends_(ctx[0], given);
  const lead = opening ? ctx[0]! : given;
  const context = (opening ? ctx.slice(1) : ctx).join(' ');
  // A lead sentence the correction before it already says ("… not in Tashkent: it is in Beijing." — "The Secretariat is in
  // Beijing.") is said once.
  const leadKept = fixed
    ? sentences(lead)
        .filter((x) => !restates(x, fixed) && !coveredBy(x, fixed))
        .join(' ')
    : lead;
  // ("Not in the data." opening a yes/no says all that "The data does not hold an answer to that." would say after it.)
  // (Only with a sentence of context after it: alone, the longer line says what is missing.)
  const bare = (l: Loc, s: string) =>
    verdict === 'unknown' && verdictOf(l) && context !== '' && context !== en.m.help && s === l.m.notHeld() ? '' : s;
  const english = once(scrub(join(verdictOf(en), fixed, bare(en, leadKept), context)));
  // (In the asker's language too: "… no está en Moscú: está en Pekín." is not followed by "… está en Pekín.")
  const leadSaid = fixed !== '' && leadKept.trim() === '' && lead.trim() !== '';
  const summary =
    q.lang === 'en'
      ? english
      : once(scrub(join(verdictOf(local), fixes(local), leadSaid ? '' : bare(local, d.lead(local)))));
  const sections: Section[] = [];
  // (In English the summary is the English text: its sentences are read once.)
  const said = new Set(sentencesOf(summary === english ? english : `${summary}\n${english}`, false));
  const fresh = unnamed((s: string) => sentencesOf(s).every((x) => !said.has(x)));
  if (q.lang !== 'en') sections.push({ heading: local.m.inEnglish, text: english });
  for (const det of d.details ?? []) {
    const items = det.items.map((i) => scrub(typeof i === 'string' ? i : i(en))).filter((i) => fresh(i));
    if (items.length) sections.push({ ...(det.heading && { heading: det.heading(local) }), items });
  }
  if (d.note && fresh(d.note)) sections.push({ heading: local.m.note, text: scrub(d.note) });
  if (declines.length && d.kind !== 'decline') {
    const reasons = [...new Set(declines.map((r) => en.m.decline[r]))].join(' ');
    sections.push({
      heading: en.m.declineTitle,
      text:
        q.lang === 'en'
          ? reasons
          : join([...new Set(declines.map((r) => local.m.decline[r]))].join(' '), `(${reasons})`),
    });
  }
  // A reply that opens with corrections cites what they rest on, whatever else it found.
  const ids = d.kind === 'fact' || corrections.length > 0 ? pickSources(d.sources) : [];
  return reply({
    tone: 'info',
    title: capitalise(d.title(en)),
    summary,
    sections,
    sources: f.store.citations(ids),
    ...(d.kind === 'fact' && stamp(f)),
    ...(d.suggestions?.length && { suggestions: d.suggestions.slice(0, 3) }),
  });
}

/**
 * A sentence said once: a correction the answer's own lead repeats ("Mongolia never joined …") is not said again.
 * `said` carries what earlier text already said (the parts of a combined reply).
 */
function once(text: string, said = new Set<string>()): string {
  const fresh = (x: string) => {
    const k = norm(x);
    if (k.length >= 20 && said.has(k)) return false;
    said.add(k);
    return true;
  };
  const pieces = text
    // (Hindi's "।", Urdu's "۔" and "؟" end a sentence as a full stop does: "हाँ। X।" said twice keeps X once.)
    .split(/(?<=[.!?。।۔؟])\s+/)
    // (A day's number before its month, "seit dem 1. Januar 2025", ends no sentence.)
    .reduce<string[]>((out, x) => {
      if (out.length && /\b\d{1,2}\.$/.test(out.at(-1)!) && DAY_MONTH.test(x)) out[out.length - 1] += ` ${x}`;
      else out.push(x);
      return out;
    }, []);
  // Russian's "г." after a year ends a piece but not its sentence ("До 1 сентября 2025 г. у ШОС было …", "… 2024 г. —
  // 3–4 июля"): a sentence said before is left out whole, and of one partly new only a piece said before that ends it.
  const sentences: string[][] = [];
  for (const [i, x] of pieces.entries()) {
    const joined = i > 0 && /\sг\.$/.test(pieces[i - 1]!) && !/^[\p{Lu}\p{N}«"(]/u.test(x);
    if (joined) sentences.at(-1)!.push(x);
    else sentences.push([x]);
  }
  return sentences
    .map((group) => {
      // (Chinese runs its sentences together with no space between.)
      const kept = group.map((x) => x.split(/(?<=[。！？])(?=\S)/).filter(fresh));
      if (kept.every((k) => k.length === 0)) return '';
      return group.map((x, i) => (i < group.length - 1 && kept[i]!.length === 0 ? x : kept[i]!.join(''))).join(' ');
    })
    .filter((x) => x !== '')
    .join(' ');
}

/** A month's name in German, which writes the day as an ordinal before it ("1. Januar"). */
const DAY_MONTH = new RegExp(
  `^(${Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m, 15))),
  ).join('|')})\\b`,
);

/**
 * Several answers as one reply ("when did India join and who was its defence minister at Qingdao"). `verdictLeads`: the
 * first part asks a standing ("which status?"), so a yes/no after it that the same answer settles ("full member or not?")
 * puts its verdict first.
 */
export function combine(replies: Reply[], verdictLeads = false): Reply {
  const first = replies[0]!;
  if (replies.length === 1) return first;
  const pick: Reply['sources'] = [];
  for (let i = 0; pick.length < MAX_SOURCES && replies.some((r) => r.sources.length > i); i++) {
    for (const r of replies) {
      const s = r.sources[i];
      if (s && !pick.some((x) => x.id === s.id) && pick.length < MAX_SOURCES) pick.push(s);
    }
  }
  // Two parts answered by the same sentence ("what is RATS and where is it") say it once; no detail twice.
  const said = new Set<string>();
  const summaries: string[] = [];
  // A later part that says again, in other words, what an earlier one said (the same record's passage worded twice) is left out.
  const wordsOf = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const saidWords = new Set<string>();
  for (const r of replies) {
    const own = wordsOf(r.summary ?? '');
    const repeated = [...own].filter((w) => saidWords.has(w)).length;
    // (Not one that opens with its own verdict: "Yes." answers a question of its own.)
    const verdictFirst = ((r.summary ?? '').split(/(?<=[.!?。])\s/)[0] ?? '').length <= 12;
    if (summaries.length > 0 && !verdictFirst && own.size >= 15 && repeated >= 0.95 * own.size) continue;
    for (const w of own) saidWords.add(w);
    const kept = once(r.summary ?? '', said);
    // ("Still SG? In office in 2026?": a second part answered by the same sentence keeps only its verdict; the same
    // verdict again says nothing.)
    if (!kept || (summaries.length > 0 && kept.length <= 12 && summaries.some((x) => x.startsWith(kept)))) continue;
    // ("Türkiye ŞİÖ'de hangi statüde? Tam üye mi, yoksa değil mi?": a yes/no answered by the very answer before it puts
    // its verdict first, where a yes/no is answered; not after a question of when, where or how many.)
    const rest = (r.summary ?? '').slice(kept.length).trim();
    if (
      verdictLeads &&
      summaries.length === 1 &&
      verdictFirst &&
      kept.length <= 12 &&
      rest !== '' &&
      rest === summaries[0]
    )
      summaries[0] = `${kept} ${rest}`;
    else summaries.push(kept);
  }
  const sections: Section[] = [];
  for (const s of replies.flatMap((r) => r.sections)) {
    const items = (s.items ?? []).filter((i) => {
      const parts = sentencesOf(i);
      const fresh = parts.every((x) => !said.has(x));
      for (const x of parts) said.add(x);
      return fresh;
    });
    const textOk = !!s.text && sentencesOf(s.text, false).every((x) => !said.has(x));
    if (s.text && textOk) for (const x of sentencesOf(s.text, false)) said.add(x);
    const { text: _t, items: _i, ...rest } = s;
    if (!textOk && !items.length) continue;
    // Two parts' notes are one note: caveats are said in one place.
    const same =
      textOk && !items.length && !s.fields && s.heading
        ? sections.find((x) => x.heading === s.heading && x.text && !x.items && !x.fields)
        : undefined;
    if (same) same.text = `${same.text} ${s.text}`;
    else sections.push({ ...rest, ...(textOk && { text: s.text }), ...(items.length && { items }) });
  }
  return reply({
    tone: first.tone,
    // (A title another one holds is said already: "Secretary-General of the SCO: Nurlan Yermekbayev" holds "Nurlan Yermekbayev".)
    title: [...new Set(replies.map((r) => r.title))]
      .filter((t, i, all) => !all.some((x, j) => j !== i && x !== t && x.includes(t)))
      .join(' · '),
    summary: summaries.join('\n'),
    sections: sections.slice(0, 6),
    sources: pick,
    ...(replies.find((r) => r.asOf)?.asOf && { asOf: replies.find((r) => r.asOf)!.asOf! }),
    ...(replies.find((r) => r.asOfAge)?.asOfAge && { asOfAge: replies.find((r) => r.asOfAge)!.asOfAge! }),
  });
}

/** The data date and, once it is behind today, its age ("3 months ago"). */
function stamp(f: AskFacts): { asOf: string; asOfAge?: string } {
  // The UTC day by number: the date is written out only when the day has changed.
  const dayNo = Math.floor(f.today.getTime() / 86_400_000);
  if (lastStamp?.asOf === f.dataAsOf && lastStamp.dayNo === dayNo) return lastStamp.stamp;
  const day = f.today.toISOString().slice(0, 10);
  if (lastStamp?.asOf !== f.dataAsOf || lastStamp.day !== day) {
    const age = freshness(f.dataAsOf, f.today).age;
    lastStamp = { asOf: f.dataAsOf, day, dayNo, stamp: { asOf: f.dataAsOf, ...(age && { asOfAge: age }) } };
  }
  lastStamp.dayNo = dayNo;
  return lastStamp.stamp;
}

let lastStamp: { asOf: string; day: string; dayNo: number; stamp: { asOf: string; asOfAge?: string } } | undefined;
