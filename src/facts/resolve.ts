import { distance } from 'fastest-levenshtein';
import type { CountryT } from './schema.js';
import { isLatin, normaliseName } from '../base/text.js';

/** How a name was recognised, best first; a key that two countries share goes to the better kind. */
const MATCH_KINDS = [
  'name',
  'official-name',
  'iso2',
  'iso3',
  'alias',
  'native-name',
  'old-name',
  'demonym',
  'misspelling',
  'fuzzy',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface CountryMatch {
  country: CountryT;
  matchedBy: MatchKind;
  /** The text that matched, as written. */
  text: string;
}

export type Resolution = ({ found: true } & CountryMatch) | { found: false; query: string; suggestions: CountryT[] };

interface Entry {
  country: CountryT;
  kind: MatchKind;
}

const MAX_SUGGESTIONS = 3;
/** Multi-word names are matched up to this many words long in free text. */
const MAX_NAME_WORDS = 4;

/** Edits allowed for a misspelling, by length: short names must be nearly exact. */
function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 6) return 1;
  if (length <= 10) return 2;
  return 3;
}

/** In running text fewer edits are allowed, since ordinary words sit near some names. */
function mentionEdits(length: number): number {
  if (length < 6) return 0;
  return length < 9 ? 1 : 2;
}

export class NameResolver {
  private readonly byKey = new Map<string, Entry>();
  /** Keys in non-Latin scripts, for finding names inside unspaced text (中国, ایران). */
  private readonly scriptKeys: string[] = [];
  private readonly latinKeys: string[] = [];

  constructor(private readonly countries: readonly CountryT[]) {
    for (const c of countries) {
      this.add(c.name, c, 'name');
      this.add(c.officialName, c, 'official-name');
      this.add(c.id, c, 'iso2');
      this.add(c.iso3, c, 'iso3');
      for (const n of c.aliases) this.add(n, c, 'alias');
      c.nativeNames.forEach((n) => {
        this.add(n.name, c, 'native-name');
        if (n.latin) this.add(n.latin, c, 'native-name');
      });
      for (const n of c.oldNames) this.add(n, c, 'old-name');
      for (const n of c.demonyms) this.add(n, c, 'demonym');
      for (const n of c.misspellings) this.add(n, c, 'misspelling');
    }
    for (const key of this.byKey.keys()) (isLatin(key) ? this.latinKeys : this.scriptKeys).push(key);
    // Longest first, so 中华人民共和国 wins over 中国 inside a sentence.
    this.scriptKeys.sort((a, b) => b.length - a.length);
  }

  private add(raw: string, country: CountryT, kind: MatchKind): void {
    const key = normaliseName(raw);
    if (!key) return;
    const existing = this.byKey.get(key);
    if (!existing || MATCH_KINDS.indexOf(kind) < MATCH_KINDS.indexOf(existing.kind)) {
      this.byKey.set(key, { country, kind });
    }
  }

  /** A country from a name as typed: exact forms first, then a small edit distance. */
  resolve(query: string): Resolution {
    const key = normaliseName(query);
    const exact = key ? this.byKey.get(key) : undefined;
    if (exact) return { found: true, country: exact.country, matchedBy: exact.kind, text: query.trim() };
    const close = this.closest(key);
    const best = close[0];
    if (
      best &&
      best.edits <= allowedEdits(key.length) &&
      (close[1] === undefined || close[1].edits > best.edits || close[1].country === best.country)
    ) {
      return { found: true, country: best.country, matchedBy: 'fuzzy', text: query.trim() };
    }
    return { found: false, query: query.trim(), suggestions: this.suggest(query) };
  }

  /** Up to three countries whose names are nearest to the text, for "did you mean". */
  suggest(query: string, limit = MAX_SUGGESTIONS): CountryT[] {
    const key = normaliseName(query);
    if (!key) return [];
    const out: CountryT[] = [];
    const prefixed = this.complete(query, limit);
    for (const { country, edits } of this.closest(key)) {
      if (edits > Math.max(2, Math.ceil(key.length / 2))) break;
      if (!out.includes(country)) out.push(country);
    }
    for (const c of prefixed) if (!out.includes(c)) out.push(c);
    return out.slice(0, limit);
  }

  /** Countries whose name, alias or code starts with the text, for autocomplete. */
  complete(prefix: string, limit = 25): CountryT[] {
    const key = normaliseName(prefix);
    const out: CountryT[] = [];
    if (!key) return this.countries.slice(0, limit);
    for (const [k, entry] of this.byKey) {
      if (entry.kind === 'misspelling') continue;
      if ((k.startsWith(key) || k.split(' ').some((w) => w.startsWith(key))) && !out.includes(entry.country)) {
        out.push(entry.country);
      }
    }
    return out
      .sort((a, b) => Number(!normaliseName(a.name).startsWith(key)) - Number(!normaliseName(b.name).startsWith(key)))
      .slice(0, limit);
  }

  /**
   * Every country named in a sentence, in order of appearance. ISO codes count only when
   * written in capitals ("IN", "RUS"), since "in" and "us" are words. `fuzzy: false` skips the
   * misspelling search, the costly part, for callers that would drop its matches anyway.
   */
  findMentions(text: string, options: { fuzzy?: boolean } = {}): CountryMatch[] {
    const fuzzy = options.fuzzy ?? true;
    const found: { at: number; match: CountryMatch }[] = [];
    const words = text.split(/[^\p{L}\p{M}\p{N}'’‘ʻ.-]+/u).filter(Boolean);
    const norm = words.map((w) => normaliseName(w));
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !matched; n--) {
        const raw = words.slice(i, i + n).join(' ');
        const entry = this.byKey.get(norm.slice(i, i + n).join(' '));
        if (!entry) continue;
        const isCode = entry.kind === 'iso2' || entry.kind === 'iso3';
        if (isCode && raw !== raw.toUpperCase()) continue;
        found.push({ at: i, match: { country: entry.country, matchedBy: entry.kind, text: raw } });
        matched = n;
      }
      if (!matched && fuzzy) {
        const word = norm[i] ?? '';
        if (word.length >= 5 && isLatin(word)) {
          const close = this.closest(word);
          const best = close[0];
          if (best && best.edits > 0 && best.edits <= mentionEdits(word.length)) {
            found.push({ at: i, match: { country: best.country, matchedBy: 'fuzzy', text: words[i] ?? word } });
          }
        }
      }
      i += matched || 1;
    }
    // Unspaced scripts: look for the native forms as substrings.
    const whole = normaliseName(text);
    let rest = whole;
    for (const key of this.scriptKeys) {
      const at = rest.indexOf(key);
      if (at < 0) continue;
      const entry = this.byKey.get(key)!;
      if (!found.some((f) => f.match.country === entry.country)) {
        found.push({
          at: words.length + whole.indexOf(key),
          match: { country: entry.country, matchedBy: entry.kind, text: key },
        });
      }
      rest = rest.slice(0, at) + ' '.repeat(key.length) + rest.slice(at + key.length);
    }
    const seen = new Set<string>();
    return found
      .sort((a, b) => a.at - b.at)
      .map((f) => f.match)
      .filter((m) => !seen.has(m.country.id) && Boolean(seen.add(m.country.id)));
  }

  /** Latin keys by edit distance, nearest first, one entry per country. */
  private closest(key: string): { country: CountryT; edits: number }[] {
    if (!isLatin(key) || key.length < 3) return [];
    const best = new Map<CountryT, number>();
    for (const k of this.latinKeys) {
      if (Math.abs(k.length - key.length) > 3) continue;
      const entry = this.byKey.get(k)!;
      if (entry.kind === 'iso2' || entry.kind === 'iso3') continue;
      const d = distance(k, key);
      if (d < (best.get(entry.country) ?? Infinity)) best.set(entry.country, d);
    }
    return [...best].map(([country, edits]) => ({ country, edits })).sort((a, b) => a.edits - b.edits);
  }
}
