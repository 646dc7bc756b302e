import type { FactIndex, Passage as IndexPassage, RankedPassage } from '../../facts/search.js';
import type { UnknownT } from '../../facts/schema.js';
import { STOPWORDS } from '../lexicon/stopwords.js';

/**
 * The last resort before "the data does not hold that": the data's own passages (from the
 * store's one search index, src/facts/search.ts) ranked by the question's rarer words.
 */
export interface Passage {
  title: string;
  text: string;
  sources: readonly string[];
  score: number;
  /** How many of the question's terms it holds, and out of how many. */
  matched: number;
  of: number;
  /** The question's words it holds. */
  words: string[];
  /** Its sentence that holds most of them, and whether that sentence is the caveat's. */
  sentence: string;
  inCaveat: boolean;
  /** The record's caveat, or how far it is verified. */
  caveat?: string;
  verification?: string;
  /** The passage says what the data does not hold. */
  unknown?: UnknownT;
  /** The event the passage comes from. */
  event?: string;
  /** Members that dissociated themselves from it (a statement of the organisation's). */
  dissenting?: readonly string[];
  /** The countries its record is about (ISO codes), where the record says. */
  countries?: readonly string[];
  /** The record and part it comes from. */
  record: IndexPassage['record'];
  part: IndexPassage['part'];
  /** Asked where: its text names a place (not as a meeting's name, "the … summit"). */
  place?: boolean;
  /** The best passage that says what the data does not hold, when it is nearly as good as this one. */
  unknownAlt?: Passage;
  /** The best passage that says what the data does not hold of the meeting the question names. */
  eventUnknown?: Passage;
}

/** Passages ask answers from: disputed claims and rejected references have their own family. */
const askable = (p: IndexPassage) =>
  p.record.kind !== 'claim' &&
  p.record.kind !== 'rejected' &&
  p.record.kind !== 'membership' &&
  p.record.kind !== 'country' &&
  p.part !== 'attendance';

function toPassage(r: RankedPassage): Passage {
  const p = r.passage;
  return {
    title: p.title,
    text: p.text,
    sources: p.sources,
    score: r.score,
    matched: r.words.length,
    of: r.of,
    words: r.words,
    sentence: r.sentence,
    inCaveat: r.inCaveat,
    record: p.record,
    part: p.part,
    ...(p.caveat && { caveat: p.caveat }),
    ...(p.verification && { verification: p.verification }),
    ...(p.unknown && { unknown: p.unknown }),
    ...(p.event && { event: p.event }),
    ...(p.dissenting && { dissenting: p.dissenting }),
    ...(p.countries && p.countries.length > 0 && { countries: p.countries }),
  };
}

/** The question's words as the index looks them up: no stopwords, no short words, no bare numbers. */
function queryWords(words: readonly string[]): string[] {
  return words.filter((w) => !STOPWORDS.has(w) && w.length > 2 && !/^\d+$/.test(w));
}

/**
 * The best passage for the words, with the best that says what the data does not hold beside it.
 * `prefer` picks, among passages that hold the words equally well, one whose sentence says what
 * the question's form asks for (a place for "where"); `event` adds what the data does not hold
 * about the meeting named; `sourced` also searches attendance notes ("which outlet said nine came").
 */
export function bestPassage(
  index: FactIndex,
  words: readonly string[],
  opts: {
    prefer?: (sentence: string) => boolean;
    event?: string;
    sourced?: boolean;
    ahead?: boolean;
    /** The record of a thing the question names ("the SCO bank"): its passages first, when they hold a word of it. */
    record?: string;
    /** Words of which the passage holds one, when any passage does (a place named in another script, whose other words
     * the lexicon translates loosely). */
    anyOf?: readonly string[];
  } = {},
): Passage | undefined {
  const { prefer, event } = opts;
  const q = queryWords(words);
  if (q.length === 0) return undefined;
  // One scoring serves the best passage and the best that says what the data does not hold.
  const all = index.score(q);
  if (!all) return undefined;
  const anyOf = opts.anyOf;
  const holding = anyOf?.length ? all.scored.filter((x) => x.matched.some((m) => anyOf.includes(m))) : [];
  const scored = holding.length > 0 ? { ...all, scored: holding } : all;
  const accept = opts.sourced ? (p: IndexPassage) => askable(p) || p.part === 'attendance' : askable;
  const own = opts.record
    ? index.pickScored(scored, prefer ? 8 : 1, (p) => accept(p) && p.record.id === opts.record)
    : [];
  const candidates = own.length > 0 ? own : index.pickScored(scored, prefer ? 8 : 1, accept);
  if (candidates.length === 0) return undefined;
  const top = index.ranked(scored, candidates[0]!);
  let best = top;
  // A passage's best sentence is found only when it holds the words as well as the top one.
  if (prefer)
    for (const c of candidates) {
      if (c.score < top.score || c.matched.length < top.words.length) continue;
      const r = c === candidates[0] ? top : index.ranked(scored, c);
      if (prefer(r.sentence)) {
        best = r;
        break;
      }
    }
  const out = toPassage(best);
  if (!best.passage.unknown) {
    const alt = index.pick(scored, 1, (p) => p.unknown !== undefined)[0];
    // Asked what comes next ("the next tourism capital after Cholpon-Ata"), what the data does not hold of it may share
    // fewer of the words (the place it follows is named in the record the data does hold).
    if (alt && alt.score >= (opts.ahead ? 0.4 : 0.6) * best.score) out.unknownAlt = toPassage(alt);
  }
  if (event) {
    const own = index.pick(scored, 1, (p) => p.unknown !== undefined && p.event === event)[0];
    if (own) out.eventUnknown = toPassage(own);
  }
  return out;
}
