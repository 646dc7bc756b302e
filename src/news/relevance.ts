import type { FactStore } from '../facts/store.js';

/**
 * Which items are about the SCO. An item is kept when it names the organisation in any of
 * the languages the feeds carry, or names a member state together with a word for an SCO
 * meeting. Patterns only, not an XML or language parser: the text is already plain.
 */

/** The organisation's name and abbreviation. Abbreviations only in capitals and as whole words. */
const ORGANISATION: RegExp[] = [
  /Shanghai\s+Co-?operation\s+Organi[sz]ation/i,
  /(?<![\p{L}\p{N}])SCO(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])ШОС(?![\p{L}\p{N}])/u,
  /Шанхайск\p{L}*\s+организаци\p{L}*\s+сотрудничества/iu,
  /上海合作组织|上合组织|上合峰会|上海合作組織|上合組織/u,
  /Organi[sz]ación de Cooperación de Shangh[aá]i|Organisation de coopération de Shanghai|Shanghaier Organisation für Zusammenarbeit/iu,
  /शंघाई सहयोग संगठन/u,
  /شنگھائی تعاون تنظیم|سازمان همکاری شانگهای/u,
  /Шанхай\s+ынтымақтастық\s+ұйым\p{L}*/iu,
  /Shanghay\s+hamkorlik\s+tashkiloti/iu,
];

/** Words for the SCO's own meetings and bodies; with a member state named, the item is kept. */
const EVENT_WORDS: RegExp[] = [
  /\bsummit\b/i,
  /\bministers?['’]?\s+meeting\b/i,
  /\bministerial\b/i,
  /\b(foreign|defen[cs]e|interior|trade|economy|energy|transport|health|education|culture|agriculture)\s+ministers\b/i,
  /\bheads\s+of\s+(state|government)\b/i,
  /\bcouncil\s+of\s+(heads|foreign\s+ministers|national\s+coordinators)\b/i,
  /\bsecretary[-\s]general\b/i,
  /\banti-?terrorist\s+structure\b|(?<![\p{L}])RATS(?![\p{L}])/u,
  /\bpeace\s+mission\b/i,
  /саммит\p{L}*/iu,
  /встреч\p{L}*\s+министров|совещани\p{L}*\s+министров|совет\p{L}*\s+министров/iu,
  /глав\s+(государств|правительств)/iu,
  /峰会|元首理事会|政府首脑理事会|外长理事会|外长会议|防长会议|部长会议/u,
];

export interface Relevance {
  keep: boolean;
  /** Why it was kept: 'organisation' or 'member-and-event'. */
  reason?: 'organisation' | 'member-and-event';
  /** ISO alpha-2 codes of every country named, in order of first mention. */
  countries: string[];
}

/** Enough text to judge by; a long article body adds cost, rarely relevance. */
const MAX_TEXT = 1500;

export class RelevanceFilter {
  private readonly memberCodes: Set<string>;

  constructor(private readonly facts: FactStore) {
    this.memberCodes = new Set(facts.members().map((m) => m.country.id));
  }

  judge(title: string, summary = ''): Relevance {
    const text = `${title}\n${summary}`.slice(0, MAX_TEXT);
    // A fuzzy match in edited prose is more often an ordinary word than a misspelt country.
    const countries = this.facts.resolver.findMentions(text, { fuzzy: false }).map((m) => m.country.id);
    if (ORGANISATION.some((re) => re.test(text))) return { keep: true, reason: 'organisation', countries };
    if (countries.some((c) => this.memberCodes.has(c)) && EVENT_WORDS.some((re) => re.test(text))) {
      return { keep: true, reason: 'member-and-event', countries };
    }
    return { keep: false, countries };
  }
}
