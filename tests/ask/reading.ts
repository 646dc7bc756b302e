import type { Reply } from '../../src/reply/model.js';

/**
 * How an answer reads: the checks the shared reading tool (answer-quality.mjs) runs on hidden
 * question sets, ported so the suite holds them on every question it knows. Kinds: fact, yesno,
 * list, explain, refuse (others are checked only for ids, repeats and brackets).
 *
 *   verdict-first   yes/no questions: the summary's first 60 characters hold the verdict (any language)
 *   no-false-yes    what/when/who/how-many/explain questions: the summary does not open with "Yes"/"No"
 *   asker-language  non-English questions: the summary is (at least partly) in the question's language
 *   no-internal-ids no claim ids (R1, E7) or data ids (qingdao-defence-2025) in what the user reads
 *   no-repeats      no sentence of 30+ characters appears twice in one reply
 *   flat-brackets   no parentheses nested inside parentheses in the summary
 *   concise         fact and yes/no summaries at most 600 characters
 */
export type ReadingKind = 'fact' | 'yesno' | 'list' | 'explain' | 'refuse' | 'unknown' | 'other';

const SCRIPTS: Record<string, RegExp> = {
  ru: /[\u0400-\u04FF]/,
  zh: /[\u4E00-\u9FFF]/,
  hi: /[\u0900-\u097F]/,
  ar: /[\u0600-\u06FF]/,
};
const LATIN: Record<string, RegExp> = {
  de: /\b(der|die|das|ist|wer|wann|welche[rs]?|wie|viele|mitglied|mitglieder|seit|nicht|und)\b/gi,
  es: /\b(el|la|los|las|es|quién|cuándo|cuántos|cuál|qué|miembros?|desde|países|y|no)\b/gi,
  fr: /\b(le|la|les|est|qui|quand|combien|quel(le)?s?|membres?|depuis|pays|et|pas)\b/gi,
};

/** The question's language as the checker sees it (Arabic script is one: Persian and Urdu alike). */
function checkerLanguage(q: string): string {
  const latin = (q.match(/[a-z]/gi) ?? []).length;
  for (const [k, re] of Object.entries(SCRIPTS))
    if ((q.match(new RegExp(re.source, 'g')) ?? []).length > latin) return k;
  const words = q.toLowerCase();
  let best = 'en';
  let n = 1;
  for (const [k, re] of Object.entries(LATIN)) {
    const m = words.match(re)?.length ?? 0;
    if (m > n) {
      best = k;
      n = m;
    }
  }
  return best;
}

const VERDICT_WORD =
  /^[^\p{L}\p{N}]*(yes|no|not|none|true|false|correct|wrong|да|нет|не|हाँ|हां|नहीं|جی|ہاں|نہیں|بله|خیر|نه|آری|ja|nein|sí|si|no|oui|non)(?![\p{L}])/iu;
const VERDICT_CJK = /^[^\p{N}]{0,12}(是|不是|否|没有|沒有|不)/u;
const IDS = [
  /\b(?:R[1-5]|E(?:1[0-3]|[1-9]))\b/,
  /\b[a-z]+(?:-[a-z0-9]+)*-(?:19|20)\d\d(?:-[a-z0-9]+)*\b(?<=\b[a-z0-9]+-[a-z0-9]+-[a-z0-9-]+)/,
];

function texts(r: Reply): string[] {
  return [
    r.title,
    r.summary,
    ...r.sections.flatMap((s) => [
      s.heading,
      s.text,
      ...(s.items ?? []),
      ...(s.fields ?? []).flatMap((f) => [f.label, f.value]),
    ]),
  ].filter((x): x is string => typeof x === 'string');
}

function depth(s: string): number {
  let d = 0;
  let m = 0;
  for (const ch of s) {
    if (ch === '(') m = Math.max(m, ++d);
    else if (ch === ')') d = Math.max(0, d - 1);
  }
  return m;
}

/** The checks a reply fails, by name; empty when it reads well. */
export function readingProblems(q: string, kind: ReadingKind, r: Reply): string[] {
  const summary = r.summary ?? '';
  const head = summary.slice(0, 60);
  const lang = checkerLanguage(q);
  const wh = /^\s*(when|who|what|which|where|how|why|explain|walk|list|name|tell)\b/i.test(q);
  const problems: string[] = [];
  const all = texts(r);
  const declined = /outside what I answer|not something I can answer/i.test(all.join(' '));
  if (kind === 'yesno' && !declined && !(VERDICT_WORD.test(head) || VERDICT_CJK.test(head)))
    problems.push('verdict-first');
  if ((kind === 'fact' || kind === 'list' || kind === 'explain') && wh && /^[^\p{L}]*(yes|no)\b/iu.test(summary))
    problems.push('no-false-yes');
  if (lang !== 'en' && kind !== 'refuse') {
    const ok = SCRIPTS[lang] ? SCRIPTS[lang]!.test(summary) : (summary.match(LATIN[lang]!) ?? []).length >= 2;
    if (!ok) problems.push('asker-language');
  }
  const user = all.join('\n');
  if (IDS.some((re) => re.test(user))) problems.push('no-internal-ids');
  const seen = new Set<string>();
  for (const s of user.split(/(?<=[.!?。])\s+|\n/)) {
    const k = s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (k.length < 30) continue;
    if (seen.has(k)) {
      problems.push('no-repeats');
      break;
    }
    seen.add(k);
  }
  if (depth(summary) >= 2) problems.push('flat-brackets');
  if ((kind === 'fact' || kind === 'yesno') && summary.length > 600) problems.push('concise');
  return problems;
}

/**
 * The reading kind of a regression question, which records only fact/decline/noData: a decline
 * is refused; an English question that opens with an auxiliary verb is yes/no.
 */
export function readingKindOf(q: string, kind: string, lang: string = checkerLanguage(q)): ReadingKind {
  if (kind === 'decline') return 'refuse';
  if (kind === 'noData') return 'unknown';
  if (lang === 'en' && /^\s*(is|are|was|were|does|do|did|has|have)\b/i.test(q) && !/\bor\b/i.test(q)) return 'yesno';
  return 'fact';
}
