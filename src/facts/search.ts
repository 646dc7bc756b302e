import type { FactData, UnknownT } from './schema.js';
import { latinWords, normaliseName, stem } from '../base/text.js';

/** One searchable statement: an organisation fact, an event, a disputed claim or a rejected reference. */
export interface SearchHit {
  kind: 'fact' | 'event' | 'claim' | 'rejected';
  id: string;
  label: string;
  /** Source ids behind it (none for a rejected reference: it is the thing not to cite). */
  sources: string[];
}

/**
 * One passage of the data: a record's text or one of its parts (an event's outcome, a
 * position, an attendance note, a membership's story, a figure, what the data does not hold).
 * Its caveat travels with it and is searched with it ("was RATS renamed?" is answered by a
 * caveat that says no renaming is stated).
 */
export interface Passage {
  /** The record it belongs to. */
  record: {
    kind: 'fact' | 'event' | 'claim' | 'rejected' | 'figure' | 'official' | 'unknown' | 'membership' | 'country';
    id: string;
  };
  /** The part of the record it is. */
  part: 'text' | 'summary' | 'outcome' | 'position' | 'attendance' | 'note';
  title: string;
  text: string;
  sources: readonly string[];
  caveat?: string;
  verification?: string;
  /** The event it comes from. */
  event?: string;
  /** The countries it is about (ISO codes), where the record says. */
  countries?: readonly string[];
  /** Members that dissociated themselves from it (a statement of the organisation's). */
  dissenting?: readonly string[];
  /** It says what the data does not hold (data/unknowns.json). */
  unknown?: UnknownT;
}

/** A passage ranked for a query: its score and which of the query's words it holds. */
export interface RankedPassage {
  passage: Passage;
  score: number;
  /** The query's words (stemmed) it holds, and how many words the query had. */
  words: string[];
  of: number;
  /** Its sentence (of the text or the caveat) that holds most of those words. */
  sentence: string;
  /** That sentence is the caveat's. */
  inCaveat: boolean;
}

interface ScoredDoc {
  d: Doc;
  score: number;
  matched: string[];
}

/** A query scored against every passage, best first (see `FactIndex.score`). */
interface ScoredQuery {
  of: number;
  syn: Map<string, string[]>;
  scored: ScoredDoc[];
}

interface Doc {
  passage: Passage;
  /** Normalised text for substring search (the sources command). */
  norm: string;
  /** Stemmed Latin words of the text, title and caveat, for ranking. */
  terms: Set<string>;
  sentences: { text: string; caveat: boolean; terms: Set<string> }[];
  /** Words only its caveat holds: they count for half ("a decision in principle: no founding agreement"). */
  caveatTerms: Set<string>;
}

type Rec = { caveat?: string | undefined; verification?: string };

/** A passage's words for ranking: Latin words longer than two letters (numbers and years too), stemmed. */
function terms(text: string): string[] {
  return latinWords(text)
    .filter((w) => w.length > 2 || /^\d+$/.test(w))
    .map(stem);
}

function sentencesOf(text: string): string[] {
  return (
    text
      // (The title's full stop is part of what comes before the break, so the look-behind takes it in: "Adm. Dong Jun".)
      .split(/(?<=[.!?;])(?<!\b(?:Adm|Gen|Lt|Col|Maj|Capt|Mr|Mrs|Dr|St|No|vs)\.)\s+(?=[A-Z"“(])/)
      .map((s) => s.trim())
      .filter(Boolean)
  );
}

/**
 * The one search index over the curated data, built once per store. Two ways in: `search`
 * finds the records whose text holds a query (the sources command), `rank` orders passages by
 * how many of a question's rarer words they hold (the ask engine's full-text fallback and its
 * look-up of details that live only in a record's text, notes or caveats).
 */
export class FactIndex {
  private readonly docs: Doc[] = [];
  private readonly idf = new Map<string, number>();
  /** Which passages (by their place in `docs`) hold each term, so a ranking only looks at those. */
  private readonly postings = new Map<string, number[]>();
  /** Passages that hold a word only in their caveat. */
  private readonly caveatPostings = new Map<string, number[]>();
  /** Words people use for what the data names otherwise ("warship": the data says "destroyer"), from data/lexicon/synonyms.json. */
  private readonly synonyms: Readonly<Record<string, readonly string[]>>;

  constructor(data: FactData) {
    this.synonyms = data.ask.synonyms;
    const nameOf = (code: string) => data.countries.find((c) => c.id === code)?.name ?? code;
    const add = (p: Passage, extra = '') => {
      const caveat = p.caveat ?? '';
      this.docs.push({
        passage: p,
        norm: ` ${normaliseName(`${p.title} ${extra} ${p.text}`)} `,
        terms: new Set(terms(`${p.title} ${p.text} ${extra}`)),
        caveatTerms: new Set(terms(caveat)),
        sentences: [
          ...sentencesOf(p.text).map((s) => ({ text: s, caveat: false, terms: new Set(terms(s)) })),
          ...sentencesOf(caveat).map((s) => ({ text: s, caveat: true, terms: new Set(terms(s)) })),
        ],
      });
    };
    const rec = (r: Rec): Pick<Passage, 'caveat' | 'verification'> => ({
      ...(r.caveat && { caveat: r.caveat }),
      ...(r.verification && { verification: r.verification }),
    });
    for (const f of data.organisation) {
      add(
        {
          record: { kind: 'fact', id: f.id },
          part: 'text',
          title: f.label,
          text: f.text,
          sources: f.sources,
          ...rec(f),
          countries: f.countries,
          ...(f.dissenting && { dissenting: f.dissenting }),
        },
        f.topic,
      );
    }
    for (const e of data.events) {
      const where = [e.city, e.hostName ?? ''].join(' ');
      const ev = { record: { kind: 'event' as const, id: e.id }, event: e.id };
      add({ ...ev, part: 'summary', title: e.name, text: e.summary, sources: e.sources, ...rec(e) }, where);
      for (const o of e.outcomes)
        add({ ...ev, part: 'outcome', title: e.name, text: o.text, sources: o.sources, ...rec(o) }, e.city);
      for (const p of e.positions) {
        const text = `${nameOf(p.country)} ${p.stance}.${p.reason ? ` ${p.reason}` : ''}`;
        add(
          {
            ...ev,
            part: 'position',
            title: `${e.name}: ${nameOf(p.country)}`,
            text,
            sources: p.sources,
            ...rec(p),
            countries: [p.country],
          },
          e.city,
        );
      }
      if (e.attendanceNote)
        add(
          { ...ev, part: 'attendance', title: e.name, text: e.attendanceNote, sources: e.sources, ...rec(e) },
          `${e.city} attended attendance`,
        );
    }
    for (const f of data.ask.figures) {
      add(
        {
          record: { kind: 'figure', id: f.id },
          part: 'text',
          title: f.label,
          text: f.text,
          sources: f.sources,
          ...rec(f),
          ...(f.event && { event: f.event }),
        },
        f.keywords.join(' '),
      );
    }
    for (const o of data.officials) {
      if (!o.note) continue;
      add({
        record: { kind: 'official', id: o.id },
        part: 'note',
        title: o.name,
        text: `${o.name}, ${o.roleLabel}: ${o.note}`,
        sources: o.sources,
        ...rec(o),
        countries: [o.country],
        ...(o.event && { event: o.event }),
      });
    }
    for (const m of data.memberships) {
      add({
        record: { kind: 'membership', id: `${m.country}:${m.status}` },
        part: 'text',
        title: `${nameOf(m.country)}: ${m.status}`,
        text: `${nameOf(m.country)}: ${m.how}`,
        sources: m.sources,
        ...rec(m),
        countries: [m.country],
      });
    }
    for (const c of data.countries) {
      const notes = [c.capitalNote, c.caveat].filter((x): x is string => !!x);
      if (notes.length)
        add(
          {
            record: { kind: 'country', id: c.id },
            part: 'note',
            title: c.officialName,
            text: notes.join(' '),
            sources: c.sources,
            countries: [c.id],
          },
          `${c.name} ${c.capital} ${c.oldNames.join(' ')}`,
        );
    }
    // What the data explicitly does not hold: found like any passage, answered as not held.
    for (const u of data.unknowns) {
      add(
        {
          record: { kind: 'unknown', id: u.id },
          part: 'text',
          title: u.what,
          text: `The data does not hold ${u.what}.`,
          sources: u.sources,
          unknown: u,
          countries: u.countries,
          ...(u.event && { event: u.event }),
        },
        u.topic,
      );
    }
    for (const c of data.disputedClaims) {
      add(
        { record: { kind: 'claim', id: c.id }, part: 'text', title: c.claim, text: c.claim, sources: c.sources },
        c.keywords.join(' '),
      );
    }
    for (const r of data.rejectedSources)
      add(
        { record: { kind: 'rejected', id: r.id }, part: 'text', title: r.citedAs, text: r.citedAs, sources: [] },
        r.url,
      );
    const df = new Map<string, number>();
    this.docs.forEach((d, i) => {
      for (const t of d.terms) {
        df.set(t, (df.get(t) ?? 0) + 1);
        const list = this.postings.get(t);
        if (list) list.push(i);
        else this.postings.set(t, [i]);
      }
      for (const t of d.caveatTerms) {
        if (d.terms.has(t)) continue;
        const list = this.caveatPostings.get(t);
        if (list) list.push(i);
        else this.caveatPostings.set(t, [i]);
      }
    });
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + this.docs.length / n));
  }

  /** How rare a (stemmed) word is across the data: 0 when no passage holds it. */
  rarity(word: string): number {
    return this.idf.get(stem(word)) ?? 0;
  }

  /**
   * Records (organisation facts, events, disputed claims, rejected references) whose text holds
   * the whole query, or every word of it longer than two letters; each record once, in data order.
   */
  search(query: string): SearchHit[] {
    const key = normaliseName(query);
    if (!key) return [];
    const words = key.split(' ').filter((w) => w.length > 2);
    const out = new Map<string, SearchHit>();
    for (const d of this.docs) {
      const r = d.passage.record;
      if (r.kind !== 'fact' && r.kind !== 'event' && r.kind !== 'claim' && r.kind !== 'rejected') continue;
      const id = `${r.kind}:${r.id}`;
      if (out.has(id)) continue;
      if (!(d.norm.includes(key) || (words.length > 0 && words.every((w) => d.norm.includes(w))))) continue;
      out.set(id, { kind: r.kind, id: r.id, label: d.passage.title, sources: this.sourcesOf(r.kind, r.id) });
    }
    return [...out.values()];
  }

  /**
   * Passages ordered by the summed rarity of the query's words they hold (a word may be met by
   * one of its synonyms), best first; `limit` of them, none that holds none of the words, only
   * those `accept` takes.
   */
  rank(words: readonly string[], limit = 3, accept?: (p: Passage) => boolean): RankedPassage[] {
    const s = this.score(words);
    return s ? this.pick(s, limit, accept) : [];
  }

  /**
   * Every passage that holds one of the words, scored and ordered once: several `pick`s of one
   * query (the best passage, the best that says what the data lacks) then share the scoring.
   */
  score(words: readonly string[]): ScoredQuery | undefined {
    const q = [...new Set(words.map(stem))];
    if (q.length === 0) return undefined;
    // A synonym is looked up by the word as asked and by its stem ("ataques", "ataqu").
    const syn = new Map<string, string[]>();
    for (const w of words)
      syn.set(stem(w), [
        ...(syn.get(stem(w)) ?? []),
        ...(this.synonyms[w] ?? []),
        ...(this.synonyms[stem(w)] ?? (this.synonyms[w] ? [] : this.byPrefix(w))),
      ]);
    const alts = q.map((t) => [...new Set([t, ...(syn.get(t) ?? []).map(stem)])]);
    // Only passages that hold one of the words (or a synonym) can score: each word's postings are
    // walked once, a passage counting the word by the first of its forms it holds.
    // Indexed by passage (a plain array is cheaper than a map); `touched` lists the passages met.
    const byDoc: (ScoredDoc & { i: number })[] = [];
    const touched: (ScoredDoc & { i: number })[] = [];
    for (let k = 0; k < q.length; k++) {
      const word = q[k]!;
      // A compound the lexicon spells as several of the data's words ("Entwicklungsbank": development, bank) counts
      // each of them a passage holds; any other word counts once, by the first of its forms.
      const compound = alts[k]!.length > 2;
      // A word with one synonym ("attacks": the data says "strikes") is as rare as its forms together: every passage
      // holding either form counts it alike, whichever form is the rarer in the data.
      const either = alts[k]!.length === 2;
      const met: ScoredDoc[] = [];
      for (const a of alts[k]!) {
        const postings = this.postings.get(a);
        if (!postings) continue;
        const idf = this.idf.get(a) ?? 0;
        for (const i of postings) {
          let e = byDoc[i];
          if (!e) {
            e = { d: this.docs[i]!, score: 0, matched: [], i };
            byDoc[i] = e;
            touched.push(e);
          }
          if (e.matched.at(-1) === word) {
            if (compound) e.score += idf;
            continue;
          }
          if (either) met.push(e);
          else e.score += idf;
          e.matched.push(word);
        }
      }
      if (met.length > 0) {
        const idf = Math.log(1 + this.docs.length / met.length);
        for (const e of met) e.score += idf;
      }
    }
    // A word only a passage's caveat holds counts for half, and only for a passage its own text already found
    // (it ranks the passage; it is not a word the passage's own text is said to hold).
    if (this.caveatPostings.size > 0)
      for (let k = 0; k < q.length; k++) {
        const word = q[k]!;
        const met = new Set<number>();
        for (const a of alts[k]!) {
          const postings = this.caveatPostings.get(a);
          if (!postings) continue;
          const idf = this.idf.get(a) ?? Math.log(1 + this.docs.length);
          for (const i of postings) {
            const e = byDoc[i];
            if (!e || met.has(i) || e.matched.includes(word)) continue;
            met.add(i);
            e.score += idf / 2;
          }
        }
      }
    // Ties keep data order (a record's own text before its parts).
    const scored = touched.sort((a, b) => b.score - a.score || a.i - b.i);
    return { of: q.length, syn, scored };
  }

  /** A synonym of a word's first letters, for case endings no list spells out ("saldırılarına", "Angriffen"). */
  private byPrefix(word: string): readonly string[] {
    // Asked of nearly every word a question holds, and the same for a word every time: worked out once per word.
    const known = this.prefixed.get(word);
    if (known) return known;
    let out: readonly string[] = [];
    for (let n = word.length - 1; n >= Math.max(5, word.length - 7); n--) {
      const s = this.synonyms[word.slice(0, n)];
      if (s) {
        out = s;
        break;
      }
    }
    if (this.prefixed.size > 20_000) this.prefixed.clear();
    this.prefixed.set(word, out);
    return out;
  }
  private readonly prefixed = new Map<string, readonly string[]>();

  /** The best `limit` passages of a scored query that `accept` takes (filtering keeps the order). */
  pick(s: ScoredQuery, limit = 3, accept?: (p: Passage) => boolean): RankedPassage[] {
    return this.pickScored(s, limit, accept).map((x) => this.ranked(s, x));
  }

  /** As `pick`, before each passage's best sentence is found (`ranked` finds it, for the ones looked at). */
  pickScored(s: ScoredQuery, limit = 3, accept?: (p: Passage) => boolean): ScoredDoc[] {
    const top: ScoredDoc[] = [];
    for (const x of s.scored) {
      if (top.length >= limit) break;
      if (!accept || accept(x.d.passage)) top.push(x);
    }
    return top;
  }

  /** A scored passage with its sentence that holds most of the query's rarity. */
  ranked(s: ScoredQuery, { d, score, matched }: ScoredDoc): RankedPassage {
    const alt = new Set(matched.flatMap((m) => [m, ...(s.syn.get(m) ?? []).map(stem)]));
    let best = d.sentences[0];
    let bestN = -1;
    for (const st of d.sentences) {
      let n = 0;
      for (const t of st.terms) if (alt.has(t)) n += this.idf.get(t) ?? 0;
      if (n > bestN) {
        best = st;
        bestN = n;
      }
    }
    return {
      passage: d.passage,
      score,
      words: matched,
      of: s.of,
      sentence: best?.text ?? d.passage.text,
      inCaveat: best?.caveat ?? false,
    };
  }

  /** An event's hit carries the sources of its outcomes and positions too. */
  private sourcesOf(kind: SearchHit['kind'], id: string): string[] {
    const all = this.docs.filter((d) => d.passage.record.kind === kind && d.passage.record.id === id);
    return [...new Set(all.flatMap((d) => d.passage.sources))];
  }
}
