import type { FactStore } from './store.js';
import { normaliseName } from '../base/text.js';
import { STATUS_LABEL } from './wording.js';
import { daysBetween, formatDate, isoToDate } from '../base/dates.js';
import { STALE_AFTER_DAYS } from './time.js';

/**
 * News that looks like a change to the checked facts: someone joined, applied, was appointed,
 * died; a chair passed; a summit was held; a statement was issued. Such items are shown as
 * "reported, not yet verified" and listed for a maintainer (`npm run data:review`) with the
 * records they would touch — never merged into the facts. Patterns only: a signal is a reason
 * to look, not a finding.
 */

const FACT_SIGNALS = [
  'joined',
  'admitted',
  'applied',
  'appointed',
  'chair',
  'summit-held',
  'statement',
  'died',
  'resigned',
] as const;
export type FactSignal = (typeof FACT_SIGNALS)[number];

/** The heading under which such items are shown: apart from the facts, with their links. */
export const REPORTED_HEADING = 'Reported in the news — not in the checked facts';

/** How each signal reads beside a headline. */
export const SIGNAL_LABEL: Record<FactSignal, string> = {
  joined: 'joining',
  admitted: 'admission',
  applied: 'application',
  appointed: 'appointment',
  chair: 'chair or host',
  'summit-held': 'summit or meeting held',
  statement: 'statement',
  died: 'death',
  resigned: 'resignation or dismissal',
};

const PATTERNS: Record<FactSignal, RegExp[]> = {
  joined: [
    /\bjoin(s|ed|ing)?\b/i,
    /\bbecom(e|es|ing)\s+(a\s+|the\s+)?(full(-fledged)?\s+|new\s+)?(member|partner|observer)/i,
    /вступ\p{L}*/iu,
    /加入/u,
  ],
  admitted: [
    /\badmi(t|ts|tted|tting|ssion)\b/i,
    /\baccession\b/i,
    /\bgrant(s|ed)?\b.{0,40}\bstatus\b/i,
    /\bnew\s+(member|partner|observer)s?\b/i,
    /принят\p{L}*\s+в\s+(состав|члены)/iu,
    /接纳|吸收.{0,6}(成员|伙伴)/u,
  ],
  applied: [
    /\bappl(y|ies|ied|ication|ications)\b/i,
    /\bbids?\b/i,
    /\bseeks?\s+(full\s+)?(membership|observer|partner)/i,
    /заявк\p{L}*/iu,
    /申请/u,
  ],
  appointed: [
    /\bappoint(s|ed|ment)?\b/i,
    /\bnew\s+(defen[cs]e|foreign)\s+minister\b/i,
    /\bnew\s+secretary[-\s]general\b/i,
    /\b(named|sworn\s+in)\s+(as\s+)?(acting\s+)?(defen[cs]e|foreign|prime)?\s*(minister|secretary|director|chief|head)\b/i,
    /назнач\p{L}*/iu,
    /任命/u,
  ],
  chair: [
    /\bchair(s|ed|ing|manship|man|person)?\b/i,
    /\bpresidency\b/i,
    /\bhosts?\b.{0,30}\b(next|\d{4})\b.{0,20}\bsummit\b/i,
    /\b(next|\d{4})\s+(sco\s+)?summit\b.{0,30}\bhost/i,
    /председательств\p{L}*/iu,
    /轮值主席|主席国/u,
  ],
  'summit-held': [
    /\b(summit|meeting|council)\b.{0,60}\b(held|opens?|opened|concludes?|concluded|closes?|closed|ends?|ended|wraps?\s+up|kicks?\s+off|gets?\s+under\s*way)\b/i,
    /\b(held|hosts?|hosted|opens?|opened)\b.{0,40}\b(summit|meeting)\b/i,
    /\b(ministers|leaders|heads\s+of\s+(state|government))\s+(meet|met|gather|gathered)\b/i,
    /саммит\p{L}*.{0,40}(прош\p{L}*|состоял\p{L}*|открыл\p{L}*|завершил\p{L}*)/iu,
    /(峰会|会议).{0,12}(举行|开幕|闭幕)/u,
  ],
  statement: [
    /\b(joint\s+)?(statement|declaration|communiqu[eé])\b/i,
    /заявлени\p{L}*|деклараци\p{L}*|коммюнике/iu,
    /声明|宣言|公报/u,
  ],
  died: [
    /\b(killed|died|dies|death|dead|assassinated|slain)\b/i,
    /погиб\p{L}*|убит\p{L}*|скончал\p{L}*|гибел\p{L}*/iu,
    /遇难|身亡|去世|逝世|遇害/u,
  ],
  resigned: [
    /\bresign(s|ed|ation)?\b/i,
    /\b(dismiss(es|ed|al)?|sacked|fired|ousted|steps?\s+down|stepped\s+down|relieved\s+of)\b/i,
    /отставк\p{L}*|уволен\p{L}*|освобожд\p{L}*\s+от\s+должности/iu,
    /辞职|免职/u,
  ],
};

/** Enough text to judge by: a headline and the start of its summary. */
const MAX_TEXT = 1500;

/** The fact-change signals a news text carries, in FACT_SIGNALS order. */
export function factSignals(title: string, summary = ''): FactSignal[] {
  const text = `${title}\n${summary}`.slice(0, MAX_TEXT);
  return FACT_SIGNALS.filter((s) => PATTERNS[s].some((re) => re.test(text)));
}

/** C0/C1 controls, bidi overrides and invisible characters: feed text must not carry them to a reader. */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** Feed text made safe to show on one line: controls stripped, whitespace collapsed, clipped. (Renderers escape it per platform.) */
export function untrustedLine(text: string, max = 200): string {
  const clean = text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A data record a reported change would touch: which file, which record, and why. */
export interface RecordRef {
  file: string;
  /** The record's id, or its natural key where it has none ("AZ applicant-member"). */
  key: string;
  /** What it holds now, in a few words. */
  label: string;
}

const ROLE_WORDS: {
  role: 'defence-minister' | 'secretary-general' | 'rats-director' | 'foreign-minister';
  re: RegExp;
}[] = [
  {
    role: 'defence-minister',
    re: /\bdefen[cs]e\s+(minister|chief)|\bminister\s+of\s+(national\s+)?defen[cs]e|министр\p{L}*\s+обороны|防长|国防部长/iu,
  },
  { role: 'secretary-general', re: /\bsecretary[-\s]general|генеральн\p{L}*\s+секретар\p{L}*|генсек\p{L}*|秘书长/iu },
  { role: 'rats-director', re: /\bRATS\b|anti-?terrorist\s+structure|РАТС|地区反恐怖机构/u },
  { role: 'foreign-minister', re: /\bforeign\s+minister|министр\p{L}*\s+иностранных|外长/iu },
];

/**
 * The records a reported change would touch, so a maintainer knows where a sourced edit would
 * go: a country's status for joining or applying, officials for appointments and deaths, the
 * chair, the events whose outcome or occurrence the data lacks, and the open unknowns they bear on.
 */
export function recordsTouched(
  store: FactStore,
  item: { title: string; summary?: string; countries?: readonly string[] },
  signals: readonly FactSignal[],
): RecordRef[] {
  const text = `${item.title}\n${item.summary ?? ''}`.slice(0, MAX_TEXT);
  const norm = ` ${normaliseName(text)} `;
  const countries = item.countries?.length
    ? [...item.countries]
    : store.resolver.findMentions(text, { fuzzy: false }).map((m) => m.country.id);
  const out: RecordRef[] = [];
  const push = (ref: RecordRef) => {
    if (!out.some((r) => r.file === ref.file && r.key === ref.key)) out.push(ref);
  };
  const has = (s: FactSignal) => signals.includes(s);
  const unknown = (filter: Parameters<FactStore['unknowns']>[0]) => {
    for (const u of store.unknowns(filter))
      push({ file: 'unknowns.json', key: u.id, label: `not in the data: ${u.what}` });
  };

  if (has('joined') || has('admitted') || has('applied')) {
    for (const code of countries) {
      const now = store.statusOn(code, store.now());
      for (const m of now)
        push({
          file: 'memberships.json',
          key: `${code} ${m.status}`,
          label: `${store.nameOf(code)}: ${STATUS_LABEL[m.status]}`,
        });
      if (now.length === 0)
        push({
          file: 'memberships.json',
          key: `${code} (new record)`,
          label: `${store.nameOf(code)}: no status recorded`,
        });
      unknown({ country: code, topic: 'membership' });
    }
    if (has('joined') || has('admitted')) {
      const period = store.data.memberCount.at(-1);
      if (period)
        push({
          file: 'member-count.json',
          key: `from ${period.from}`,
          label: `${period.count} members since ${period.from}`,
        });
    }
  }

  if (has('appointed') || has('resigned') || has('died')) {
    const named = store.data.officials.filter((o) =>
      [o.name, ...o.altNames].some((n) => norm.includes(` ${normaliseName(n)} `)),
    );
    const roles = ROLE_WORDS.filter((r) => r.re.test(text)).map((r) => r.role);
    const byRole = store.data.officials.filter(
      (o) =>
        roles.includes(o.role as (typeof roles)[number]) &&
        (o.role === 'secretary-general' || o.role === 'rats-director' || countries.includes(o.country)),
    );
    for (const o of [...named, ...byRole])
      push({ file: 'officials.json', key: o.id, label: `${o.name}, ${o.roleLabel}` });
    for (const role of roles) unknown({ role });
  }

  if (has('chair')) {
    const standing = store.chairStanding();
    if (standing.kind !== 'none')
      push({
        file: 'chairs.json',
        key: `${standing.chair.country} from ${standing.chair.from}`,
        label: `${store.nameOf(standing.chair.country)}, chair from ${standing.chair.from}`,
      });
    unknown({ topic: 'chair' });
  }

  if (has('summit-held') || has('statement')) {
    // Meetings whose occurrence or outcome the data lacks, named by city or host.
    const open = store
      .events({ scoOnly: true })
      .filter((e) => store.eventPhase(e) !== 'held')
      .filter(
        (e) => norm.includes(` ${normaliseName(e.city)} `) || (e.host !== undefined && countries.includes(e.host)),
      );
    for (const e of open) {
      push({ file: 'events.json', key: e.id, label: `${e.name}: ${store.eventTiming(e)}` });
      unknown({ event: e.id });
    }
    if (has('statement'))
      push({
        file: 'organisation.json',
        key: '(new record, topic "statements")',
        label: 'statements issued by the SCO or its members',
      });
  }
  return out;
}

/**
 * What most likely went out of date once the data is old, for check-data's warning and
 * /sco about: the chair (it passes every year), the members and partners (decided at summits)
 * and the officials not confirmed for a long time. Each line names the records' dates.
 */
export function likelyOutOfDate(store: FactStore): string[] {
  const today = store.now();
  const out: string[] = [];
  const standing = store.chairStanding();
  if (standing.kind === 'ended') {
    out.push(
      `The chair: ${store.nameOf(standing.chair.country)}'s term ended on ${formatDate(standing.endedOn)} and no successor is recorded`,
    );
  } else if (standing.kind === 'current') {
    out.push(`The chair: ${store.nameOf(standing.chair.country)}, recorded since ${formatDate(standing.chair.from)}`);
  }
  const statuses = store.data.memberships.filter((m) => m.status !== 'none' && m.from !== undefined);
  const lastChange = statuses
    .map((m) => m.from!)
    .sort()
    .at(-1);
  if (lastChange) {
    out.push(
      `Members and partners: ${store.members().length} and ${store.partners().length}, last changed on ${formatDate(lastChange)}`,
    );
  }
  const old = store.data.officials.filter((o) => {
    const s = store.officialStanding(o);
    return s.kind === 'in-office' && daysBetween(isoToDate(o.asOf), today) > STALE_AFTER_DAYS;
  });
  if (old.length > 0) {
    out.push(
      `Officials last confirmed more than ${STALE_AFTER_DAYS} days ago: ${old.map((o) => `${o.name} (${o.roleLabel}, ${formatDate(o.asOf)})`).join('; ')}`,
    );
  }
  return out;
}

/** A news item as the review reads it (feed text: untrusted). */
export interface ReviewItem {
  title: string;
  url: string;
  publisher: string;
  published?: string;
  firstSeen?: string;
  summary?: string;
  countries?: readonly string[];
}

/** A news item that may change the facts, with what it would touch. */
export interface ReviewCandidate {
  item: ReviewItem;
  signals: FactSignal[];
  records: RecordRef[];
}

/** The items that look like fact changes, each with the records a sourced edit would touch; others are left out. */
export function reviewCandidates(store: FactStore, items: readonly ReviewItem[]): ReviewCandidate[] {
  return items.flatMap((item) => {
    const signals = factSignals(item.title, item.summary);
    return signals.length ? [{ item, signals, records: recordsTouched(store, item, signals) }] : [];
  });
}

/** The review as plain text for a maintainer: each candidate, its link, its signals, the records it would touch. */
export function formatReview(candidates: readonly ReviewCandidate[], since: string): string {
  if (candidates.length === 0) return `No news since ${formatDate(since)} looks like a change to the facts.\n`;
  const lines = [
    `${candidates.length} news item${candidates.length === 1 ? '' : 's'} since ${formatDate(since)} may change the facts. Verify each against its sources before editing data/; nothing here is a fact yet.`,
    '',
  ];
  candidates.forEach(({ item, signals, records }, i) => {
    const date = (item.published ?? item.firstSeen ?? '').slice(0, 10);
    lines.push(
      `${i + 1}. ${untrustedLine(item.title)} — ${untrustedLine(item.publisher, 80)}${date ? `, ${date}` : ''}`,
    );
    lines.push(`   ${item.url}`);
    lines.push(`   looks like: ${signals.map((s) => SIGNAL_LABEL[s]).join(', ')}`);
    if (records.length === 0) lines.push('   would touch: no existing record found (a new record, or not an SCO fact)');
    for (const r of records) lines.push(`   would touch: data/${r.file} ${r.key} — ${untrustedLine(r.label, 160)}`);
    lines.push('');
  });
  return lines.join('\n');
}
