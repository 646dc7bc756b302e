import { LOCALE, type Lang } from './language.js';
import { latinFold } from '../../base/text.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import type { Role, TimeRef } from './question.js';

/** Month names in every language, from Intl (long and short forms), folded like the question's words. */
const MONTHS: Map<string, number> = (() => {
  const out = new Map<string, number>();
  for (const locale of Object.values(LOCALE)) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2001, m, 15));
      for (const month of ['long', 'short'] as const) {
        for (const form of [
          new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(d),
          new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' })
            .formatToParts(d)
            .find((p) => p.type === 'month')?.value ?? '',
        ]) {
          const key = latinFold(form)
            .replace(/[.\u0654]/g, '')
            .trim();
          if (key.length >= 3 && !/^\d+$/.test(key) && !out.has(key)) out.set(key, m + 1);
        }
      }
    }
  }
  out.set('sept', 9);
  return out;
})();

/** Is the (folded) word a month's name in a language asked in? Time words are no topic of their own. */
export function isMonth(word: string): boolean {
  return MONTHS.has(word);
}

/** The month (1–12) a folded word names, if any. */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word);
}

const endOfYear = (y: number) => new Date(Date.UTC(y, 11, 31));
const startOfYear = (y: number) => new Date(Date.UTC(y, 0, 1));

function ref(
  year: number,
  at: number,
  role: Role,
  mode: TimeRef['mode'],
  month?: number,
  day?: number,
  untilYear?: number,
): TimeRef {
  const from =
    day && month
      ? new Date(Date.UTC(year, month - 1, day))
      : month
        ? new Date(Date.UTC(year, month - 1, 1))
        : startOfYear(year);
  const to = day && month ? from : month ? new Date(Date.UTC(year, month, 0)) : endOfYear(untilYear ?? year);
  return {
    year,
    at,
    role,
    mode,
    from,
    to,
    ...(month && { month }),
    ...(day && { day }),
    ...(untilYear && { untilYear }),
  };
}

const BEFORE = new Set(['before', 'prior', 'until', 'till', 'pre', 'vor', 'bis', 'antes', 'avant', 'once', 'oncesi']);
const AFTER = new Set([
  'after',
  'past',
  'beyond',
  'since',
  'post',
  'following',
  'nach',
  'seit',
  'despues',
  'desde',
  'tras',
  'apres',
  'depuis',
  'sonra',
  'beri',
  'itibaren',
]);

const SINCE = new Set(['since', 'seit', 'desde', 'depuis', 'beri', 'itibaren', 'from']);

/** Where in a month a date is put ("end-April", "early May", "the middle of June"): the days it narrows to. */
const IN_MONTH: Record<string, [number, number]> = {
  early: [1, 10],
  start: [1, 10],
  beginning: [1, 10],
  mid: [11, 20],
  middle: [11, 20],
  late: [21, 31],
  end: [21, 31],
};

/** Where in a year a time is put ("since the end of 2024"): the month (0–11) its third starts in, as "late 2024" reads. */
const PART_OF_YEAR: Record<string, number> = { early: 0, start: 0, beginning: 0, mid: 4, middle: 4, late: 8, end: 8 };

/**
 * The word whose preposition dates a time that starts at word `k`: the word before, or reached back across where in the
 * month ("since end-April", "after the middle of May") and across a named day ("since the data cut-off of 27 April")
 * when what is reached is "since" or "after". ("Till end of 2025" is no "before 2025": only a start is reached for.)
 */
function prepositionBefore(w: readonly string[], k: number): number {
  let j = k - 1;
  // ("since the old April 2026 cut-off": a word that says which date it was stands between too.)
  while (
    j >= 0 &&
    k - j <= 4 &&
    (/^(the|of|old|last|previous|earlier|original|your|my|our)$/.test(w[j]!) || IN_MONTH[w[j]!] !== undefined)
  )
    j--;
  if (AFTER.has(w[j] ?? '')) return j;
  // "since the original data cut-off of (late) 27 April": "the", up to four words, then "of" before the date.
  if (w[j + 1] === 'of')
    for (let t = j - 1; t >= Math.max(1, j - 5); t--) if (w[t] === 'the' && AFTER.has(w[t - 1]!)) return t - 1;
  return k - 1;
}

/** What a source is called, after the year it dates ("a 2023 textbook", "the 2019 edition"). */
const SOURCE_NOUN =
  /^(textbook|textbooks|book|edition|article|report|paper|blog|post|piece|story|brief|briefing|draft|document|wiki|encyclopedia|handout|slide|slides|deck|poster|infographic|map|lecture|syllabus|newsletter|explainer|backgrounder)$/;

/** Units of a span counted back from today ("the last 6 months", "past few weeks"), in days. */
const SPAN_UNIT: Record<string, number> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  wks: 7,
  month: 30,
  months: 30,
  mos: 30,
  year: 365,
  years: 365,
  yrs: 365,
};
/** How many of them, as the count is written: a number word, or a few. */
const SPAN_COUNT: Record<string, number> = { ...NUMBER_WORDS, couple: 2, few: 3, several: 3 };
/** A season's first month in the northern hemisphere, where the organisation meets. */
const SEASON: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** "Starting (from) 2021", "beginning in 2021": from that year on. */
const STARTING = /^(starting|beginning)$/;

/**
 * Dates and years in the question's Latin words ("in 2019", "4 July 2023", an ISO date,
 * "March 2020", "before 2017", a year range), with the role of the clause they sit in.
 */
/** A word of the question and its role (a token of tokens.ts, which reads months from here). */
interface Word {
  w: string;
  part: number;
  role: Role;
}

export function latinTimes(tokens: readonly Word[], today: Date): TimeRef[] {
  const out: TimeRef[] = [];
  const w = tokens.map((t) => t.w);
  const taken = new Set<number>();
  for (let i = 0; i < w.length; i++) {
    if (taken.has(i)) continue;
    const word = w[i]!;
    const role = tokens[i]!.role;
    const prev = w[i - 1] ?? '';
    const prev2 = w[i - 2] ?? '';
    const mode: TimeRef['mode'] =
      BEFORE.has(prev) ||
      (prev === 'to' && prev2 === 'prior') ||
      (prev === 'of' && w[i - 2] === 'start') ||
      // ("antes de 2025", "después de 2017": the preposition's "de".)
      (/^(de|del)$/.test(prev) && BEFORE.has(prev2))
        ? 'before'
        : // ("the chairs going back to 2021": since then.)
          // ("list the chairs starting from 2021", "beginning in 2021": from then on.)
          AFTER.has(prev) ||
            STARTING.test(prev) ||
            (/^(from|in|with)$/.test(prev) && STARTING.test(prev2)) ||
            (prev === 'to' && prev2 === 'back' && /^(going|go|goes)$/.test(w[i - 3] ?? '')) ||
            (/^(de|del)$/.test(prev) && AFTER.has(prev2))
          ? 'after'
          : 'in';
    // ("since the end of 2024": from where in that year on; "since the 2024 summit" is the summit's, not the year's.)
    const reached = mode === 'in' && prev === 'of' && IN_MONTH[prev2] ? (w[prepositionBefore(w, i)] ?? '') : '';
    // "last year's big summit": the year before today's (not "the last year", "the past year": a span up to today).
    if (word === 'year' && prev === 'last' && prev2 !== 'the' && prev2 !== 'past' && prev2 !== 'over') {
      out.push(ref(today.getUTCFullYear() - 1, i, role, 'in'));
      continue;
    }
    // ISO date (2023-07-04 arrives as three words: 2023 07 04).
    if (
      /^(19|20)\d\d$/.test(word) &&
      /^\d\d$/.test(w[i + 1] ?? '') &&
      /^\d\d$/.test(w[i + 2] ?? '') &&
      Number(w[i + 1]) <= 12
    ) {
      out.push(ref(Number(word), i, role, mode, Number(w[i + 1]), Number(w[i + 2])));
      taken.add(i + 1).add(i + 2);
      continue;
    }
    // A decade ("back in the 2000s", "the 2010s"): its ten years.
    const decade = /^((?:19|20)\d)0s$/.exec(word);
    if (decade) {
      const start = Number(`${decade[1]}0`);
      out.push(ref(start, i, role, 'range', undefined, undefined, start + 9));
      continue;
    }
    // Day month year / month day year / month year.
    const month = MONTHS.get(word);
    if (month) {
      const dayBefore = /^\d{1,2}(st|nd|rd|th|er)?$/.test(prev)
        ? Number.parseInt(prev, 10)
        : /^\d{1,2}$/.test(prev2) && (prev === 'of' || prev === 'de')
          ? Number(prev2)
          : undefined;
      const dayAfter =
        /^\d{1,2}(st|nd|rd|th)?$/.test(w[i + 1] ?? '') && /^(19|20)\d\d$/.test(w[i + 2] ?? '')
          ? Number.parseInt(w[i + 1]!, 10)
          : undefined;
      const yearAt = dayAfter
        ? i + 2
        : /^(19|20)\d\d$/.test(w[i + 1] ?? '')
          ? i + 1
          : (w[i + 1] === 'de' || w[i + 1] === 'of') && /^(19|20)\d\d$/.test(w[i + 2] ?? '')
            ? i + 2
            : -1;
      if (
        yearAt > 0 &&
        !(
          word === 'may' &&
          dayBefore === undefined &&
          dayAfter === undefined &&
          !/^(in|of|since|until|before|after)$/.test(prev)
        )
      ) {
        const day = dayBefore ?? dayAfter;
        const p = prepositionBefore(w, dayBefore === undefined ? i : /^\d/.test(prev) ? i - 1 : i - 2);
        const m2 = BEFORE.has(w[p] ?? '') ? 'before' : AFTER.has(w[p] ?? '') ? 'after' : 'in';
        const r = ref(Number(w[yearAt]), i, role, m2, month, day && day <= 31 ? day : undefined);
        // ("since end-April 2026", "in the middle of June 2025": a part of the month.)
        const part = day === undefined ? IN_MONTH[prev === 'of' ? prev2 : prev] : undefined;
        if (part) {
          r.from = new Date(Date.UTC(r.year, month - 1, part[0]));
          r.to = new Date(Math.min(r.to.getTime(), Date.UTC(r.year, month - 1, part[1])));
        }
        out.push(r);
        for (let j = i; j <= yearAt; j++) taken.add(j);
        continue;
      }
      // "since May", "between March and now", "from 27 April to today": a month with no year that starts a span up to
      // today is the latest one begun by today.
      // (Said right after the preposition, or where in the month: "after the June war" names a war, not a span; and a
      // number after the month may be its year, "since Jun-25".)
      const k = dayBefore === undefined ? i : /^\d/.test(prev) ? i - 1 : i - 2;
      const reach = prepositionBefore(w, k);
      const p = reach === k - 1 || IN_MONTH[w[k - 1] ?? ''] || IN_MONTH[w[k - 2] ?? ''] ? (w[reach] ?? '') : '';
      const toNow = /^(?:and|to|till|until|through) (?:now|today|the present|present|date)\b/.test(
        w.slice(i + 1, i + 4).join(' '),
      );
      if (yearAt < 0 && !/^\d/.test(w[i + 1] ?? '') && (AFTER.has(p) || ((p === 'between' || p === 'from') && toNow))) {
        let y = today.getUTCFullYear();
        if (Date.UTC(y, month - 1, dayBefore ?? 1) > today.getTime()) y--;
        const r = ref(y, i, role, 'after', month, dayBefore && dayBefore <= 31 ? dayBefore : undefined);
        const part = dayBefore === undefined ? IN_MONTH[prev === 'of' ? prev2 : prev] : undefined;
        if (part) {
          r.from = new Date(Date.UTC(y, month - 1, part[0]));
          r.to = new Date(Math.min(r.to.getTime(), Date.UTC(y, month - 1, part[1])));
        }
        if (SINCE.has(p) || toNow) r.since = true;
        r.relative = true;
        out.push(r);
        continue;
      }
    }
    // Year ranges: 2022–23 with a hyphen or a slash, both years in full, "2023 to 2024".
    if (/^(19|20)\d\d$/.test(word)) {
      const y = Number(word);
      const next = w[i + 1] ?? '';
      const after = w[i + 2] ?? '';
      let until: number | undefined;
      // ("2001, 2017, 2023, 2024": years listed, each its own, are no range.)
      const listed = tokens[i + 1] !== undefined && tokens[i + 1]!.part !== tokens[i]!.part;
      if (!listed && /^\d\d$/.test(next) && Number(next) === (y + 1) % 100) until = y + 1;
      else if (!listed && /^(19|20)\d\d$/.test(next) && Number(next) === y + 1) until = y + 1;
      else if (
        (next === 'to' || next === 'and' || next === 'bis' || next === 'a') &&
        /^(19|20)\d\d$/.test(after) &&
        Number(after) === y + 1 &&
        (prev === 'from' ||
          prev === 'in' ||
          prev === 'between' ||
          /chair|presiden/.test(w.slice(Math.max(0, i - 4), i).join(' ')))
      )
        until = y + 1;
      if (until) {
        out.push(ref(y, i, role, 'range', undefined, undefined, until));
        taken.add(i + 1);
        if (!/^\d\d$/.test(next) && !/^(19|20)\d\d$/.test(next)) taken.add(i + 2);
        continue;
      }
      // "at the end of 2023", "at the start of 2024".
      if (prev === 'of' && /^(start|beginning|begin|early)$/.test(prev2)) {
        const r = ref(y, i, role, 'in');
        r.to = r.from;
        out.push(r);
        continue;
      }
      // "early", "mid-" or "late" before a year: a third of that year ("since early 2025": from then on).
      const third = ['early', 'mid', 'late'].indexOf(prev);
      if (third >= 0) {
        const p = w[prepositionBefore(w, i)] ?? '';
        const r = ref(y, i, role, BEFORE.has(p) ? 'before' : AFTER.has(p) ? 'after' : 'in');
        r.from = new Date(Date.UTC(y, third * 4, 1));
        r.to = new Date(Date.UTC(y, third * 4 + 4, 0));
        out.push(r);
        continue;
      }
      if (AFTER.has(reached)) {
        const r = ref(y, i, role, 'after');
        r.from = new Date(Date.UTC(y, PART_OF_YEAR[prev2] ?? 0, 1));
        out.push(r);
        continue;
      }
      out.push(ref(y, i, role, mode));
      continue;
    }
    // "the last 6 months", "the past few weeks", "over the last couple of months": a span back from today.
    const unit = SPAN_UNIT[word];
    if (unit !== undefined) {
      let k = i - 1;
      let count: number | undefined;
      if (w[k] === 'of' && w[k - 1] === 'couple') {
        count = 2;
        k -= 2;
      } else if (/^\d{1,2}$/.test(w[k] ?? '')) count = Number(w[k--]);
      else if (w[k] !== 'a' && SPAN_COUNT[w[k] ?? ''] !== undefined) count = SPAN_COUNT[w[k--]!];
      // ("the last few years" of a yearly rotation: some five of them.)
      if (unit === 365 && /^(few|several)$/.test(w[k + 1] ?? '')) count = 5;
      // ("in recent months": a few of them; "last month" without "the" is the month before this one, below.)
      const back = /^(last|past|previous|recent)$/.test(w[k] ?? '');
      const plural = /s$/.test(word);
      const calendar =
        count === undefined && !plural && w[k] === 'last' && !/^(the|over|past|in)$/.test(w[k - 1] ?? '');
      if (
        back &&
        !calendar &&
        (count === undefined ? plural || /^(the|over|past)$/.test(w[k - 1] ?? '') : count <= 24)
      ) {
        const start = new Date(today.getTime() - (count ?? (plural ? 3 : 1)) * unit * 86_400_000);
        const from = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
        const r = ref(from.getUTCFullYear(), i, role, 'after');
        // (Its end is its start, as for "after 2021": the span runs on to today.)
        r.from = from;
        r.to = from;
        r.since = true;
        r.relative = true;
        out.push(r);
        continue;
      }
      if (calendar && unit === 30) {
        const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
        out.push(ref(first.getUTCFullYear(), i, role, 'in', first.getUTCMonth() + 1));
        continue;
      }
    }
    // "since the spring", "after the summer", "in autumn 2025": a season (its first month, in the northern hemisphere).
    const season = SEASON[word];
    // (Only said with a year or after "since"/"after": "this winter" in a question about what is to come is no span.)
    // ("what did the SCO say … this spring?" in December: a season of this year already over is past, named.)
    const seasonPast =
      season !== undefined &&
      (prev === 'this' || prev === 'last') &&
      new Date(Date.UTC(today.getUTCFullYear(), season + 2, 0)) < today;
    const seasonNamed =
      season !== undefined &&
      w[i + 1] !== 'of' &&
      (/^(19|20)\d\d$/.test(w[i + 1] ?? '') || AFTER.has(prev) || (prev === 'the' && AFTER.has(prev2)) || seasonPast);
    if (season !== undefined && seasonNamed) {
      const yearNamed = /^(19|20)\d\d$/.test(w[i + 1] ?? '') ? Number(w[i + 1]) : undefined;
      const startIn = (y: number) => new Date(Date.UTC(y, season - 1, 1));
      let y = yearNamed ?? today.getUTCFullYear();
      // (Said with no year: the latest one begun by today.)
      if (!yearNamed && startIn(y) > today) y--;
      const p = w[prepositionBefore(w, i)] ?? '';
      const r = ref(y, i, role, BEFORE.has(p) ? 'before' : AFTER.has(p) ? 'after' : 'in');
      r.from = startIn(y);
      r.to = new Date(Date.UTC(y, season + 2, 0));
      if (SINCE.has(p)) r.since = true;
      out.push(r);
      if (yearNamed) taken.add(i + 1);
      continue;
    }
    // Relative years.
    if (
      word === 'year' &&
      (prev === 'this' || prev === 'last' || prev === 'next') &&
      // ("this year's meeting" dates the meeting; "a year old" dates nothing.)
      w[i + 1] !== 'old'
    ) {
      const y = today.getUTCFullYear() + (prev === 'last' ? -1 : prev === 'next' ? 1 : 0);
      out.push(ref(y, i, role, 'in'));
    }
    // The same in Spanish, French, German and Turkish ("este año", "cette année", "letztes Jahr", "bu yıl").
    if (/^(ano|annee|jahr|yil)$/.test(word)) {
      const next = w[i + 1] ?? '';
      const shift = /^(este|cette|dieses|diesem|bu)$/.test(prev)
        ? 0
        : /^(letztes|letzten|vergangenes|vergangenen|gecen)$/.test(prev) || /^(pasado|derniere)$/.test(next)
          ? -1
          : /^(nachstes|nachsten|proximo|gelecek)$/.test(prev) || next === 'prochaine'
            ? 1
            : undefined;
      if (shift !== undefined) out.push(ref(today.getUTCFullYear() + shift, i, role, 'in'));
    }
  }
  // ("over the last few years, say from 2024 onward": a date the asker wrote says the span better than one counted back.)
  if (out.some((t) => !t.relative) && out.some((t) => t.relative))
    return latinSince(
      w,
      out.filter((t) => !t.relative),
    );
  return latinSince(w, out);
}

/** "Since 2017", "from 2021 onward": the times read with what follows them. */
function latinSince(w: readonly string[], out: TimeRef[]): TimeRef[] {
  // "Since 2017", "depuis 2017": after, and the year itself too.
  for (const t of out) {
    // ("pasted from a 2023 textbook: 'the SCO currently comprises …'": the year of the source, not of what it says.)
    if (SOURCE_NOUN.test(w[t.at + 1] ?? '') && /^(a|an|the|our|my|this|that|old|older)$/.test(w[t.at - 1] ?? '')) {
      t.role = 'aside';
      t.ofSource = true;
    }
    // ("which strategic document to 2035 was adopted at Tianjin?", "à l'horizon 2035": the year a plan runs to is its
    // name's, not the time asked of.)
    if (
      /^(to|until|till|through|horizon|horizonte|bis|hasta)$/.test(w[t.at - 1] ?? '') &&
      w
        .slice(Math.max(0, t.at - 5), t.at - 1)
        .some((x) =>
          /^(strateg\w*|estrateg\w*|plans?|programm?es?|documents?|vision|agenda|concepts?|konzept\w*)$/.test(x),
        )
    )
      t.role = 'aside';
    // "from 2021 onward", "2021 and after": after, the year itself counted.
    // "from 2021 to now", "2021 till today", "2021 to date": the same.
    const untilNow =
      /^(?:to|till|until|through|thru|up to|up till|up until) (?:now|today|date|present|the present)\b/.test(
        w.slice(t.at + 1, t.at + 4).join(' '),
      );
    // ("chairs list from 2021, we make a timeline": a run of several asked from a year, with no end, goes on from it.)
    // ("chairs back to 2021 pls": a run reaching back to a year goes on from it, as "from" does.)
    const runFrom =
      (w[t.at - 1] === 'from' || (w[t.at - 1] === 'to' && w[t.at - 2] === 'back')) &&
      out.length === 1 &&
      !/^(to|till|until|through|thru|and|[12]\d{3})$/.test(w[t.at + 1] ?? '') &&
      w.some((x) => /^(list|chairs|chairmanships|summits|meetings|timeline|chronology|all)$/.test(x)) &&
      // (Not a start put to be checked: "… part of the shanghai five from 1996, correct?")
      !w.slice(t.at + 1).some((x) => /^(correct|right|true|yes|no|ok|okay)$/.test(x));
    if (
      t.mode === 'in' &&
      !t.month &&
      (untilNow || runFrom || /^(onward|onwards|on|and after|or later)$/.test(w[t.at + 1] ?? ''))
    ) {
      t.mode = 'after';
      t.since = true;
    }
    // ("did Kyrgyzstan chair before 2025–26?": before a chair's year, before its first year.)
    if (t.mode === 'range' && /^(before|prior)$/.test(w[t.at - 1] ?? '') && t.untilYear === t.year + 1) {
      t.mode = 'before';
      t.to = endOfYear(t.year);
      delete t.untilYear;
    }
    // ("from 2021–22 onwards": a chair's year, the second year written after the first, and on from it.)
    // ("the chairs since 2021-22", "going back to 2021-22": so is one put after "since" or "back to".)
    // (Not "from 2021-22 through 2025-26": a span up to another year is a range.)
    const sinceSpan =
      ((SINCE.has(w[t.at - 1] ?? '') && w[t.at - 1] !== 'from') ||
        (w[t.at - 1] === 'to' && w[t.at - 2] === 'back') ||
        STARTING.test(w[t.at - 1] ?? '') ||
        (/^(from|in|with)$/.test(w[t.at - 1] ?? '') && STARTING.test(w[t.at - 2] ?? ''))) &&
      !w.slice(t.at + 2, t.at + 7).some((x) => /^(19|20)\d\d$/.test(x));
    if (
      t.mode === 'range' &&
      /^\d{2,4}$/.test(w[t.at + 1] ?? '') &&
      (/^(onward|onwards)$/.test(w[t.at + 2] ?? '') || (sinceSpan && t.untilYear === t.year + 1))
    ) {
      t.mode = 'after';
      t.since = true;
      t.to = new Date(Date.UTC(t.year, 11, 31));
      delete t.untilYear;
    }
    if (
      t.mode === 'after' &&
      (SINCE.has(w[t.at - 1] ?? '') || STARTING.test(w[t.at - 1] ?? '') || STARTING.test(w[t.at - 2] ?? ''))
    )
      t.since = true;
  }
  return out;
}

/**
 * Years in other scripts: "2019年", "в 2019 году", "2019 में", "در سال 2019", "2019 میں". The text comes with its digits
 * already as ASCII (asciiDigits), as the counts read from it need them too.
 */
export function scriptTimes(folded: string, lang: Lang): TimeRef[] {
  const out: TimeRef[] = solarHijriTimes(folded);
  let skipTo = -1;
  for (const m of folded.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)) {
    if (m.index < skipTo) continue;
    const y = Number(m[1]);
    // "2026–2027 годах", "2024-25年度": a range of two years, as in Latin script (the folded text has lost the dash).
    const span = /^\s*[-–—/]?\s*(\d{4}|\d\d)(?!\d)/.exec(folded.slice(m.index + 4));
    if (span && Number(span[1]) % 100 === (y + 1) % 100 && (span[1]!.length === 2 || Number(span[1]) === y + 1)) {
      out.push(ref(y, m.index, 'main', 'range', undefined, undefined, y + 1));
      skipTo = m.index + 4 + span[0].length;
      continue;
    }
    const near = folded.slice(Math.max(0, m.index - 30), m.index);
    const after = folded.slice(m.index + 4, m.index + 16);
    // "۲ مارس ۲۰۲۶", "2 марта 2026": a Gregorian month named before the year (and a day before it) dates the question to it.
    const dated = /(?:(\d{1,2})\s*)?([^\s\d]{3,})\s*$/.exec(near);
    const month = dated ? scriptMonth(dated[2]!) : undefined;
    const day = month && dated?.[1] ? Number(dated[1]) : undefined;
    // ("после апреля 2026": the preposition before the month is the year's; not the short "с", also "with".)
    const beforeMonth = month ? near.slice(0, dated!.index).slice(-12) : '';
    const before = month && !/(^|\s)с $/.test(beforeMonth) ? beforeMonth : near.slice(-12);
    const mode: TimeRef['mode'] =
      /(^|\s)(до|перед) $/.test(before) ||
      /^ ?(年前|以前|之前|से पहले|سے پہلے|से पूर्व)/.test(after) ||
      /قبل از $/.test(before)
        ? 'before'
        : /(^|\s)(после|с) $/.test(before) ||
            /^ ?(年后|年以后|以来|年以来|年起|के बाद|کے بعد)/.test(after) ||
            /بعد از $/.test(before)
          ? 'after'
          : 'in';
    const t = ref(y, m.index, 'main', mode, month, day && day <= 31 ? day : undefined);
    // "2001 से अब तक", "2001 سے", "с 2001 года": from that year on, as "since 2001".
    if (mode === 'in' && !month && /^ ?(से|سے)(?=\s|$)/.test(after)) t.mode = 'after';
    if (t.mode === 'after' && (/^ ?(से|سے|年以来|以来|年起)/.test(after) || /(^|\s)с $/.test(before))) t.since = true;
    out.push(t);
  }
  void lang;
  return out;
}

/** A month's name in another script, as Intl writes it (a declined form, "марта", starts with its stem). */
export function scriptMonth(word: string): number | undefined {
  const exact = MONTHS.get(word);
  if (exact !== undefined) return exact;
  for (const [name, m] of MONTHS)
    if (name.length >= 4 && /[^\u0020-\u024f]/.test(name) && word.startsWith(name.slice(0, -1))) return m;
  return undefined;
}

/** Digits of other scripts (Arabic-Indic, Persian, Devanagari) as ASCII, one for one, so offsets stay. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    const zero = c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(c - zero);
  });
}

/** The Solar Hijri calendar through Intl: each month's name (as Intl writes it) and its Gregorian days. */
const PERSIAN = new Intl.DateTimeFormat('fa-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  timeZone: 'UTC',
});
const PERSIAN_MONTHS: Map<string, number> = (() => {
  const out = new Map<string, number>();
  const name = new Intl.DateTimeFormat('fa-u-ca-persian', { month: 'long', timeZone: 'UTC' });
  for (let k = 0; k < 12; k++) {
    const d = new Date(Date.UTC(2001, 3, 5 + k * 31));
    const month = Number(PERSIAN.formatToParts(d).find((p) => p.type === 'month')?.value);
    out.set(name.format(d).trim(), month);
  }
  return out;
})();

function persianYearMonth(d: Date): [number, number] {
  const parts = PERSIAN.formatToParts(d);
  return [Number(parts.find((p) => p.type === 'year')?.value), Number(parts.find((p) => p.type === 'month')?.value)];
}

/** "اسفند ۱۴۰۴": a Solar Hijri month and year, as the Gregorian days it spans. */
function solarHijriTimes(folded: string): TimeRef[] {
  const out: TimeRef[] = [];
  for (const [name, month] of PERSIAN_MONTHS) {
    // (A month not in the text has no year after it: its pattern is not made.)
    if (!folded.includes(name)) continue;
    for (const m of folded.matchAll(new RegExp(`${name}\\s+(1[34]\\d\\d)(?!\\d)`, 'g'))) {
      const year = Number(m[1]);
      // The month falls within 700 days of the 1st of its Gregorian year's March (year + 621).
      const day = new Date(Date.UTC(year + 621, 2, 1));
      let from: Date | undefined;
      let to: Date | undefined;
      for (let i = 0; i < 700; i++, day.setUTCDate(day.getUTCDate() + 1)) {
        const [y, mo] = persianYearMonth(day);
        if (y === year && mo === month) {
          from ??= new Date(day);
          to = new Date(day);
        } else if (from) break;
      }
      if (!from || !to) continue;
      out.push({ year: from.getUTCFullYear(), at: m.index, role: 'main', mode: 'in', from, to });
    }
  }
  return out;
}
